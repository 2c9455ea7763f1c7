// The behaviour suite over LocalGame: solo, where the learner is both the host and the one student.
import { LocalGame } from "../../client/source/local-game";
import { behaviourSuite } from "./scenarios";

behaviourSuite("LocalGame (solo)", async (settings) => {
  const game = new LocalGame({ settings, seat: 0 });
  return { host: game, students: [game], dispose: () => game.dispose() };
});
