// The wire's side of one network: a vote on a handshake and an adjust of several dials parse into actions;
// wrong shapes, sizes and numbers are refused with the field that was wrong (not "invalid input").
import { describe, expect, it } from "vitest";
import { type ErrorCode, parseMessage } from "../../../shared";

describe("network messages", () => {
  it.each([
    ["vote", { handshake: 5, direction: "looser" }, { type: "vote", by: "u", handshake: 5, direction: "looser" }],
    ["adjust", { weights: [1, -2, 0.5] }, { type: "adjust", by: "u", weights: [1, -2, 0.5] }],
    ["adjust", { weights: [1], bias: 0.25 }, { type: "adjust", by: "u", weights: [1], bias: 0.25 }],
    ["configure", { settings: { shape: "network", layerWidth: 6, lineLength: 7 } }, { type: "configure", by: "u", settings: { shape: "network", layerWidth: 6, lineLength: 7 } }],
  ])("%s %j parses", (type, payload, action) => {
    expect(parseMessage(type, payload, "u")).toEqual({ ok: true, action });
  });

  it.each<[string, unknown, ErrorCode, RegExp]>([
    ["vote", { handshake: 6, direction: "firmer" }, "out-of-range", /handshake/],
    ["vote", { handshake: -1, direction: "firmer" }, "out-of-range", /handshake/],
    ["vote", { handshake: 1.5, direction: "firmer" }, "bad-action", /handshake/],
    ["vote", { handshake: NaN, direction: "firmer" }, "not-a-number", /handshake/],
    ["vote", { handshake: 1, direction: "up" }, "bad-action", /direction/],
    ["vote", { handshake: 1 }, "bad-action", /direction/],
    ["adjust", { weights: [1, 1, 1, 1, 1, 1, 1] }, "out-of-range", /weights/],
    ["adjust", { weights: [] }, "out-of-range", /weights/],
    ["adjust", { weights: [1, Infinity] }, "not-a-number", /weights\.1/],
    ["adjust", { weights: [1, 5.5] }, "out-of-range", /weights\.1/],
    ["adjust", { weights: [1, "2"] }, "bad-action", /weights\.1/],
    ["adjust", { weights: "1,2" }, "bad-action", /weights/],
    ["adjust", { weights: [1], bias: 1e308 }, "out-of-range", /bias/],
    ["adjust", { weights: [1], weight: 1 }, "bad-action", /weight/],
    ["adjust", {}, "bad-action", /weight/],
    ["configure", { settings: { shape: "blob" } }, "bad-action", /shape/],
    ["configure", { settings: { layerWidth: 7 } }, "out-of-range", /layerWidth/],
    ["configure", { settings: { layerWidth: 0 } }, "out-of-range", /layerWidth/],
  ])("%s %j -> %s", (type, payload, code, words) => {
    const r = parseMessage(type, payload, "u");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code, r.error.message).toBe(code);
      expect(r.error.message).toMatch(words);
    }
  });
});
