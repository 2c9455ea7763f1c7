// Bringing classes back: after a crash or a restart, every class the store holds open and no live
// process serves is re-created with its code by replaying its log (server/rooms/ClassroomRoom.ts restore).
import { matchMaker } from "@colyseus/core";
import { ROOM_NAME } from "../shared";
import type { ClassStore } from "./store";

/** Brings back every class the store holds open and no process serves (after a crash or a restart), by replaying its log. */
export async function recoverClasses(store: ClassStore): Promise<string[]> {
  const recovered: string[] = [];
  for (const record of await store.openClasses()) {
    const [live] = await matchMaker.query({ name: ROOM_NAME, roomId: record.code });
    if (live) continue;
    try {
      await matchMaker.createRoom(ROOM_NAME, { restore: record.code });
      recovered.push(record.code);
    } catch (e) {
      console.error(`class ${record.code} could not be recovered:`, e);
    }
  }
  return recovered;
}

