// Bots named in each device's language: the view a device shows renames every seat no player holds, in
// lines and in one network, with the word for a bot from the message files; people keep their names, even
// one that reads like a bot's; the engine's state keeps English; the same view is renamed only once.
import { afterEach, describe, expect, it } from "vitest";
import { BOT_NAMES } from "../../../shared/game/names/words";
import { botName, cleanName, createGame, isBotName, type GameState, type GameView, localBotName, reduce, toView, withLocalBotNames } from "../../../shared";
import { createTranslator, english, LANGUAGES, type LanguageCode, type Messages, pseudoMessages, type Translator, useTranslator } from "../../../shared/i18n";
import { messages as es } from "../../../shared/i18n/messages/es";
import { messages as fr } from "../../../shared/i18n/messages/fr";
import { messages as de } from "../../../shared/i18n/messages/de";
import { messages as zh } from "../../../shared/i18n/messages/zh-Hans";
import { messages as ar } from "../../../shared/i18n/messages/ar";
import { en } from "../../../shared/i18n/messages/en";
import { LocalGame } from "../../../client/source/local-game";

const MESSAGES: Record<LanguageCode, Messages> = { en, es, fr, de, "zh-Hans": zh, ar };
const TRANSLATORS = Object.fromEntries(LANGUAGES.map((l) => [l.code, createTranslator(l.code, MESSAGES[l.code])])) as Record<LanguageCode, Translator>;
// What each language calls a bot's seat 0 (its first bot name after its word for a bot).
const FIRST: Record<LanguageCode, string> = { en: "Bot Ada", es: "Bot Chispa", fr: "Bot Étincelle", de: "Bot Funke", "zh-Hans": "机器人火花", ar: "الروبوت شرارة" };

function ok(applied: ReturnType<typeof reduce>): GameState {
  if (!applied.ok) throw new Error(applied.error.message);
  return applied.state;
}

/** Two lines of 4, Sam in line 0 seat 1. */
function linesView(): GameView {
  let s = ok(reduce(createGame("host"), { type: "configure", by: "host", settings: { lineLength: 4, teams: 2 } }, 0));
  s = ok(reduce(s, { type: "join", by: "p1", name: "Sam", line: 0, seat: 1 }, 0));
  return toView(s);
}

/** One network (two layers of 3 and a shooter), Mia in seat 4. */
function networkView(): GameView {
  let s = ok(reduce(createGame("host"), { type: "configure", by: "host", settings: { shape: "network", lineLength: 3, layerWidth: 3 } }, 0));
  s = ok(reduce(s, { type: "join", by: "p1", name: "Mia", line: 0, seat: 4 }, 0));
  return toView(s);
}

afterEach(() => useTranslator(english));

