// What bots do at adjust: follow the line's rule (the default), or hold their dials so only people move the line.
import { describe, expect, it } from "vitest";
import { type GameState, type Settings, createGame, parseMessage } from "../../../shared";
import { ok, refused, tickOn } from "../helpers";

/** A line of 4 with one person (seat 1) at the adjust of the first shot, the coach's changes known. */
function atAdjust(bots?: Settings["bots"]): GameState {
  let s = createGame("host", { lineLength: 4, seed: 5, ...(bots ? { bots } : {}) });
  s = ok(s, { type: "join", by: "p1", name: "Ann", seat: 1 });
  s = ok(s, { type: "start", by: "host" }, 0);
  for (let i = 0; i < 20 && s.phase !== "adjust"; i++) s = tickOn(s);
  expect(s.phase).toBe("adjust");
  return s;
}

describe("bots at adjust", () => {
  it('follow (the default): every bot seat moves by its rule\'s change', () => {
    const s = atAdjust();
    expect(s.settings.bots).toBe("follow");
    const rec = s.lines[0].current!;
    const after = tickOn(s);
    for (const seat of [0, 2, 3]) {
      const change = rec.coach!.weightChanges[seat];
      expect(change).not.toBe(0);
      // A bot follows with a little wobble (within 50% of the change), never standing still.
      expect(after.lines[0].neurons[seat].weight).not.toBe(rec.weights[seat]);
      expect(Math.sign(after.lines[0].neurons[seat].weight - rec.weights[seat])).toBe(Math.sign(change));
    }
  });

  it("hold: bots keep their handshake and excitability; the person's untouched dial still follows the rule", () => {
    const s = atAdjust("hold");
    const rec = s.lines[0].current!;
    const after = tickOn(s);
    for (const seat of [0, 2, 3]) {
      expect(after.lines[0].neurons[seat].weight).toBe(rec.weights[seat]);
      expect(after.lines[0].neurons[seat].bias).toBe(rec.biases[seat]);
    }
    expect(after.lines[0].neurons[1].weight).toBe(rec.weights[1] + rec.coach!.weightChanges[1]);
  });

  it("hold: a person's turned dial sticks; a seat whose person is away holds what was shot", () => {
    let s = atAdjust("hold");
    const rec = s.lines[0].current!;
    s = ok(s, { type: "adjust", by: "p1", weight: 2.5 }, s.deadline! - 10);
    expect(tickOn(s).lines[0].neurons[1].weight).toBe(2.5);
    const away = ok(s, { type: "connection", player: "p1", connected: false }, s.deadline! - 5);
    expect(tickOn(away).lines[0].neurons[1].weight).toBe(rec.weights[1]);
  });

  it("the host switches it in a running game; anything but follow or hold is refused, in the engine and on the wire", () => {
    const s = atAdjust();
    const held = ok(s, { type: "configure", by: "host", settings: { bots: "hold" } }, s.deadline! - 1);
    expect(held.settings.bots).toBe("hold");
    const rec = held.lines[0].current!;
    expect(tickOn(held).lines[0].neurons[0].weight).toBe(rec.weights[0]);
    refused(s, { type: "configure", by: "host", settings: { bots: "sleep" as Settings["bots"] } }, "bad-action");
    refused(s, { type: "configure", by: "p1", settings: { bots: "hold" } }, "not-host");
    expect(parseMessage("configure", { settings: { bots: "hold" } }, "host").ok).toBe(true);
    expect(parseMessage("configure", { settings: { bots: "sleep" } }, "host").ok).toBe(false);
    expect(parseMessage("configure", { settings: { bots: 1 } }, "host").ok).toBe(false);
  });
});
