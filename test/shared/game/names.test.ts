// Nicknames: tidied, length-checked, limited to plain characters, and screened for words a projector should not show.
import { describe, expect, it } from "vitest";
import { Rng, botName, cleanName, generatedName } from "../../../shared";

describe("cleanName", () => {
  it.each([
    ["  Ann  ", "Ann"],
    ["Mary   Jane", "Mary Jane"],
    ["José", "José"],
    ["O'Brien-2", "O'Brien-2"],
    ["Ｆｕｌｌ", "Full"],
    ["Cassandra", "Cassandra"],
    ["Essex", "Essex"],
    ["x".repeat(20), "x".repeat(20)],
  ])("accepts %j as %j", (raw, name) => {
    expect(cleanName(raw)).toEqual({ ok: true, name });
  });

  it.each(["", "   ", "x".repeat(21), "<b>", "a;b", "emoji 😀", "FUCK", "sh!t", "Bot Ada", "bot", "big dick", "n1gg", "a\u0000b"])("refuses %j", (raw) => {
    const r = cleanName(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeGreaterThan(5);
  });
});

describe("generated names", () => {
  it("are seeded and readable", () => {
    expect(generatedName(new Rng(4))).toBe(generatedName(new Rng(4)));
    for (let s = 0; s < 50; s++) expect(cleanName(generatedName(new Rng(s))).ok).toBe(true);
    expect(botName(0)).toMatch(/^Bot /);
    expect(botName(13)).toMatch(/^Bot /);
  });
});
