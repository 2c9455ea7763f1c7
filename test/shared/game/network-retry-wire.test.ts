// Issue 15 (B1): what the phones read of trial and error's second shot (NetCoachReport.retry) and of the
// votes with a choice (Player.choiceVotes) reaches every client exactly, through the room's Schema state.
import { describe, expect, it } from "vitest";
import { type Action, createGame } from "../../../shared";
import { mustReduce, SchemaMirror } from "../../server/schema-mirror";

describe("the network's new fields over the wire", () => {
  it("a decoder holds the engine exactly: the second shot under trial and error, the votes with a choice under backprop", () => {
    for (const rule of ["trial-and-error", "backprop"] as const) {
      let start = createGame("host", { autoAdvance: false, maxRounds: 4, seed: 4, shape: "network", lineLength: 3, layerWidth: 3, rules: [rule] });
      for (const id of ["Kim", "Lee", "Max", "Noa"]) start = mustReduce(start, { type: "join", by: id, name: id });
      const mirror = new SchemaMirror(start);
      const step = (a: Action) => {
        const next = mirror.step(a);
        expect(mirror.decoded(), `${rule}: after ${a.type} in ${next.phase}`).toStrictEqual(next);
      };
      step({ type: "start", by: "host" });
      let retries = 0;
      while (mirror.game.phase !== "summary") {
        step({ type: "next", by: "host" });
        if (mirror.game.phase === "vote") for (const id of ["Kim", "Noa"]) step({ type: "vote", by: id, handshake: 0, direction: "firmer" });
        if (mirror.game.network?.current?.coach?.retry) retries++;
      }
      if (rule === "trial-and-error") expect(retries).toBeGreaterThan(0);
      // Noa sits in the second layer (three handshakes): her votes had a choice; Kim's (first layer) did not.
      else expect([mirror.game.players.Kim.choiceVotes, mirror.game.players.Noa.choiceVotes]).toEqual([0, mirror.game.players.Noa.votesCast]);
    }
  });
});
