// Join codes: short, spoken aloud and typed on tablets, so only letters and digits nobody confuses
// (no I, O, 0 or 1), and case does not matter.
import { randomInt } from "node:crypto";

/** The characters a join code uses. */
export const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** How many characters a join code has (32^5: about 33 million codes). */
export const CODE_LENGTH = 5;

/** A fresh random join code. */
export function randomCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A code as typed (any case, stray spaces or dashes) in its canonical form, or null if it cannot be one. */
export function normalizeCode(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length > 32) return null;
  const code = raw.replace(/[\s-]/g, "").toUpperCase();
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}
