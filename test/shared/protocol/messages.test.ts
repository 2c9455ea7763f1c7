// parseMessage: client messages become reducer actions, or typed refusals; NaN, Infinity and 1e308 never get through.
import { describe, expect, it } from "vitest";
import { type ErrorCode, type Intent, parseMessage } from "../../../shared";

describe("parseMessage accepts good messages", () => {
  it.each([
    ["vote", { blame: 2, direction: "firmer" }, { type: "vote", by: "u", blame: 2, direction: "firmer" }],
    ["adjust", { weight: -1.5 }, { type: "adjust", by: "u", weight: -1.5 }],
    ["adjust", { weight: 5, bias: -5 }, { type: "adjust", by: "u", weight: 5, bias: -5 }],
    ["ready", {}, { type: "ready", by: "u" }],
    ["ready", undefined, { type: "ready", by: "u" }],
    ["start", {}, { type: "start", by: "u" }],
    ["next", { replay: true }, { type: "next", by: "u", replay: true }],
    ["pause", {}, { type: "pause", by: "u" }],
    ["resume", {}, { type: "resume", by: "u" }],
    ["lock", { locked: false }, { type: "lock", by: "u", locked: false }],
    ["end", {}, { type: "end", by: "u" }],
    ["setHoop", { distance: 6.5 }, { type: "setHoop", by: "u", distance: 6.5 }],
    ["kick", { player: "p9" }, { type: "leave", by: "u", player: "p9" }],
    ["configure", { settings: { lineLength: 6, rules: ["backprop", "fire-together"] } }, { type: "configure", by: "u", settings: { lineLength: 6, rules: ["backprop", "fire-together"] } }],
    ["configure", { settings: { hoop: { fixedRounds: 3, fixedDistance: 4 } } }, { type: "configure", by: "u", settings: { hoop: { fixedRounds: 3, fixedDistance: 4 } } }],
  ])("%s %j", (type, payload, action) => {
    expect(parseMessage(type, payload, "u")).toEqual({ ok: true, action });
  });
});

describe("parseMessage refuses bad messages with a typed code", () => {
  it.each<[unknown, unknown, ErrorCode]>([
    ["dance", {}, "bad-action"],
    [42, {}, "bad-action"],
    ["__proto__", {}, "bad-action"],
    ["toString", {}, "bad-action"],
    ["vote", { blame: NaN, direction: "firmer" }, "not-a-number"],
    ["vote", { blame: Infinity, direction: "firmer" }, "not-a-number"],
    ["vote", { blame: 12, direction: "firmer" }, "out-of-range"],
    ["vote", { blame: -1, direction: "firmer" }, "out-of-range"],
    ["vote", { blame: 1.5, direction: "firmer" }, "bad-action"],
    ["vote", { blame: 1, direction: "up" }, "bad-action"],
    ["vote", { blame: 1 }, "bad-action"],
    ["vote", { blame: 1, direction: "firmer", by: "someone-else" }, "bad-action"],
    ["adjust", { weight: NaN }, "not-a-number"],
    ["adjust", { weight: Infinity }, "not-a-number"],
    ["adjust", { weight: -Infinity }, "not-a-number"],
    ["adjust", { weight: 1e308 }, "out-of-range"],
    ["adjust", { weight: 5.01 }, "out-of-range"],
    ["adjust", { weight: "1" }, "bad-action"],
    ["adjust", { weight: 1, bias: 1e308 }, "out-of-range"],
    ["adjust", null, "bad-action"],
    ["adjust", "weight=1", "bad-action"],
    ["ready", { extra: 1 }, "bad-action"],
    ["setHoop", { distance: NaN }, "not-a-number"],
    ["lock", { locked: "yes" }, "bad-action"],
    ["kick", { player: "" }, "out-of-range"],
    ["configure", { settings: { lineLength: 13 } }, "out-of-range"],
    ["configure", { settings: { strictness: Infinity } }, "not-a-number"],
    ["configure", { settings: { court: { hoopRadius: 9 } } }, "bad-action"],
    ["configure", { settings: { rules: ["magic"] } }, "bad-action"],
    ["configure", { settings: { seed: -1 } }, "out-of-range"],
  ])("%s %j -> %s", (type, payload, code) => {
    const r = parseMessage(type, payload, "u");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message.length).toBeGreaterThan(5);
    }
  });
});

describe("Intent", () => {
  it("types every message a client may build, empty ones included, and each parses", () => {
    const intents: Intent[] = [{ type: "ready" }, { type: "start" }, { type: "next", replay: true }, { type: "vote", blame: 1, direction: "firmer" }, { type: "adjust", weight: 1 }];
    // @ts-expect-error an adjust needs its weight (typecheck fails if Intent stops saying so)
    const bad: Intent = { type: "adjust" };
    for (const { type, ...payload } of intents) expect(parseMessage(type, payload, "u").ok).toBe(true);
    expect(parseMessage(bad.type, {}, "u").ok).toBe(false);
  });
});
