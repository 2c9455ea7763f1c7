import { blameShares, shoot } from "../line";
import { Rng } from "../random";
import { RULES } from "../rules";
import { clampParam, playedByBot } from "./lines";
import { adjustNetwork, aimNetwork, coachNetwork, passNetwork } from "./network-round";
import { ANIMATION_SECONDS, LIMITS, type Settings } from "./settings";
import type { GameState, Line, Phase, ScoredVote, ShotRecord } from "./state";
import { botVote, coachReport, lineVotes, scoreVote, votePoints, voteNeeded } from "./votes";
import { at } from "../checked";

/**
 * How long a phase lasts before it moves on by itself, in seconds (null: it waits for the host). Teacher-paced,
 * the shot and the rule's step still play their animation, then wait: that is where the class talks.
 */
export function phaseSeconds(phase: Phase, settings: Settings): number | null {
  if (!settings.autoAdvance) return null;
  switch (phase) {
    case "aim":
    case "pass":
      return ANIMATION_SECONDS[phase];
    case "shot":
    case "coach":
      return settings.pace === "teacher" ? null : ANIMATION_SECONDS[phase];
    case "vote":
      return settings.voteSeconds;
    case "adjust":
      return settings.adjustSeconds;
    default:
      return null;
  }
}

/** The phase after this one (adjust leads to the next aim, or to the summary after the last shot). */
export function nextPhase(state: GameState): Phase {
  switch (state.phase) {
    case "lobby":
      return "aim";
    case "aim":
      return "pass";
    case "pass":
      return "shot";
    case "shot":
      // Straight to the rule's own step when no line has anyone to blame (a hit, or a rule without blame).
      return voteNeeded(state) ? "vote" : "coach";
    case "vote":
      return "coach";
    case "coach":
      return "adjust";
    case "adjust":
      return state.round >= state.settings.maxRounds ? "summary" : "aim";
    case "summary":
      return "summary";
  }
}

/** Moves a (copied) state into its next phase, doing that phase's work. */
export function advance(s: GameState, now: number): void {
  const leaving = s.phase;
  if (leaving === "adjust") applyAdjustments(s);
  enter(s, nextPhase(s), now);
}

/**
 * The game ends before the rule's step: a ball the class has seen land (the shot and the vote phases) is
 * still filed, so the summary, the streak and the end screens count it and the votes cast on it are scored.
 * The rule speaks as it would have; a second throw it asks for (trial and error) was never taken, so none is counted.
 */
export function fileLandedShot(s: GameState): void {
  if (s.phase !== "shot" && s.phase !== "vote") return;
  const rng = new Rng(s.rngState);
  coach(s, rng);
  if (s.network) coachNetwork(s, rng);
  s.lines = s.lines.map((l) => untried(l));
  if (s.network) s.network = untried(s.network);
  s.rngState = rng.state;
}

/** A line's (or the network's) shot just filed, without the second throw the game ended before. */
function untried<T extends { current: { extraShots: number } | null; history: readonly object[] }>(shape: T): T {
  const rec = shape.current;
  if (!rec || rec.extraShots === 0) return shape;
  const done = { ...rec, extraShots: 0 };
  return { ...shape, current: done, history: [...shape.history.slice(0, -1), done] };
}

/** Enters a phase: the work that happens at its start, and its deadline. */
export function enter(s: GameState, phase: Phase, now: number): void {
  const rng = new Rng(s.rngState);
  s.phase = phase;
  if (phase === "aim") aim(s, rng);
  else if (phase === "pass") {
    s.lines = s.lines.map((l) => pass(s, l));
    if (s.network) passNetwork(s);
  } else if (phase === "coach") {
    coach(s, rng);
    if (s.network) coachNetwork(s, rng);
  }
  const seconds = phaseSeconds(phase, s.settings);
  s.deadline = seconds === null ? null : now + seconds * 1000;
  s.pausedRemaining = null;
  s.rngState = rng.state;
}

function aim(s: GameState, rng: Rng): void {
  s.round += 1;
  const { hoop, court } = s.settings;
  if (s.replayNext && s.round > 1) {
    // Same distance as last round: shows whether the fix worked.
  } else if (s.round <= hoop.fixedRounds) {
    s.distance = hoop.fixedDistance;
  } else {
    s.distance = Math.round(rng.uniform(court.minDistance, court.maxDistance) * 10) / 10;
  }
  s.replayNext = false;
  s.lines = s.lines.map((l) => ({
    ...l,
    current: null,
    neurons: l.neurons.map((n) => ({ ...n, adjusted: false, ready: false })),
  }));
  if (s.network) aimNetwork(s);
}

