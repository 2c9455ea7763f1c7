// Join codes: drawn at random from the shared alphabet (shared/protocol/wire.ts), which leaves out the
// letters and digits people confuse when a code is spoken or typed.
import { randomInt } from "node:crypto";
import { CODE_ALPHABET, CODE_LENGTH } from "../../shared";

/** A fresh random join code. */
export function randomCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}
