// Every rule is pure: its only chance is the Rng it is handed, never Math.random.
import { afterEach, describe, expect, it, vi } from "vitest";
import { RULES, RULE_IDS, Rng } from "../../../shared";
import { randomLine, ruleInput } from "./fixtures";

describe("rules are deterministic", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(RULE_IDS)("%s: same seed, same proposal, and Math.random is never called", (id) => {
    vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random called");
    });
    const line = randomLine(new Rng(61), 6, "tanh", true);
    const a = RULES[id].propose(ruleInput(line, 4.2, 99));
    const b = RULES[id].propose(ruleInput(line, 4.2, 99));
    expect(a).toEqual(b);
    expect(a.weightChanges).toHaveLength(6);
    expect(a.biasChanges).toHaveLength(6);
    expect(a.signals).toHaveLength(6);
    expect(a.weightChanges.every(Number.isFinite)).toBe(true);
  });

  it("trial and error's proposal depends on the seed (so the test above is not vacuous)", () => {
    const line = randomLine(new Rng(62), 6, "tanh");
    expect(RULES["trial-and-error"].propose(ruleInput(line, 4.2, 1))).not.toEqual(RULES["trial-and-error"].propose(ruleInput(line, 4.2, 2)));
  });

  it("every rule has a name, a one-line summary and the meaning of its signal", () => {
    for (const id of RULE_IDS) {
      expect(RULES[id].id).toBe(id);
      expect(RULES[id].title.length).toBeGreaterThan(3);
      expect(RULES[id].summary.length).toBeGreaterThan(20);
      expect(RULES[id].signalMeaning.length).toBeGreaterThan(5);
      expect(RULES[id].rateScale).toBeGreaterThan(0);
    }
  });
});
