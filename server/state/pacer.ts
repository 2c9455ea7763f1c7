// Patches paced per client. Most of the server's cost is one socket write per client per patch, and
// a class of 30 makes ~100 changes a round (votes, dial turns, "ready"): sent as colyseus does, every
// change in its own 50 ms window goes to every client, ~80 frames per student per round. Here:
// - the sender of an intent gets the patch that shows it at once (no wait for the 50 ms window);
// - the host devices (the projector) get every 50 ms window that has a change, as before;
// - a change of phase, round, pause or deadline goes to everyone in the next window;
// - other students get what piled up at most once per `studentMs` (at once after a quiet spell).
// Each change is encoded once into a patch kept in a short log; a client that was skipped gets every
// patch it lacks in one frame: the patches back to back, each after the first preceded by a switch to
// the root structure (the encoder leaves that switch out at the start of a patch). Schema's decoder
// reads a frame as one sequence of operations, so the client ends exactly where separate frames would
// have left it (test/server/frames.test.ts checks every client against the engine).
import { type Client, ClientState, Protocol, type Room, SchemaSerializer } from "@colyseus/core";
import type { ClassroomState } from "./schema";

/** Schema's SWITCH_TO_STRUCTURE (255) to refId 0, the root: put between two patches in one frame. */
const TO_ROOT = Buffer.from([255, 0]);

/** How often a student who did not act receives the changes of others (ms); the default is a second. */
export const STUDENT_PATCH_MS = patchMs(process.env.STUDENT_PATCH_MS);

/** The interval from the environment: a whole number of ms from 0 (every window) to 10 s; anything else is refused at boot. */
function patchMs(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 1000;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 0 || ms > 10_000) throw new Error(`STUDENT_PATCH_MS must be a whole number of ms from 0 to 10000, not ${JSON.stringify(raw)}`);
  return ms;
}

export interface PaceOptions {
  /** At most one frame of others' changes per student in this many ms (phases and their own intents excepted). */
  studentMs: number;
  /** Clients who see every change within one patch window (the host's projector): by default those who joined as host. */
  fast(client: Client): boolean;
}

const isHost = (client: Client): boolean => (client.auth as { role?: unknown } | undefined)?.role === "host";

/** What marks a patch as one everyone needs at once: the game moved to another phase, round, pause or deadline. */
function milestone(s: ClassroomState): string {
  return `${s.phase}|${s.round}|${s.paused}|${s.deadline}|${s.pausedRemaining}|${s.locked}|${s.lines.length}`;
}

/** The room's serializer: colyseus' own for full states, its patches paced per client (see above). */
export class PacedSerializer extends SchemaSerializer<ClassroomState> {
  private readonly options: PaceOptions;
  /** Encoded patches (without the protocol byte), oldest first; `base` is the number of the first. */
  private log: Buffer[] = [];
  private base = 0;
  /** Per client: the number of the first patch it lacks, and when it last got a frame. */
  private next = new WeakMap<Client, number>();
  private sentAt = new WeakMap<Client, number>();
  /** The last patch that everyone needs at once (a milestone), and the milestone it showed. */
  private urgent = -1;
  private shown = "";
  /** The frame from patch `from` to the head, made once for every client that lacks the same patches. */
  private frames = new Map<number, Buffer>();
  /** When the first student who lacks patches is due them (a window before then with no change has nothing to send). */
  private nextDue = 0;
  /** Patches encoded (the server's Schema encodes; tests and the frames bench count them). */
  encodes = 0;

  constructor(options: Partial<PaceOptions> = {}) {
    super();
    this.options = { studentMs: STUDENT_PATCH_MS, fast: isHost, ...options };
  }

  override reset(state: ClassroomState): void {
    super.reset(state);
    this.restart();
  }

  /**
   * Takes over the encoder of the serializer colyseus made when the room's state was set. A second
   * Encoder on the same state would number new nodes from 0 again, clashing with the existing ones.
   */
  adopt(previous: SchemaSerializer<ClassroomState>): void {
    const from = previous as unknown as { encoder: PacedSerializer["encoder"] };
    this.encoder = from.encoder;
    this.hasFilters = from.encoder.context.hasFilters;
    this.fullEncodeBuffer[0] = Protocol.ROOM_STATE;
    this.needFullEncode = true;
    this.restart();
  }

