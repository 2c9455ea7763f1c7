// A refusal reads in each device's own language: the server words it in English (logs, older clients)
// and sends the message's id and values, which a device renders with its own translator. A real server,
// real colyseus.js clients; the engine's refusals (with a value that is itself a message), the room's own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "colyseus.js";
import type { RunningServer } from "../../server/app";
import type { ErrorMessage } from "../../shared";
import { createTranslator, english } from "../../shared/i18n";
import { sayRefusal } from "../../shared/game/refusal";
import { messages as es } from "../../shared/i18n/messages/es";
import { messages as zh } from "../../shared/i18n/messages/zh-Hans";
import { clientFor, createClass, joinClass, startServer, waitFor } from "./helpers";

const spanish = createTranslator("es", es);
const chinese = createTranslator("zh-Hans", zh);

let server: RunningServer;
let client: Client;

beforeAll(async () => {
  server = await startServer(0, { limits: { messagesPerSecond: 1, messageBurst: 3 } });
  client = clientFor(server.port);
});
afterAll(async () => {
  await server?.close();
});

/** Sends a message and waits for the refusal it gets. */
async function refused(room: { send(type: string | number, payload?: unknown): void }, errors: ErrorMessage[], type: string, payload?: unknown): Promise<ErrorMessage> {
  const before = errors.length;
  room.send(type, payload);
  await waitFor(() => errors.length > before, `a refusal of ${type}`);
  return errors[before];
}

describe("refusals in the device's language", () => {
  it("the engine's: a vote before any shot, a hoop too far (its value a message), a message nobody knows", async () => {
    const host = await createClass(client, { lineLength: 3 });
    const ana = await joinClass(client, host.code, "Ana");

    const vote = await refused(ana.room, ana.errors, "vote", { blame: 0, direction: "firmer" });
    expect(vote).toMatchObject({ code: "wrong-phase", type: "vote", id: "game.refuse.voteClosed" });
    expect(vote.values).toBeUndefined();
    expect(vote.message).toBe(english.t("game.refuse.voteClosed"));
    expect(sayRefusal(vote, spanish)).toBe(es["game.refuse.voteClosed"]);
    expect(sayRefusal(vote, spanish)).not.toBe(vote.message);

    const hoop = await refused(host.room, host.errors, "setHoop", { distance: 999 });
    expect(hoop).toMatchObject({ code: "out-of-range", id: "game.refuse.range" });
    // The field's name travels as its own message, so it too is in the device's words.
    expect(hoop.values).toMatchObject({ what: { id: "game.what.distance" } });
    expect(typeof hoop.values?.min).toBe("number");
    expect(typeof hoop.values?.max).toBe("number");
    expect(sayRefusal(hoop, english)).toBe(hoop.message);
    const inSpanish = sayRefusal(hoop, spanish)!;
    expect(inSpanish).toContain(spanish.t("game.what.distance"));
    expect(inSpanish).not.toBe(hoop.message);
    expect(sayRefusal(hoop, chinese)).toContain(chinese.t("game.what.distance"));

    const unknown = await refused(ana.room, ana.errors, "zap", {});
    expect(unknown).toMatchObject({ code: "bad-action", id: "game.refuse.unknownMessage", values: { type: '"zap"' } });
    expect(sayRefusal(unknown, spanish)).toBe(spanish.t("game.refuse.unknownMessage", { type: '"zap"' }));
  });

  it("the room's own: too many messages, said in every language", async () => {
    const host = await createClass(client, { lineLength: 3 });
    const ben = await joinClass(client, host.code, "Ben");
    for (let i = 0; i < 6; i++) ben.room.send("ready", {});
    await waitFor(() => ben.errors.some((e) => e.code === "rate-limited"), "the rate limit");
    const slow = ben.errors.find((e) => e.code === "rate-limited")!;
    expect(slow).toMatchObject({ id: "refusal.slowDown", message: "Too many messages: slow down." });
    expect(sayRefusal(slow, spanish)).toBe(es["refusal.slowDown"]);
    // The class goes on: the host is still heard.
    const after = await refused(host.room, host.errors, "setHoop", { distance: -1 });
    expect(after.id).toBe("game.refuse.range");
  });

  it("an id this device does not know, or values that do not fit, fall back to the code's words (null)", () => {
    expect(sayRefusal({ id: "no.such.message" }, spanish)).toBeNull();
    expect(sayRefusal({}, spanish)).toBeNull();
    expect(sayRefusal({ id: "game.refuse.range", values: { what: { id: "nope" } } }, spanish)).toBeNull();
  });
});
