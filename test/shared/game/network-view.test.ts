// The views' helpers for one network: neighbours and the votes on every connection (how each
// neighbourhood's vote matched the rule: network-map.test.ts).
import { describe, expect, it } from "vitest";
import { connectionVotes, createGame, neighbours, type NetCoachReport, type Network, type NetShotRecord } from "../../../shared";

describe("neighbours", () => {
  it("lists the layer before (in handshake order) and the layer after; the first layer has none before, the shooter none after", () => {
    const net = createGame("host", { shape: "network", lineLength: 4, layerWidth: 3 }).network!;
    expect(neighbours(net, 0)).toEqual({ before: [], after: [3, 4, 5] });
    expect(neighbours(net, 4)).toEqual({ before: [0, 1, 2], after: [6, 7, 8] });
    expect(neighbours(net, 8)).toEqual({ before: [3, 4, 5], after: [9] });
    expect(neighbours(net, 9)).toEqual({ before: [6, 7, 8], after: [] });
  });
});

/** A network whose current shot carries the given votes and (optionally) the rule's changes. */
function withVotes(votes: NetShotRecord["votes"], changes?: number[][]): Network {
  const net = createGame("host", { shape: "network", lineLength: 3, layerWidth: 2 }).network!;
  const neurons = net.neurons.map((n, seat) => (seat === 2 ? { ...n, playerId: "ann" } : seat === 4 ? { ...n, playerId: "bob" } : n));
  const coach: NetCoachReport | null = changes ? { signals: [], weightChanges: changes, biasChanges: [], shares: [], mostToBlame: 0 } : null;
  const current = { round: 1, distance: 5, power: 0, landing: 0, miss: 1, hit: false, outputs: [], weights: [], biases: [], coach, votes, extraShots: 0 };
  return { ...net, neurons, current };
}

describe("connectionVotes", () => {
  it("counts each voter's ballot on its own handshake, split by direction: people by their seat, bots by theirs", () => {
    const net = withVotes({
      ann: { handshake: 1, direction: "firmer" },
      bob: { handshake: 0, direction: "looser" },
      "bot:3": { handshake: 1, direction: "looser" },
      // Someone who left (no seat any more) and a malformed key count for nothing.
      gone: { handshake: 0, direction: "firmer" },
      "bot:99": { handshake: 0, direction: "firmer" },
    });
    const c = connectionVotes(net);
    expect(c.map((row) => row.length)).toEqual([1, 1, 2, 2, 2]);
    expect(c[2]).toEqual([{ firmer: 0, looser: 0, total: 0 }, { firmer: 1, looser: 0, total: 1 }]);
    expect(c[3]).toEqual([{ firmer: 0, looser: 0, total: 0 }, { firmer: 0, looser: 1, total: 1 }]);
    expect(c[4]).toEqual([{ firmer: 0, looser: 1, total: 1 }, { firmer: 0, looser: 0, total: 0 }]);
    expect(c[0]).toEqual([{ firmer: 0, looser: 0, total: 0 }]);
  });

  it("is empty of votes before the shot", () => {
    const net = createGame("host", { shape: "network", lineLength: 3, layerWidth: 2 }).network!;
    expect(connectionVotes(net).flat().every((x) => x.total === 0)).toBe(true);
  });
});
