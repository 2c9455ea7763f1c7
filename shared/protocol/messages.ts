import { z } from "zod";
import { t } from "../i18n/current";
import type { Action, GameError } from "../game/actions";
import { BOT_MODES, type BotMode, LIMITS, type Pace, PACES, type Shape, SHAPES, START_SIGNS, type StartSigns } from "../game/settings";
import { ACTIVATION_NAMES } from "../line/activations";
import { RULE_IDS } from "../rules";

/**
 * What a client may send: one schema per message type. The server adds who sent it (`by`); the
 * shared reducer then checks the rules of the game (phase, seat, host). Numbers must be finite here,
 * so NaN, Infinity and 1e308 never reach the engine.
 */
const finite = z.number().finite();
const seatIndex = z.number().int().min(0).max(LIMITS.lineLength.max - 1);
const param = finite.min(-LIMITS.weight).max(LIMITS.weight);
/** One of the voter's own handshakes in a network: an index into the layer before (the engine checks it against the voter's layer). */
const handshakeIndex = z.number().int().min(0).max(LIMITS.layerWidth.max - 1);
const direction = z.enum(["firmer", "looser"]);

const settingsPatch = z
  .object({
    shape: z.enum(SHAPES as [Shape, ...Shape[]]),
    layerWidth: z.number().int().min(LIMITS.layerWidth.min).max(LIMITS.layerWidth.max),
    lineLength: z.number().int().min(LIMITS.lineLength.min).max(LIMITS.lineLength.max),
    teams: z.number().int().min(LIMITS.teams.min).max(LIMITS.teams.max),
    maxTeams: z.number().int().min(LIMITS.teams.min).max(LIMITS.teams.max),
    activation: z.enum(ACTIVATION_NAMES as [string, ...string[]]),
    rules: z.array(z.enum(RULE_IDS as [string, ...string[]])).min(1).max(LIMITS.teams.max),
    strictness: finite.min(LIMITS.strictness.min).max(LIMITS.strictness.max),
    voteSeconds: z.number().int().min(LIMITS.timer.min).max(LIMITS.timer.max),
    adjustSeconds: z.number().int().min(LIMITS.timer.min).max(LIMITS.timer.max),
    autoAdvance: z.boolean(),
    pace: z.enum(PACES as [Pace, ...Pace[]]),
    bots: z.enum(BOT_MODES as [BotMode, ...BotMode[]]),
    maxRounds: z.number().int().min(LIMITS.maxRounds.min).max(LIMITS.maxRounds.max),
    hoop: z.object({ fixedRounds: z.number().int().min(0).max(LIMITS.fixedRounds.max), fixedDistance: finite }).strict(),
    startWeights: z.object({ min: param, max: param }).strict(),
    startSigns: z.enum(START_SIGNS as [StartSigns, ...StartSigns[]]),
    seed: z.number().int().min(0).max(2 ** 32 - 1),
  })
  .partial()
  .strict();

/** Every message a client may send, by type. */
export const MESSAGE_SCHEMAS = {
  // In lines a vote names a neuron (`blame`) and an adjust one handshake (`weight`); in one network a vote
  // names one of the voter's handshakes and an adjust sends them all (`weights`). Which one the class
  // plays is the engine's to check, with a sentence saying what to send instead.
  vote: z.union([z.object({ blame: seatIndex, direction }).strict(), z.object({ handshake: handshakeIndex, direction }).strict()]),
  adjust: z.union([z.object({ weight: param, bias: param.optional() }).strict(), z.object({ weights: z.array(param).min(1).max(LIMITS.layerWidth.max), bias: param.optional() }).strict()]),
  ready: z.object({}).strict(),
  configure: z.object({ settings: settingsPatch }).strict(),
  start: z.object({}).strict(),
  next: z.object({ replay: z.boolean().optional() }).strict(),
  pause: z.object({}).strict(),
  resume: z.object({}).strict(),
  lock: z.object({ locked: z.boolean() }).strict(),
  end: z.object({}).strict(),
  setHoop: z.object({ distance: finite }).strict(),
  kick: z.object({ player: z.string().min(1).max(64) }).strict(),
  unban: z.object({ name: z.string().min(1).max(64) }).strict(),
} as const;

