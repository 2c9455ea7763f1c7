// A round of the class's one network, phase by phase, and the actions of a person sitting in it (vote,
// adjust, ready). round.ts's phase machine calls these where it does the lines' work; each takes a copied
// state and replaces what it changes, sharing every neuron and record it leaves alone.
import { at } from "../checked";
import { t } from "../i18n/current";
import { NETWORK_RULES, shootNetwork } from "../network";
import type { Rng } from "../random";
import { RULES } from "../rules";
import { clampParam, dialValue, playedByBot } from "./lines";
import { fanIn, networkParams, theNetwork, withNeuron } from "./network-seats";
import { hasDetail, type NetShot, type NetShotRecord, type NetShotSummary, type ScoredNetVote } from "./network-state";
import { hasChoice, netBotVote, netCoachReport, networkVotes, netVotePoints, scoreNetVote } from "./network-votes";
import { integer, refuse } from "./refusal";
import { LIMITS } from "./settings";
import type { GameState, Player } from "./state";

/** A new round: no shot yet, every dial untouched and nobody done. */
export function aimNetwork(s: GameState): void {
  const net = theNetwork(s);
  s.network = { ...net, current: null, neurons: net.neurons.map((n) => ({ ...n, adjusted: false, biasAdjusted: false, ready: false })) };
}

/** The pass: the ball through the network at this round's hoop, recorded by seat. */
export function passNetwork(s: GameState): void {
  const net = theNetwork(s);
  const weights = net.neurons.map((n) => n.weights);
  const biases = net.neurons.map((n) => n.bias);
  const shot = shootNetwork(networkParams(net.widths, weights, biases, s.settings.activation), s.distance, s.settings.court);
  const record: NetShotRecord = {
    round: s.round,
    distance: s.distance,
    power: shot.pass.power,
    landing: shot.landing,
    miss: shot.miss,
    hit: shot.hit,
    outputs: shot.pass.outputs.flat(),
    weights,
    biases,
    coach: null,
    votes: {},
    extraShots: 0,
  };
  s.network = { ...net, current: record };
}

/** The rule speaks: its changes per seat; where the network voted, bots vote and every vote is scored. */
export function coachNetwork(s: GameState, rng: Rng): void {
  const net = theNetwork(s);
  const rec = net.current;
  if (!rec) return;
  const rule = RULES[net.rule];
  const params = networkParams(net.widths, rec.weights, rec.biases, s.settings.activation);
  const proposal = NETWORK_RULES[net.rule]({
    net: params,
    feedback: networkParams(net.widths, net.feedback, rec.biases, s.settings.activation).weights,
    shot: shootNetwork(params, rec.distance, s.settings.court),
    court: s.settings.court,
    rate: s.settings.strictness * rule.rateScale,
    rng,
  });
  const report = netCoachReport(proposal);
  let done: NetShotRecord = { ...rec, coach: report, extraShots: proposal.extraShots };
  // Nobody to blame (a hit, or a rule that hands out no blame): there was no vote to score.
  if (networkVotes(net)) {
    const players = { ...s.players };
    const votes: Record<string, ScoredNetVote> = {};
    net.neurons.forEach((n, seat) => {
      if (n.playerId === null) votes[`bot:${seat}`] = scoreNetVote(netBotVote(report, seat, rng), report, seat);
    });
    for (const [id, v] of Object.entries(rec.votes)) {
      const p = players[id];
      if (!p) continue;
      const scored = scoreNetVote(v, report, p.seat);
      votes[id] = scored;
      players[id] = {
        ...p,
        score: p.score + netVotePoints(scored),
        votesCast: p.votesCast + 1,
        // "The right handshake x of y" counts only votes where there was a handshake to pick.
        choiceVotes: (p.choiceVotes ?? 0) + (hasChoice(report, p.seat) ? 1 : 0),
        blameRight: p.blameRight + (scored.handshakeRight ? 1 : 0),
        directionRight: p.directionRight + (scored.directionRight ? 1 : 0),
      };
    }
    s.players = players;
    done = { ...done, votes };
  }
  const streak = done.hit ? net.streak + 1 : 0;
  s.network = {
    ...net,
    current: done,
    history: filed(net.history, done, s.netDetail ?? LIMITS.history),
    streak,
    learnedAt: net.learnedAt ?? (streak >= 3 ? s.round : null),
  };
}

/** The history with `done` filed: at most LIMITS.history shots, of which the latest `detail` (at least 1) keep their full record. */
function filed(history: readonly NetShot[], done: NetShotRecord, detail: number): NetShot[] {
  const next = [...history, done].slice(-LIMITS.history);
  // Normally one shot leaves the full window a round; the loop also catches up a history kept fuller before.
  for (let i = next.length - 1 - Math.max(1, detail); i >= 0; i--) {
    const old = at(next, i);
    if (!hasDetail(old)) break;
    next[i] = summarize(old);
  }
  return next;
}

