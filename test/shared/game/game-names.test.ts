// The names the game gives people itself skip the checks (so a solo game never builds the rude-word
// matcher or compiles the character rules): that shortcut is only right while the checks pass every one.
import { describe, expect, it } from "vitest";
import { GAME_NAMES, cleanName, isRude } from "../../../shared";

describe("the game's own names", () => {
  it("pass the real checks, which leave them as they are", () => {
    expect(GAME_NAMES.size).toBeGreaterThan(0);
    for (const name of GAME_NAMES) {
      expect(isRude(name), name).toBe(false);
      // Spaces around it: not the name itself, so every check runs, and the tidied result is the name.
      expect(cleanName(` ${name}  `)).toEqual({ ok: true, name });
      expect(cleanName(name)).toEqual({ ok: true, name });
    }
  });

  it("are exact: a rude name that merely contains one is still refused", () => {
    expect(isRude("You shit")).toBe(true);
    expect(cleanName("You shit").ok).toBe(false);
  });
});