/** A message type a client may send. */
export type MessageType = keyof typeof MESSAGE_SCHEMAS;
/** The payload of each message type. */
export type MessagePayload<T extends MessageType> = z.infer<(typeof MESSAGE_SCHEMAS)[T]>;
// zod infers an empty strict object as Record<string, never>, which would forbid even the `type` field.
type Fields<P> = P extends Record<string, never> ? unknown : P;
/** Any client message, as a client builds it. */
export type Intent = { [T in MessageType]: { type: T } & Fields<MessagePayload<T>> }[MessageType];

/** The largest sequence number a client may attach to a message (the server echoes it in "ack" or "error"). */
export const MAX_SEQ = 2 ** 31 - 1;

/** A parsed client message: the action, or why not; `seq` is the client's sequence number when it sent a valid one. */
export type ParsedMessage = ({ ok: true; action: Action } | { ok: false; error: GameError }) & { seq?: number };

/**
 * Turns a raw client message into an action for the reducer, or a refusal that says what was wrong.
 * `type` and `payload` come straight off the wire: anything at all, so neither is converted to a
 * string or read before it is known to be plain data.
 */
export function parseMessage(type: unknown, payload: unknown, by: string): ParsedMessage {
  const { seq, rest } = splitSeq(payload);
  if (typeof type !== "string" || !Object.hasOwn(MESSAGE_SCHEMAS, type)) {
    return { ok: false, error: { code: "bad-action", message: t("game.refuse.unknownMessage", { type: describeType(type) }) }, seq };
  }
  const schema = MESSAGE_SCHEMAS[type as MessageType];
  const parsed = schema.safeParse(rest ?? {});
  if (!parsed.success) {
    const issue = firstIssue(parsed.error.issues);
    const where = issue?.path.length ? `${issue.path.map((p) => String(p).slice(0, 20)).join(".")}: ` : "";
    const text = issue?.message ?? "not valid";
    const code = /nan|finite|infinity/i.test(text) ? "not-a-number" : issue?.code === "too_big" || issue?.code === "too_small" ? "out-of-range" : "bad-action";
    return { ok: false, error: { code, message: t("game.refuse.badMessage", { type, where, text }) }, seq };
  }
  return { ok: true, action: toAction(type as MessageType, parsed.data, by), seq };
}

/**
 * The issue to tell the sender about. A message of two forms (a line's vote or a network's) fails as one
 * union issue; the form the sender meant is the one with the fewest issues (the first on a tie), so the
 * sender hears "weights: too big", not "invalid input".
 */
function firstIssue(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue | undefined {
  const issue = issues[0];
  if (issue?.code !== "invalid_union" || issue.errors.length === 0) return issue;
  const branch = issue.errors.reduce((best, e) => (e.length < best.length ? e : best));
  return firstIssue(branch) ?? issue;
}

/** A message type as it may be shown back to its sender: text cut short, a number, or what kind of thing it was. */
export function describeType(type: unknown): string {
  if (typeof type === "string") return JSON.stringify(type.slice(0, 40));
  if (typeof type === "number") return Number.isFinite(type) ? String(type) : "(not a number)";
  return `(${type === null ? "null" : Array.isArray(type) ? "array" : typeof type})`;
}

/** Takes a valid `seq` off a plain-object payload; the rest goes to the message's schema (strict, so a bad seq is refused there). */
function splitSeq(payload: unknown): { seq?: number; rest: unknown } {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload) || !Object.hasOwn(payload, "seq")) return { rest: payload };
  const { seq, ...rest } = payload as { seq: unknown };
  if (typeof seq !== "number" || !Number.isInteger(seq) || seq < 0 || seq > MAX_SEQ) return { rest: payload };
  return { seq, rest };
}

/** The reducer action for a client intent sent by player `by`. */
export function toAction(type: MessageType, data: object, by: string): Action {
  if (type === "kick") return { type: "leave", by, player: (data as { player: string }).player };
  return { ...data, type, by } as Action;
}
