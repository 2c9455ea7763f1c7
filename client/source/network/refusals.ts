// Why a join (or anything a student sent) did not work, sorted by the code the server sent (never by its
// wording), with the sentence each reason shows in the device's own language (client/i18n): the server's
// English sentences are for logs and programs, a student reads the message files' words.
import { joinRefusalCode, type Refusal, type WireErrorCode } from "../../../shared";
import type { MessageId } from "../../../shared/i18n";
import { sayRefusal } from "../../../shared/game/refusal";
import { t, translator } from "../../i18n/i18n";
import { NO_ANSWER } from "./acks";

/** Why a join did not work, in a form a friendly screen can use. */
export type JoinFailure = "not-found" | "locked" | "full" | "bad-code" | "bad-name" | "host-key" | "banned" | "rate-limited" | "unreachable" | "refused";

/** The message each reason tells a person. */
export const JOIN_FAILURE_MESSAGE: Record<JoinFailure, MessageId> = {
  "not-found": "student.refusal.notFound",
  locked: "student.refusal.locked",
  full: "student.refusal.full",
  "bad-code": "student.refusal.badCode",
  "bad-name": "student.refusal.badName",
  "host-key": "student.refusal.hostKey",
  banned: "student.refusal.banned",
  "rate-limited": "student.refusal.rateLimited",
  unreachable: "student.refusal.unreachable",
  refused: "student.refusal.refused",
};

/** What a reason tells a person, in the page's language. */
export function joinFailureText(reason: JoinFailure): string {
  return t(JOIN_FAILURE_MESSAGE[reason]);
}

/** A join that did not work. */
export class JoinError extends Error {
  constructor(readonly reason: JoinFailure, message: string = joinFailureText(reason)) {
    super(message);
  }
}

/** The reason for each refusal code a join can meet. */
function reasonFor(code: WireErrorCode | null): JoinFailure {
  switch (code) {
    case "not-found":
    case "locked":
    case "full":
    case "bad-code":
    case "host-key":
    case "banned":
    case "rate-limited":
      return code;
    case "bad-name":
    case "name-taken":
      return "bad-name";
    case "unavailable":
      return "unreachable";
    default:
      return "refused";
  }
}

/** The JoinError for a refusal code from the server. */
export function refusedWith(code: WireErrorCode): JoinError {
  if (code === "name-taken") return new JoinError("bad-name", t("student.name.taken"));
  return new JoinError(reasonFor(code));
}

/** Sorts whatever a join threw (a colyseus error with a numeric code, or a network failure) into a JoinError. */
export function joinFailure(error: unknown): JoinError {
  if (error instanceof JoinError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const refusal = joinRefusalCode(code);
  if (refusal) return refusedWith(refusal);
  // No code at all: the request never got an answer.
  return new JoinError(code === undefined || code === 0 ? "unreachable" : "refused");
}

/** The message for a refusal of something a student sent during the game (a vote too late, a dial out of range). */
function refusalId(refusal: Refusal): MessageId {
  // The tracker's own answer when the server said nothing: told apart by identity, its code is a generic one.
  if (refusal === NO_ANSWER) return "student.refused.noAnswer";
  switch (refusal.code) {
    case "wrong-phase":
      return "student.refused.wrongPhase";
    case "paused":
      return "student.refused.paused";
    case "already-voted":
      return "student.refused.alreadyVoted";
    case "out-of-range":
    case "not-a-number":
      return "student.refused.outOfRange";
    case "not-seated":
    case "unknown-player":
      return "student.refused.notSeated";
    case "rate-limited":
      return "student.refused.tooFast";
    case "unavailable":
      return "student.refused.notConnected";
    case "banned":
      return "student.refusal.banned";
    case "locked":
      return "student.refusal.locked";
    default:
      return "student.refused.other";
  }
}

/** A refusal during the game in the page's language: the message the server named (its sentence is English), else its code's words. */
export function refusalText(refusal: Refusal): string {
  return sayRefusal(refusal, translator()) ?? t(refusalId(refusal));
}
