// Every intent goes out with a sequence number; the server answers each with "ack" (accepted) or
// "error" (refused), echoing the number. So `send` resolves from the server's word, never from a guess.
import type { ErrorMessage, Refusal } from "../../../shared";

/** The answer `send` gives when no word came back in time: not accepted, as far as anyone can tell. */
export const NO_ANSWER: Refusal = { code: "bad-action", message: "The class did not answer: check the connection and try again." };

interface Waiting {
  resolve: (answer: Refusal | null) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** The intents sent and not yet answered, by sequence number. */
export class AckTracker {
  private next = 1;
  private readonly waiting = new Map<number, Waiting>();

  /** `timeoutMs`: how long to wait for the server's word before answering NO_ANSWER. */
  constructor(private readonly timeoutMs: number) {}

  /** A number for the next intent and the promise of its answer (null: accepted). */
  track(): { seq: number; answer: Promise<Refusal | null> } {
    const seq = this.next++;
    const answer = new Promise<Refusal | null>((resolve) => {
      const timer = setTimeout(() => this.settle(seq, NO_ANSWER), this.timeoutMs);
      this.waiting.set(seq, { resolve, timer });
    });
    return { seq, answer };
  }

  /** The server accepted intent `seq`. */
  accepted(seq: number): void {
    this.settle(seq, null);
  }

  /** The server refused: the refusal goes to the intent it names (none for a refusal without a number). */
  refused(error: ErrorMessage): Refusal {
    // The message's id and values come along, so the device can say it in its own language.
    const refusal: Refusal = { code: error.code, message: error.message, ...(error.id === undefined ? {} : { id: error.id }), ...(error.values === undefined ? {} : { values: error.values }) };
    if (typeof error.seq === "number") this.settle(error.seq, refusal);
    return refusal;
  }

  /** Answers everything still waiting (the socket closed: those intents may never arrive). */
  abandon(answer: Refusal | null): void {
    for (const seq of [...this.waiting.keys()]) this.settle(seq, answer);
  }

  private settle(seq: number, answer: Refusal | null): void {
    const w = this.waiting.get(seq);
    if (!w) return;
    this.waiting.delete(seq);
    clearTimeout(w.timer);
    w.resolve(answer);
  }
}
