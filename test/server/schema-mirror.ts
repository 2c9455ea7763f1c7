// The room's Schema state kept in step with the engine in-process, as a room and its clients do it: each
// action is reduced, synced (server/state/sync.ts), encoded as one patch and decoded by a client's
// Decoder. Server tests that check the mirror without sockets share it.
import { Decoder, Encoder } from "@colyseus/schema";
import { ClassroomState } from "../../server/state/schema";
import { syncState } from "../../server/state/sync";
import { type Action, type GameState, type GameView, reduce, toView } from "../../shared";
import { wireToView } from "../../shared/protocol/wire-view";

/** Applies `a`, or throws with the engine's refusal. */
export function mustReduce(s: GameState, a: Action): GameState {
  const r = reduce(s, a, 0);
  if (!r.ok) throw new Error(`${a.type}: ${r.error.message}`);
  return r.state;
}

/** An engine game, the room's Schema state mirroring it, and a client decoding every patch. */
export class SchemaMirror {
  readonly state = new ClassroomState();
  readonly encoder: Encoder;
  readonly decoder = new Decoder(new ClassroomState());
  /** Bytes of patches encoded since the last reset of this counter. */
  patchBytes = 0;
  private shown: GameView;

  constructor(public game: GameState) {
    this.shown = toView(game);
    syncState(this.state, this.shown);
    this.encoder = new Encoder(this.state);
    this.decoder.decode(this.encoder.encodeAll());
    this.encoder.discardChanges();
  }

  /** Applies one action, syncs the Schema state and sends its patch to the decoder; returns the engine's view now. */
  step(a: Action): GameView {
    this.game = mustReduce(this.game, a);
    const next = toView(this.game);
    syncState(this.state, next, this.shown);
    this.shown = next;
    const patch = this.encoder.encode();
    this.patchBytes += patch.length;
    this.decoder.decode(patch);
    this.encoder.discardChanges();
    return next;
  }

  /** What the decoding client holds, as the engine's view. */
  decoded(): GameView {
    return wireToView(this.decoder.state.toJSON());
  }

  /** What a client joining now would hold (the full state), as the engine's view. */
  fresh(): GameView {
    const late = new Decoder(new ClassroomState());
    late.decode(this.encoder.encodeAll());
    return wireToView(late.state.toJSON());
  }
}