describe("bots named in the device's language", () => {
  it.each(LANGUAGES.map((l) => l.code))("%s: every bot of every line gets its seat's name in that language, the person keeps theirs", (code) => {
    const view = linesView();
    const shown = withLocalBotNames(view, TRANSLATORS[code]);
    expect(shown.lines.map((l) => l.neurons.map((n) => n.name))).toEqual([
      [FIRST[code], "Sam", localBotName(2, TRANSLATORS[code]), localBotName(3, TRANSLATORS[code])],
      [0, 1, 2, 3].map((seat) => localBotName(seat, TRANSLATORS[code])),
    ]);
    // The seat's own name in that language, after the language's word for a bot.
    expect(localBotName(3, TRANSLATORS[code])).toContain(BOT_NAMES[code][3]);
    expect(localBotName(3, TRANSLATORS[code])).toBe(TRANSLATORS[code].t("game.botName", { name: BOT_NAMES[code][3] ?? "" }));
  });

  it.each(LANGUAGES.map((l) => l.code))("%s: every bot of one network gets its seat's name, the person keeps theirs", (code) => {
    const view = networkView();
    const shown = withLocalBotNames(view, TRANSLATORS[code]);
    const names = shown.network?.neurons.map((n) => n.name);
    expect(names).toHaveLength(7);
    expect(names?.[0]).toBe(FIRST[code]);
    expect(names?.[4]).toBe("Mia");
    names?.forEach((name, seat) => seat !== 4 && expect(name).toBe(localBotName(seat, TRANSLATORS[code])));
    expect(new Set(names).size).toBe(7);
  });

  it("leaves the engine's view in English: the state, replays and the report keep the English names", () => {
    const view = linesView();
    const before = JSON.stringify(view);
    withLocalBotNames(view, TRANSLATORS.de);
    expect(JSON.stringify(view)).toBe(before);
    expect(view.lines[0]?.neurons[0]?.name).toBe(botName(0));
    expect(networkView().network?.neurons[0]?.name).toBe("Bot Ada");
  });

  it("decides by the seat, not the text: a person whose name reads like a bot's keeps it", () => {
    const view = linesView();
    // No nickname may start with Bot (names.ts), but a name must never be rewritten for how it reads.
    const posing: GameView = {
      ...view,
      lines: view.lines.map((l, i) => (i === 0 ? { ...l, neurons: l.neurons.map((n, seat) => (seat === 2 ? { ...n, playerId: "p2", name: "Bot Ada" } : n)) } : l)),
    };
    const shown = withLocalBotNames(posing, TRANSLATORS.es);
    expect(shown.lines[0]?.neurons.map((n) => n.name)).toEqual(["Bot Chispa", "Sam", "Bot Ada", "Bot Bombilla"]);
    const net = networkView();
    const posingNet: GameView = { ...net, network: net.network && { ...net.network, neurons: net.network.neurons.map((n, seat) => (seat === 4 ? { ...n, name: "Bot Ada" } : n)) } };
    expect(withLocalBotNames(posingNet, TRANSLATORS.fr).network?.neurons[4]?.name).toBe("Bot Ada");
  });

  it("the same view and language give the same object; a new view or another language gives a new one", () => {
    const view = linesView();
    const a = withLocalBotNames(view, TRANSLATORS.ar);
    expect(withLocalBotNames(view, TRANSLATORS.ar)).toBe(a);
    expect(a).not.toBe(view);
    expect(withLocalBotNames(view, TRANSLATORS["zh-Hans"])).not.toBe(a);
    expect(withLocalBotNames(linesView(), TRANSLATORS.ar)).not.toBe(a);
    // Parts with nothing to rename are shared, not copied.
    expect(a.players).toBe(view.players);
    expect(a.lines[0]?.history).toBe(view.lines[0]?.history);
    expect(a.lines[0]?.neurons[1]).toBe(view.lines[0]?.neurons[1]);
  });

  it("an English page shows the engine's own view, not a copy", () => {
    const view = networkView();
    expect(withLocalBotNames(view, TRANSLATORS.en)).toBe(view);
    const lines = linesView();
    expect(withLocalBotNames(lines, TRANSLATORS.en)).toBe(lines);
  });

  it.each(LANGUAGES.map((l) => l.code))("%s: no person may take a name a bot shows, however it is spaced", (code) => {
    for (let seat = 0; seat < 37; seat++) {
      const name = localBotName(seat, TRANSLATORS[code]);
      expect(cleanName(name), name).toMatchObject({ ok: false, problem: "bot" });
    }
  });

  it("the Chinese and Arabic words for a bot start no person's name; other names are untouched", () => {
    for (const n of ["机器人火花", "机 器 人", "機器人", "روبوت", "الروبوت شرارة", "ال روبوت", "الـروبوت"]) expect(isBotName(n), n).toBe(true);
    for (const n of ["火花机器人", "小机器", "Robot", "Roboter Max", "رامي", "علي روبوت"]) expect(isBotName(n), n).toBe(false);
  });

  it("takes the word for a bot from the message files (the pseudo language marks it)", () => {
    const pseudo = createTranslator("en", pseudoMessages());
    expect(withLocalBotNames(linesView(), pseudo).lines[0]?.neurons[0]?.name).toBe("⟦Bot Ada⟧");
  });

  it("a solo game hands its panels the page's language, the same object on every redraw, English in its state", () => {
    useTranslator(TRANSLATORS.es);
    const game = new LocalGame({ settings: { lineLength: 3, seed: 4 }, seat: 1, scheduler: { now: () => 0, every: () => () => undefined } });
    const seen: GameView[] = [];
    game.subscribe((v) => seen.push(v));
    const first = game.view();
    expect(first.lines[0]?.neurons.map((n) => n.name)).toEqual(["Bot Chispa", "You", "Bot Pila"]);
    expect(game.view()).toBe(first);
    expect(game.send({ type: "start" })).toBeNull();
    expect(seen.at(-1)?.lines[0]?.neurons[0]?.name).toBe("Bot Chispa");
    expect(game.view()).toBe(seen.at(-1));
    game.dispose();
  });
});
