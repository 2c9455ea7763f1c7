// Why a join did not work, sorted by the code the server sent (never by its wording), with the
// sentence each reason shows: one place, ready for translation.
import { joinRefusalCode, type WireErrorCode } from "../../../shared";

/** Why a join did not work, in a form a friendly screen can use. */
export type JoinFailure = "not-found" | "locked" | "full" | "bad-code" | "bad-name" | "host-key" | "banned" | "rate-limited" | "unreachable" | "refused";

/** What each reason tells a person. */
export const JOIN_FAILURE_TEXT: Record<JoinFailure, string> = {
  "not-found": "No class is using that code. Check the code on the board.",
  locked: "This class is locked: ask your teacher to unlock it.",
  full: "Every seat is taken: ask your teacher to allow more lines, or longer lines, in the class's Settings.",
  "bad-code": "A join code is 5 letters or digits, like K7QXM.",
  "bad-name": "Pick another nickname: up to 20 letters, numbers, spaces or ' . _ -, and nothing rude.",
  "host-key": "This device does not hold the key to that class.",
  banned: "Your teacher removed you from this class.",
  "rate-limited": "Too many tries from this network: wait a minute, then check the code.",
  unreachable: "Cannot reach the class's server. Check the Wi-Fi.",
  refused: "The class did not let you in. Try again.",
};

/** A join that did not work. */
export class JoinError extends Error {
  constructor(readonly reason: JoinFailure, message: string = JOIN_FAILURE_TEXT[reason]) {
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
  if (code === "name-taken") return new JoinError("bad-name", "Someone here already has that nickname (or one that looks the same). Try another.");
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
