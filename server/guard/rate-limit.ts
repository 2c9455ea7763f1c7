// Token buckets: one per connected client (messages), and one per address for each HTTP limit.
// Steady play never touches them; a flood or a script does.

/** Refills `rate` tokens a second up to `burst`; each message or request takes one. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(private readonly rate: number, private readonly burst: number, now: number) {
    this.tokens = burst;
    this.last = now;
  }

  /** Takes a token if there is one; false means over the limit. */
  take(now: number): boolean {
    this.refill(now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Seconds until a token is free (0 if one is free now). */
  wait(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / this.rate);
  }

  /** Whether the bucket is full again: nothing to remember about its owner. */
  idle(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.burst;
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.burst, this.tokens + (Math.max(0, now - this.last) / 1000) * this.rate);
    this.last = now;
  }
}

/** One token bucket per address, with memory bounded by forgetting idle (full) buckets first. */
export class AddressLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  /** `rate` tokens a second up to `burst` for each address; at most `maxAddresses` remembered. */
  constructor(private readonly rate: number, private readonly burst: number, private readonly maxAddresses: number) {}

  /** Seconds this address must wait before its next request (0: it may go now). Does not take a token. */
  wait(address: string, now: number): number {
    return this.buckets.get(address)?.wait(now) ?? 0;
  }

  /** Takes a token for this address; returns the seconds to wait instead when there is none. */
  take(address: string, now: number): number {
    const bucket = this.bucket(address, now);
    return bucket.take(now) ? 0 : Math.max(1, bucket.wait(now));
  }

  /** How many addresses are remembered (tests and the health check). */
  get size(): number {
    return this.buckets.size;
  }

  private bucket(address: string, now: number): TokenBucket {
    let bucket = this.buckets.get(address);
    if (!bucket) {
      if (this.buckets.size >= this.maxAddresses) this.forget(now);
      bucket = new TokenBucket(this.rate, this.burst, now);
      this.buckets.set(address, bucket);
    }
    return bucket;
  }

  /** Forgets every idle address; if none is idle, the oldest half (a spoofed flood cannot grow memory). */
  private forget(now: number): void {
    for (const [address, bucket] of this.buckets) if (bucket.idle(now)) this.buckets.delete(address);
    if (this.buckets.size < this.maxAddresses) return;
    let drop = Math.ceil(this.buckets.size / 2);
    for (const address of this.buckets.keys()) {
      if (drop-- <= 0) break;
      this.buckets.delete(address);
    }
  }
}

/** The address to limit a request by: IPv4 as is, IPv6 by its /64 (one home or school network), proxy header only if trusted. */
export function addressOf(remote: string | undefined, forwarded: string | string[] | undefined, trustProxy: boolean): string {
  let ip = remote ?? "unknown";
  if (trustProxy && forwarded) {
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) ip = first;
  }
  if (ip.startsWith("::ffff:") && ip.includes(".")) return ip.slice(7);
  if (!ip.includes(":")) return ip;
  // A device on IPv6 can take any address in its /64: limit the /64.
  const groups = expandIpv6(ip);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : ip;
}

function expandIpv6(ip: string): string[] | null {
  const [head = "", tail] = (ip.split("%")[0] ?? "").split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  if (tail === undefined && left.length !== 8) return null;
  const zeros = Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0");
  return [...left, ...zeros, ...right].map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""));
}
