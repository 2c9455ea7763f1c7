import { type Applied, applyAction, applyIntent, createGame, type GameError, type GameState, type GameView, type Intent, reduce, type Settings, toView } from "../../shared";
import { shownView } from "./shown-view";
import type { ErrorListener, GameSource, ViewListener } from "./game-source";
import { Listeners } from "./listeners";

/** The learner's id in solo: they are both the host and the only person in a seat. */
export const SOLO_ID = "host";

/** Timers LocalGame uses; injectable so tests can drive time by hand. */
export interface Scheduler {
  /** Real time, ms. */
  now(): number;
  every(ms: number, fn: () => void): () => void;
}

/** The browser's clock and intervals. */
export const browserScheduler: Scheduler = {
  now: () => performance.now(),
  every(ms, fn) {
    const id = setInterval(fn, ms);
    return () => clearInterval(id);
  },
};

/** How a solo game is set up. */
export interface LocalGameOptions {
  settings: Partial<Settings>;
  /** The learner's seat (0 = first neuron). */
  seat: number;
  name?: string;
  /** How fast the game's clock runs against real time (2 = twice as fast). */
  speed?: number;
  scheduler?: Scheduler;
}

/** How often the engine is told that time moved, real ms. */
const TICK_MS = 100;

/**
 * Solo mode: the shared engine in the browser. The learner joins as the host "host"; bots (the engine's
 * empty seats) play the rest. The game's clock runs `speed` times faster than real time.
 */
export class LocalGame implements GameSource {
  readonly me = SOLO_ID;
  private state: GameState;
  private current: GameView;
  private readonly listeners = new Listeners<GameView>();
  private readonly errorListeners = new Listeners<GameError>();
  private readonly scheduler: Scheduler;
  private readonly stopTicking: () => void;
  private speed: number;
  /** Game time at the last speed change, and the real time it happened. */
  private gameAt = 0;
  private realAt: number;

  constructor(options: LocalGameOptions) {
    this.scheduler = options.scheduler ?? browserScheduler;
    this.realAt = this.scheduler.now();
    this.speed = options.speed ?? 1;
    let state = createGame(SOLO_ID, options.settings);
    const joined = reduce(state, { type: "join", by: SOLO_ID, name: options.name ?? "You", line: 0, seat: options.seat }, 0);
    if (!joined.ok) throw new Error(`Cannot seat the learner: ${joined.error.message}`);
    state = joined.state;
    this.state = state;
    this.current = toView(state);
    this.stopTicking = this.scheduler.every(TICK_MS, () => this.commit(applyAction(this.state, { type: "tick" }, this.clock())));
  }

  view(): GameView {
    return shownView(this.current);
  }

  clock(): number {
    return this.gameAt + (this.scheduler.now() - this.realAt) * this.speed;
  }

  /** Changes how fast the game's clock runs from now on (deadlines already set stretch accordingly). */
  setSpeed(speed: number): void {
    this.gameAt = this.clock();
    this.realAt = this.scheduler.now();
    this.speed = speed;
  }

  subscribe(listener: ViewListener): () => void {
    return this.listeners.add(listener);
  }

  onError(listener: ErrorListener): () => void {
    return this.errorListeners.add(listener);
  }

  send(intent: Intent): GameError | null {
    const { type, ...payload } = intent;
    return this.commit(applyIntent(this.state, type, payload, SOLO_ID, this.clock()));
  }

  dispose(): void {
    this.stopTicking();
    this.listeners.clear();
    this.errorListeners.clear();
  }

  private commit(applied: Applied): GameError | null {
    if (!applied.ok) return this.refuse(applied.error);
    if (!applied.changed) return null;
    this.state = applied.state;
    this.current = toView(applied.state);
    this.listeners.emit(shownView(this.current));
    return null;
  }

  private refuse(error: GameError): GameError {
    this.errorListeners.emit(error);
    return error;
  }
}