/** What an old shot keeps (NetShotSummary): a new object, so the record's lists and votes can be freed. */
export function summarize(shot: NetShot): NetShotSummary {
  const { round, distance, power, landing, miss, hit, extraShots, coach } = shot;
  // The shares' list is the record's own (never changed once filed); only the rest of the record is let go.
  return { round, distance, power, landing, miss, hit, extraShots, coach: coach && { shares: coach.shares } };
}

/**
 * The end of the adjust phase, as the lines': bots follow the rule with a little wobble (or hold, by the
 * settings); a person's dial follows it unless they turned it (a handshake left at the shot's value is untouched).
 */
export function adjustNetwork(s: GameState, rng: Rng): void {
  const net = theNetwork(s);
  const rec = net.current;
  const report = rec?.coach;
  if (!rec || !report) return;
  s.network = {
    ...net,
    neurons: net.neurons.map((n, seat) => {
      const shotWeights = at(rec.weights, seat);
      const shotBias = at(rec.biases, seat);
      const changes = at(report.weightChanges, seat);
      const bot = playedByBot(s, n);
      if (bot && s.settings.bots === "hold") return { ...n, weights: shotWeights, bias: shotBias };
      // One wobble per neuron, drawn where a line's bot draws it, so one wide is a line draw for draw.
      const wobble = bot && n.playerId === null ? 1 + 0.1 * rng.gaussian() : 1;
      const mine = n.adjusted && !bot;
      // A person's turn stands as sent, a dial left where it was at the shot included ("keep all"); the phone
      // sends an untouched dial at the rule's value. An excitability not sent follows the rule, as in a line.
      const weights = shotWeights.map((w, i) => (mine ? at(n.weights, i) : clampParam(w + at(changes, i) * wobble)));
      const bias = mine && (n.biasAdjusted || n.bias !== shotBias) ? n.bias : clampParam(shotBias + at(report.biasChanges, seat));
      return { ...n, weights, bias };
    }),
  };
}

/** Whether every connected person in the network satisfies `done` (false when nobody is connected). */
export function everyoneInNetwork(s: GameState, done: (seat: number) => boolean): boolean {
  let people = 0;
  for (const [seat, n] of theNetwork(s).neurons.entries()) {
    if (playedByBot(s, n)) continue;
    people++;
    if (!done(seat)) return false;
  }
  return people > 0;
}

/** A person's vote in the network: one of their own handshakes (an index into the layer before) and a direction. */
export function voteInNetwork(s: GameState, p: Player, blame: unknown, handshake: unknown, direction: unknown): void {
  const net = theNetwork(s);
  if (handshake === undefined) refuse("bad-action", t(blame === undefined ? "game.refuse.netVoteWhich" : "game.refuse.netVoteNotNeuron"));
  if (blame !== undefined) refuse("bad-action", t("game.refuse.netVoteBoth"));
  const h = integer(handshake, t("game.what.handshake"), 0, fanIn(net, p.seat) - 1);
  if (direction !== "firmer" && direction !== "looser") refuse("bad-action", t("game.refuse.direction"));
  const rec = net.current ?? refuse("wrong-phase", t("game.refuse.noShot"));
  if (!networkVotes(net)) refuse("wrong-phase", t("game.refuse.netNoVote"));
  if (rec.votes[p.id]) refuse("already-voted", t("game.refuse.alreadyVoted"));
  s.network = { ...net, current: { ...rec, votes: { ...rec.votes, [p.id]: { handshake: h, direction } } } };
}

/**
 * A person turns their neuron's dials: one value per handshake (the layer before's size), and optionally the
 * excitability. `own`: the turn is this round's (kept when adjust ends); false for a late turn before the
 * pass (extra-time.ts), which leaves this round's dials untouched for the rule.
 */
export function adjustInNetwork(s: GameState, p: Player, weight: unknown, weights: unknown, bias: unknown, own = true): void {
  const net = theNetwork(s);
  const n = fanIn(net, p.seat);
  if (weights === undefined) refuse("bad-action", t(weight === undefined ? "game.refuse.netAdjustNone" : "game.refuse.netAdjustOne", { n }));
  if (weight !== undefined) refuse("bad-action", t("game.refuse.netAdjustBoth"));
  if (!Array.isArray(weights)) refuse("bad-action", t("game.refuse.netAdjustList", { n }));
  if (weights.length !== n) refuse("out-of-range", t("game.refuse.netAdjustLength", { n, got: weights.length }));
  const values = weights.map((w) => dialValue(w, t("game.what.weight")));
  const patch: { weights: number[]; adjusted?: true; biasAdjusted?: true; bias?: number } = own ? { weights: values, adjusted: true } : { weights: values };
  if (bias !== undefined) {
    patch.bias = dialValue(bias, t("game.what.bias"));
    if (own) patch.biasAdjusted = true;
  }
  s.network = withNeuron(net, p.seat, patch);
}

/** A person is done adjusting. */
export function readyInNetwork(s: GameState, p: Player): void {
  s.network = withNeuron(theNetwork(s), p.seat, { ready: true });
}
