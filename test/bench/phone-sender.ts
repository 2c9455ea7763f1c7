// How a load bench's student sends an intent: as the real phone does (client/source/network-game.ts), with
// a sequence number, which the server answers with an "ack" (one more frame per accepted intent). Without
// it the bench would price a cheaper server than the one phones meet.
import type { Room } from "colyseus.js";

/** A send function for `room` that numbers each intent as the phone does; acks are received and dropped. */
export function phoneSender(room: Room): (type: string, payload: Record<string, unknown>) => void {
  let seq = 0;
  room.onMessage("ack", () => undefined);
  return (type, payload) => room.send(type, { ...payload, seq: ++seq });
}
