import type { Direction } from "../line";
import type { Settings } from "./settings";

/** Everything that can happen to a game. `by` is the player who asks (the server fills it in, never the client). */
export type Action =
  /** A person takes a seat (a bot's seat, their choice if free). */
  | { type: "join"; by: string; name: string; line?: number; seat?: number }
  /** A person leaves for good (or is removed): their seat goes back to a bot. */
  | { type: "leave"; by: string; player: string }
  /** The host lets a removed name back in. */
  | { type: "unban"; by: string; name: string }
  /** A device dropped or came back; the seat is kept and a bot plays it meanwhile. */
  | { type: "connection"; player: string; connected: boolean }
  /** The host changes settings (line shape only in the lobby or at the summary). */
  | { type: "configure"; by: string; settings: Partial<Settings> }
  | { type: "start"; by: string }
  /** The host moves on to the next phase (skipping a timer or an animation). `replay` keeps the same hoop. */
  | { type: "next"; by: string; replay?: boolean }
  | { type: "pause"; by: string }
  | { type: "resume"; by: string }
  | { type: "lock"; by: string; locked: boolean }
  | { type: "end"; by: string }
  /** The host fixes where the hoop stands for the next shots. */
  | { type: "setHoop"; by: string; distance: number }
  /** A vote: in lines the neuron blamed most (`blame`); in one network which of the voter's own handshakes (`handshake`). */
  | { type: "vote"; by: string; blame?: number; handshake?: number; direction: Direction }
  /**
   * A player turns their own dials: in lines the new handshake (`weight`), in one network one value per
   * handshake (`weights`, as many as the layer before has neurons); optionally the new excitability.
   */
  | { type: "adjust"; by: string; weight?: number; weights?: number[]; bias?: number }
  /** A player is done adjusting. */
  | { type: "ready"; by: string }
  /** The clock moved: phases whose time is up move on. */
  | { type: "tick" };

/** An action's type. */
export type ActionType = Action["type"];

/** Why an action was refused. */
export type ErrorCode =
  | "bad-action"
  | "wrong-phase"
  | "not-host"
  | "not-seated"
  | "unknown-player"
  | "out-of-range"
  | "not-a-number"
  | "name-taken"
  | "bad-name"
  | "full"
  | "locked"
  | "paused"
  | "already-voted"
  | "banned";

/** A refusal: a code for programs and a message for people. */
export interface GameError {
  code: ErrorCode;
  message: string;
}
