/**
 * The shot's physics: the last neuron's output p sets the launch speed; the ball flies as a real
 * projectile (no air) from the shooter's hand to the floor's height of the rim. R(p) is smooth and rises
 * with p everywhere (a negative p throws the ball backwards), so the chain rule can pass through it.
 */
export interface Court {
  /** Launch speed at power 1, m/s. */
  maxSpeed: number;
  /** Launch angle above the horizontal, radians. */
  angle: number;
  /** How far above the rim the ball leaves the hand, m (the ball lands at the rim's height). */
  releaseAboveRim: number;
  /** Gravity, m/s². */
  gravity: number;
  /** The nearest and farthest hoop, m; a distance d is shown to the line as x = (d - min) / (max - min). */
  minDistance: number;
  maxDistance: number;
  /** A shot whose miss is smaller than this (m) goes in. */
  hoopRadius: number;
}

/** The court every game uses unless its settings say otherwise. */
export const DEFAULT_COURT: Court = {
  maxSpeed: 12,
  angle: (50 * Math.PI) / 180,
  releaseAboveRim: 0.5,
  gravity: 9.81,
  minDistance: 2,
  maxDistance: 9,
  hoopRadius: 0.25,
};

/** The line's input for a hoop at distance d: the distance scaled to [0, 1]. */
export function scaleDistance(d: number, court: Court): number {
  return (d - court.minDistance) / (court.maxDistance - court.minDistance);
}

/** Where a shot of power p lands, m from the shooter: R(p). */
export function landing(p: number, court: Court): number {
  const v = court.maxSpeed * p;
  const c = Math.cos(court.angle);
  const s = Math.sin(court.angle);
  const g = court.gravity;
  const root = Math.sqrt(v * v * s * s + 2 * g * court.releaseAboveRim);
  return (v * c * (v * s + root)) / g;
}

/** How fast the landing moves with the power: R'(p), m per unit of power. */
export function landingSlope(p: number, court: Court): number {
  const v = court.maxSpeed * p;
  const c = Math.cos(court.angle);
  const s = Math.sin(court.angle);
  const g = court.gravity;
  const u = v * s;
  const root = Math.sqrt(u * u + 2 * g * court.releaseAboveRim);
  // d/dv [v c (v s + root) / g] = c (u + root)^2 / (g root): never negative.
  return (court.maxSpeed * c * (u + root) ** 2) / (g * root);
}

/** The power that lands exactly at distance d (the shot a perfect line would make), by bisection. */
export function idealPower(d: number, court: Court): number {
  let lo = -1;
  let hi = 4;
  for (let k = 0; k < 80; k++) {
    const mid = (lo + hi) / 2;
    if (landing(mid, court) < d) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Height of the ball above the rim after travelling horizontally x metres with power p (for drawing the arc). */
export function arcHeight(p: number, x: number, court: Court): number {
  const v = court.maxSpeed * p;
  const vx = v * Math.cos(court.angle);
  if (Math.abs(vx) < 1e-9) return court.releaseAboveRim;
  const t = x / vx;
  return court.releaseAboveRim + v * Math.sin(court.angle) * t - (court.gravity * t * t) / 2;
}