  private restart(): void {
    this.log = [];
    this.frames.clear();
    this.shown = milestone(this.encoder.state);
  }

  private get head(): number {
    return this.base + this.log.length;
  }

  /** Encodes what changed since the last patch into the log. */
  private flush(): boolean {
    if (!this.encoder.hasChanges) return false;
    this.needFullEncode = true;
    // A copy: the encoder writes every patch into the same shared buffer.
    this.log.push(Buffer.from(this.encoder.encode({ offset: 0 })));
    this.encoder.discardChanges();
    this.encodes++;
    this.nextDue = 0; // a new patch: the next window walks the clients (the projector is due it at once)
    this.frames.clear();
    const now = milestone(this.encoder.state);
    if (now !== this.shown) {
      this.shown = now;
      this.urgent = this.head - 1;
    }
    return true;
  }

  /** Sends `client` every patch it lacks, in one frame. */
  private deliver(client: Client, now: number): void {
    const from = this.next.get(client);
    if (from === undefined || from >= this.head || client.state !== ClientState.JOINED) return;
    let frame = this.frames.get(from);
    if (frame === undefined) {
      const parts: Buffer[] = [Buffer.from([Protocol.ROOM_STATE_PATCH])];
      for (const patch of this.log.slice(from - this.base)) parts.push(...(parts.length > 1 ? [TO_ROOT] : []), patch);
      frame = Buffer.concat(parts);
      this.frames.set(from, frame);
    }
    client.raw(frame);
    this.next.set(client, this.head);
    this.sentAt.set(client, now);
  }

  /** The full state for a joining (or returning) client: it holds every patch so far. */
  override getFullState(client?: Client): Buffer {
    this.flush();
    const full = super.getFullState(client);
    if (client) {
      this.next.set(client, this.head);
      this.sentAt.set(client, Date.now());
    }
    return full;
  }

  /** Every patch window (colyseus' patchRate): encode what changed, send it to whoever it is due to. */
  override applyPatches(clients: Client[]): boolean {
    const changed = this.flush();
    // Most windows of a class have nothing new, and nobody lacking a patch is due one yet: skip the walk.
    if (!changed && (this.log.length === 0 || Date.now() < this.nextDue)) return false;
    const now = Date.now();
    let oldest = this.head;
    let nextDue = Infinity;
    for (const client of clients) {
      const from = this.next.get(client);
      if (from === undefined || client.state !== ClientState.JOINED) continue;
      if (from < this.head && (from <= this.urgent || this.options.fast(client) || now - (this.sentAt.get(client) ?? 0) >= this.options.studentMs)) this.deliver(client, now);
      const held = this.next.get(client) ?? from;
      if (held < this.head) nextDue = Math.min(nextDue, (this.sentAt.get(client) ?? 0) + this.options.studentMs);
      oldest = Math.min(oldest, held);
    }
    this.nextDue = nextDue;
    // Patches every connected client holds are not needed any more (a newcomer gets a full state).
    if (oldest > this.base) {
      this.log.splice(0, oldest - this.base);
      this.base = oldest;
      this.frames.clear();
    }
    return changed;
  }

  /** Sends `client` what changed up to now, at once (the sender of an intent sees it without waiting for the window); true if it now holds every patch. */
  sendNow(client: Client): boolean {
    this.flush();
    this.deliver(client, Date.now());
    return client.state === ClientState.JOINED && this.next.get(client) === this.head;
  }
}

/** Makes `room` pace its patches (call first thing in onCreate, before the state is filled). */
export function pacePatches(room: Room<ClassroomState>, options: Partial<PaceOptions> = {}): PacedSerializer {
  const serializer = new PacedSerializer(options);
  serializer.adopt((room as unknown as { _serializer: SchemaSerializer<ClassroomState> })._serializer);
  room.setSerializer(serializer);
  return serializer;
}

/**
 * Runs `write` with the client's socket corked, so the frames it sends (a patch and its ack) leave in one
 * system call: a socket write costs more than encoding the frame. Without a socket to cork it just writes.
 */
export function corked(client: Client, write: () => void): void {
  const socket = (client as { ref?: { _socket?: { cork(): void; uncork(): void } } }).ref?._socket;
  socket?.cork();
  try {
    write();
  } finally {
    socket?.uncork();
  }
}
