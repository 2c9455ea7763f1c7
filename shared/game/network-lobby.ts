// A class played as one network, counted for the host: the seats a shape gives (the settings form's
// "4 layers of 6 and a shooter: 25 seats") and the projector's lobby line with the free neurons.
import { t } from "../i18n/current";
import type { Network } from "./network-state";
import type { Settings } from "./settings";
import type { GameView } from "./view";

/** A network's shape as the host reads it: layers before the shooter, their width, and every seat (the shooter's included). */
export interface NetworkShape {
  layers: number;
  width: number;
  seats: number;
}

/** The shape of the settings' network: `lineLength` layers deep counting the shooter's, `layerWidth` wide before it. */
export function networkShape(settings: Pick<Settings, "lineLength" | "layerWidth">): NetworkShape {
  const layers = Math.max(0, settings.lineLength - 1);
  return { layers, width: settings.layerWidth, seats: layers * settings.layerWidth + 1 };
}

/** "4 layers of 6 and a shooter: 25 seats", in the page's language. */
export function networkShapeLine(settings: Pick<Settings, "lineLength" | "layerWidth">): string {
  const s = networkShape(settings);
  return t("netplay.settings.seats", { layers: s.layers, width: s.width, seats: s.seats });
}

/** Seats of the network a bot still holds. */
export function freeNeurons(network: Pick<Network, "neurons">): number {
  return network.neurons.filter((n) => n.playerId === null).length;
}

/** "17 joined · one network of 25 neurons · 8 free seats" (or full), in the page's language. */
export function networkLobbyLine(game: Pick<GameView, "players"> & { network: Pick<Network, "neurons"> }): string {
  const joined = Object.keys(game.players).length;
  const free = freeNeurons(game.network);
  const seats = free > 0 ? t("game.lobby.free", { free }) : t("netplay.lobby.full");
  return [t("game.lobby.joined", { joined }), t("netplay.lobby.network", { seats: game.network.neurons.length }), seats].join(" · ");
}