function pass(s: GameState, line: Line): Line {
  const params = {
    weights: line.neurons.map((n) => n.weight),
    biases: line.neurons.map((n) => n.bias),
    activation: s.settings.activation,
  };
  const shot = shoot(params, s.distance, s.settings.court);
  const record: ShotRecord = {
    round: s.round,
    distance: s.distance,
    power: shot.pass.power,
    landing: shot.landing,
    miss: shot.miss,
    hit: shot.hit,
    inputs: shot.pass.inputs,
    outputs: shot.pass.outputs,
    weights: params.weights,
    biases: params.biases,
    coach: null,
    votes: {},
    extraShots: 0,
  };
  return { ...line, current: record };
}

/** Each line's rule speaks: it proposes changes; where the line voted on blame, bots vote and every vote is scored. */
function coach(s: GameState, rng: Rng): void {
  const players = { ...s.players };
  s.lines = s.lines.map((line) => {
    const rec = line.current;
    if (!rec) return line;
    const rule = RULES[line.rule];
    const params = { weights: rec.weights, biases: rec.biases, activation: s.settings.activation };
    const proposal = rule.propose({
      line: params,
      feedback: line.feedback,
      shot: shoot(params, rec.distance, s.settings.court),
      court: s.settings.court,
      rate: s.settings.strictness * rule.rateScale,
      rng,
    });
    const report = coachReport(proposal.weightChanges, proposal.biasChanges, proposal.signals, blameShares(proposal.weightChanges));
    // A line with nobody to blame (a hit, or a rule that hands out no blame) had no vote: nothing to score.
    if (!lineVotes(line)) {
      const done: ShotRecord = { ...rec, coach: report, extraShots: proposal.extraShots };
      return finish(s, line, done);
    }
    const votes: Record<string, ScoredVote> = {};
    line.neurons.forEach((n, seat) => {
      if (n.playerId === null) votes[`bot:${seat}`] = scoreVote(botVote(report, seat, rng), report, seat);
    });
    for (const [id, v] of Object.entries(rec.votes)) {
      const p = players[id];
      if (!p) continue;
      const scored = scoreVote(v, report, p.seat);
      votes[id] = scored;
      players[id] = {
        ...p,
        score: p.score + votePoints(scored),
        votesCast: p.votesCast + 1,
        blameRight: p.blameRight + (scored.blameRight ? 1 : 0),
        directionRight: p.directionRight + (scored.directionRight ? 1 : 0),
      };
    }
    const done: ShotRecord = { ...rec, coach: report, votes, extraShots: proposal.extraShots };
    return finish(s, line, done);
  });
  s.players = players;
}

/** A line once its rule has spoken: the shot kept in its history, the streak of hits counted. */
function finish(s: GameState, line: Line, done: ShotRecord): Line {
  const streak = done.hit ? line.streak + 1 : 0;
  return {
    ...line,
    current: done,
    history: [...line.history, done].slice(-LIMITS.history),
    streak,
    learnedAt: line.learnedAt ?? (streak >= 3 ? s.round : null),
  };
}

/** The end of the adjust phase: bots and absent players follow the rule (or hold, by the settings); untouched dials follow it. */
function applyAdjustments(s: GameState): void {
  const rng = new Rng(s.rngState);
  s.lines = s.lines.map((line) => {
    const report = line.current?.coach;
    if (!report || !line.current) return line;
    const shotWeights = line.current.weights;
    const shotBiases = line.current.biases;
    return {
      ...line,
      neurons: line.neurons.map((n, i) => {
        const bot = playedByBot(s, n);
        // Bots told to hold keep their dials: only people move the line.
        if (bot && s.settings.bots === "hold") return { ...n, weight: at(shotWeights, i), bias: at(shotBiases, i) };
        // A bot follows its rule with a little human-like wobble; an untouched dial follows it exactly.
        const wobble = bot && n.playerId === null ? 1 + 0.1 * rng.gaussian() : 1;
        const weight = n.adjusted && !bot ? n.weight : clampParam(at(shotWeights, i) + at(report.weightChanges, i) * wobble);
        // Excitability follows the rule unless the player turned that dial too (adjust's optional bias).
        const bias = n.adjusted && !bot && n.bias !== at(shotBiases, i) ? n.bias : clampParam(at(shotBiases, i) + at(report.biasChanges, i));
        return { ...n, weight, bias };
      }),
    };
  });
  if (s.network) adjustNetwork(s, rng);
  s.rngState = rng.state;
}
