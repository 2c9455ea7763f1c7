// Host keys and seat keys: random secrets the server hands out once and keeps only as sha256 hashes.
import { createHash, timingSafeEqual } from "node:crypto";

/** Whether a value can be a key at all (a string of sane length). */
export function validKey(key: unknown): key is string {
  return typeof key === "string" && key.length >= 8 && key.length <= 128;
}

/** The hash kept in place of a key. */
export function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** Whether `key` is the one whose hash is `hash` (compared in constant time). */
export function keyMatches(key: unknown, hash: string): boolean {
  if (!validKey(key)) return false;
  const x = Buffer.from(hashKey(key));
  const y = Buffer.from(hash);
  return x.length === y.length && timingSafeEqual(x, y);
}
