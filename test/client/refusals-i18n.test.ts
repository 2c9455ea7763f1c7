// A student reads why something was refused in their device's words, chosen by the server's code and
// never by its English sentence: every join failure and every refusal code has a message of its own.
import { describe, expect, it } from "vitest";
import { JOIN_REFUSAL, type WireErrorCode } from "../../shared";
import { en, english } from "../../shared/i18n";
import { JOIN_FAILURE_MESSAGE, JoinError, joinFailure, type JoinFailure, refusalText, refusedWith } from "../../client/source/network/refusals";
import { NO_ANSWER } from "../../client/source/network/acks";

const student = (id: keyof typeof en) => english.t(id);

describe("refusals in the device's words", () => {
  it("each reason a join fails has its own sentence from the message files", () => {
    const reasons = Object.keys(JOIN_FAILURE_MESSAGE) as JoinFailure[];
    expect(new Set(Object.values(JOIN_FAILURE_MESSAGE)).size).toBe(reasons.length);
    for (const r of reasons) expect(new JoinError(r).message).toBe(student(JOIN_FAILURE_MESSAGE[r]));
  });

  it("a refused join is told by its code: a taken name says so, a full class says what to ask for", () => {
    expect(refusedWith("name-taken")).toMatchObject({ reason: "bad-name", message: student("student.name.taken") });
    expect(joinFailure({ code: JOIN_REFUSAL.full })).toMatchObject({ reason: "full", message: student("student.refusal.full") });
    expect(joinFailure(new TypeError("fetch failed"))).toMatchObject({ reason: "unreachable" });
  });

  it("a refusal during the game ignores the server's English and speaks from the code", () => {
    const server = "the server's own sentence";
    expect(refusalText({ code: "already-voted", message: server })).toBe(student("student.refused.alreadyVoted"));
    expect(refusalText({ code: "wrong-phase", message: server })).toBe(student("student.refused.wrongPhase"));
    // The tracker's "no answer" carries a generic code; it is told apart by being that very object.
    expect(refusalText(NO_ANSWER)).toBe(student("student.refused.noAnswer"));
    expect(refusalText({ ...NO_ANSWER })).toBe(student("student.refused.other"));
    for (const code of Object.keys(JOIN_REFUSAL) as WireErrorCode[]) expect(refusalText({ code, message: server })).not.toBe(server);
  });
});
