// The class's race as the brain lab reads it from its address: what the projector writes reads back the
// same, and anything else (too long, not JSON, a line no class can play, a code that is not one) is dropped.
import { describe, expect, it } from "vitest";
import { classWinner, compareRace, gridWithRace, labAddress, RACE_MAX_CHARS, raceFromSearch } from "../../client/lab/class-race";
import { DEFAULT_LAB_GRID, type LabRun } from "../../client/lab/grid";

const line = (rule: "backprop" | "trial-and-error" | "feedback-alignment", length: number, learnedAt: number | null, shots: number) => ({ rule, neurons: new Array(length).fill(0), learnedAt, history: new Array(shots).fill(0) });
const search = (href: string) => href.slice(href.indexOf("?"));

describe("the class's race in the lab's address", () => {
  it("reads back what the projector writes", () => {
    const href = labAddress([line("backprop", 5, 6, 15), line("trial-and-error", 5, null, 15)], "K3GPR", "fr");
    expect(href.startsWith("lab.html?")).toBe(true);
    expect(raceFromSearch(search(href))).toEqual({
      ignored: false,
      race: { code: "K3GPR", lines: [{ rule: "backprop", length: 5, learnedAt: 6, shots: 15 }, { rule: "trial-and-error", length: 5, learnedAt: null, shots: 15 }] },
    });
    expect(new URLSearchParams(search(href)).get("lang")).toBe("fr");
  });

  it("sends no race for one line (no race), only the way back", () => {
    const href = labAddress([line("backprop", 5, 6, 15)], "K3GPR", null);
    expect(raceFromSearch(search(href))).toEqual({ ignored: false, race: { code: "K3GPR", lines: [] } });
  });

  it("ignores anything that is not a race a class can play, whole", () => {
    const bad = [
      "{",
      "null",
      "[]",
      JSON.stringify([["backprop", 5, 6, 15]]),
      JSON.stringify([["backprop", 5, 6, 15], ["nope", 5, 6, 15]]),
      JSON.stringify([["backprop", 5, 16, 15], ["trial-and-error", 5, null, 15]]),
      JSON.stringify([["backprop", 5, 2, 15], ["trial-and-error", 5, null, 15]]),
      JSON.stringify([["backprop", 13, 6, 15], ["trial-and-error", 5, null, 15]]),
      JSON.stringify([["backprop", 5.5, 6, 15], ["trial-and-error", 5, null, 15]]),
      JSON.stringify([["backprop", 5, 6, 201], ["trial-and-error", 5, null, 15]]),
      JSON.stringify([["backprop", 5, 6, 15, 1], ["trial-and-error", 5, null, 15]]),
      JSON.stringify([{ rule: "backprop" }, ["trial-and-error", 5, null, 15]]),
      JSON.stringify(new Array(9).fill(["backprop", 5, 6, 15])),
      `[${" ".repeat(RACE_MAX_CHARS)}["backprop",5,6,15],["backprop",5,6,15]]`,
    ];
    for (const race of bad) expect(raceFromSearch(`?${new URLSearchParams({ race, class: "K3GPR" })}`), race.slice(0, 60)).toEqual({ ignored: true, race: { code: "K3GPR", lines: [] } });
  });

  it("takes only a real join code for the way back", () => {
    const race = JSON.stringify([["backprop", 5, 6, 15], ["trial-and-error", 5, null, 15]]);
    expect(raceFromSearch(`?${new URLSearchParams({ race, class: "javascript:alert(1)" })}`).race?.code).toBeNull();
    expect(raceFromSearch(`?${new URLSearchParams({ race, class: "javascript:alert(1)" })}`).ignored).toBe(true);
    expect(raceFromSearch(`?${new URLSearchParams({ class: "k3gpr" })}`)).toEqual({ ignored: false, race: { code: "K3GPR", lines: [] } });
    expect(raceFromSearch("")).toEqual({ ignored: false, race: null });
  });
});

describe("the lab with a race", () => {
  const race = { code: null, lines: [{ rule: "backprop" as const, length: 5, learnedAt: 6, shots: 15 }, { rule: "trial-and-error" as const, length: 7, learnedAt: null, shots: 15 }] };

  it("adds the race's lengths and width 1 to the grid, keeping the rules in their order", () => {
    const grid = gridWithRace({ ...DEFAULT_LAB_GRID, rules: ["trial-and-error"], widths: [3] }, race);
    expect(grid.depths).toEqual([2, 3, 4, 5, 7]);
    expect(grid.widths).toEqual([1, 3]);
    expect(grid.rules).toEqual(["backprop", "trial-and-error"]);
    expect(gridWithRace(DEFAULT_LAB_GRID, null)).toBe(DEFAULT_LAB_GRID);
  });

  it("puts each class line beside the lab's runs of its rule and length, one wide", () => {
    const run = (rule: LabRun["rule"], depth: number, width: number, seed: number, shots: number | null): LabRun => ({ rule, depth, width, seed, rate: 0.01, shots });
    const runs = [run("backprop", 5, 1, 1, 40), run("backprop", 5, 1, 2, 60), run("backprop", 5, 1, 3, null), run("backprop", 5, 3, 1, 1), run("trial-and-error", 7, 1, 1, null)];
    const grid = gridWithRace(DEFAULT_LAB_GRID, race);
    const rows = compareRace(grid, runs, race);
    expect(rows[0]).toMatchObject({ line: 1, learnedAt: 6, labRuns: 3, labLearned: 2, labMedian: 60 });
    expect(rows[1]).toMatchObject({ line: 2, learnedAt: null, labRuns: 1, labLearned: 0, labMedian: null });
    expect(rows[1].labBudget).toBeGreaterThanOrEqual(grid.cap);
  });

  it("names the race's winning rule, and no one on a tie between rules or when no line learned", () => {
    expect(classWinner(race)).toBe("backprop");
    expect(classWinner({ code: null, lines: [{ ...race.lines[0] }, { ...race.lines[1], learnedAt: 6 }] })).toBeNull();
    expect(classWinner({ code: null, lines: race.lines.map((l) => ({ ...l, learnedAt: null })) })).toBeNull();
  });
});
