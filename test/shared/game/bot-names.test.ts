// The bots' names: one of its own for every neuron of the largest network (37), in every shipped
// language, each a bot's name no person can take; a line's bots keep the names they always had.
import { describe, expect, it } from "vitest";
import { buildNetwork, botName, cleanName, createGame, DEFAULT_SETTINGS, isBotName, isRude, LIMITS, nameKey, reduce, Rng } from "../../../shared";
import { LANGUAGES } from "../../../shared/i18n";

const SEATS = 37;

describe("bot names", () => {
  it("a line's bots keep their names: the first 12 English ones are the names lines always had", () => {
    const before = ["Ada", "Bit", "Cog", "Dot", "Echo", "Flux", "Gizmo", "Hex", "Ion", "Jolt", "Kilo", "Lux"];
    expect(Array.from({ length: 12 }, (_, seat) => botName(seat))).toEqual(before.map((n) => `Bot ${n}`));
    expect(Array.from({ length: 12 }, (_, seat) => botName(seat, "en"))).toEqual(before.map((n) => `Bot ${n}`));
  });

  it.each(LANGUAGES.map((l) => l.code))("in %s, 37 different names, each a bot's, short and kind", (code) => {
    const names = Array.from({ length: SEATS }, (_, seat) => botName(seat, code));
    // Different as the projector shows them: no two look alike (the same comparison people's nicknames get).
    expect(new Set(names.map(nameKey)).size).toBe(SEATS);
    for (const name of names) {
      expect(isBotName(name), name).toBe(true);
      expect(isRude(name), name).toBe(false);
      expect(isRude(name.replace(/^Bot /, "")), name).toBe(false);
      expect([...name.replace(/\p{M}/gu, "")].length, name).toBeLessThanOrEqual(LIMITS.name.max);
      // Every character is one a nickname may use: the only thing wrong with it as a person's name is that it is a bot's.
      expect(cleanName(name), name).toMatchObject({ ok: false, problem: "bot" });
    }
  });

  it("past 37 seats (no game has them) a number keeps names apart", () => {
    expect(botName(37)).toBe("Bot Ada 2");
    expect(new Set(Array.from({ length: 3 * SEATS }, (_, seat) => botName(seat))).size).toBe(3 * SEATS);
  });

  it("the largest network's 37 bots all have different names, and a line's bots the same as before", () => {
    const net = buildNetwork({ ...DEFAULT_SETTINGS, shape: "network", lineLength: 7, layerWidth: 6 }, new Rng(3));
    expect(net.neurons).toHaveLength(LIMITS.networkSeats);
    expect(new Set(net.neurons.map((n) => n.name)).size).toBe(LIMITS.networkSeats);
    const lines = reduce(createGame("host"), { type: "configure", by: "host", settings: { lineLength: 12, teams: 2 } }, 0);
    if (!lines.ok) throw new Error(lines.error.message);
    for (const line of lines.state.lines) expect(line.neurons.map((n) => n.name)).toEqual(Array.from({ length: 12 }, (_, seat) => botName(seat)));
  });
});
