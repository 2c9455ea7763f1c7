// The game's own sentences from shared/game and shared/protocol: the lobby's line, the race's winner,
// the race presets, how the note fared on its way back, and why the game refused something.
export const game = {
  // The projector's lobby line ("17 joined · 3 lines · 1 free seat").
  "game.lobby.joined": "{joined, plural, other {# joined}}",
  "game.lobby.lines": "{lines, plural, one {# line} other {# lines}}",
  "game.lobby.free": "{free, plural, one {# free seat} other {# free seats}}",
  "game.lobby.grows": "the next to join opens a new line",
  "game.lobby.full": "full: allow more or longer lines in Settings",

  // A bot's name on screen: the word for a bot, and its own name from shared/game/names/words.ts ("Bot Spark").
  "game.botName": "Bot {name}",

  // The race's winner, in one sentence.
  "game.race.line": "line {line, number} ({title})",
  "game.race.first": "{names} learned it first, 3 in a row at shot {shot, number}: {why}.",
  "game.race.tiedSame": "{names} tied, 3 in a row at shot {shot, number}: {why}.",
  "game.race.tiedMixed": "{names} tied, 3 in a row at shot {shot, number}, so on this hoop their rules did equally well.",
  "game.race.closest":
    "No line hit 3 in a row; {names} came closest, {count, plural, one {its} other {their}} last shots missing by {metres, number, ::.0} m on average.",
  "game.race.none": "No shot yet: the race has not started.",
  "game.race.why.backprop": "the coach told every neuron its own share of the blame and which way to turn",
  "game.race.why.feedback-alignment":
    "its notes about the miss came back over fixed random wires, rough, but this time they pointed the right way often enough",
  "game.race.why.activity-difference":
    "a nudge at the end rippled back and each neuron learned from how its own firing changed, close to what a coach would say",
  "game.race.why.trial-and-error": "its random wiggles were kept whenever a second shot landed closer, which works but wastes most wiggles",
  "game.race.why.fire-together": "its partners gripped harder when they fired together; it never hears about the miss, so this was luck with the hoop",

  // The races a teacher can pick.
  "game.preset.coach-vs-trial.name": "Coach vs trial and error",
  "game.preset.coach-vs-trial.why":
    "Two lines of 12 aim at a far hoop: the coach's line gets 3 in a row in about 6 shots, random wiggles need twice as many or never get there.",
  "game.preset.brain-lab-four.name": "Brain lab: four rules",
  "game.preset.brain-lab-four.why":
    "Four lines of 6, one far hoop: the coach's exact blame comes first, nudge and compare close behind, random wiggles and the separate wires much later.",

  // How the note (or the nudge) fared on its way back down the line.
  "game.signal.silent": "neuron {seat, number} is not firing at all, and lets nothing through",
  "game.signal.flatOut": "neuron {seat, number} is firing flat out, as hard as it can, and hardly anything gets through it",
  "game.signal.fadingStuck": "The {signal, select, nudge {nudge} other {note}} got tiny by the time it reached neuron 1: {why}. So the front of the line hardly learns.",
  "game.signal.fadingSlopes":
    "The {signal, select, nudge {nudge} other {note}} got tiny by the time it reached neuron 1: every neuron it passed on the way back let only part of it through (the harder a neuron fires, the less), and the parts multiply. So the front of the line hardly learns.",
  "game.signal.fadingLinks":
    "The {signal, select, nudge {nudge} other {note}} got tiny by the time it reached neuron 1: the {links, select, wires {wires} other {handshakes}} it crossed on the way back are weak, and each one shrank it. So the front of the line hardly learns.",
  "game.signal.exploding":
    "The {signal, select, nudge {nudge} other {note}} grew huge by the time it reached neuron 1: the {links, select, wires {wires} other {handshakes}} it crossed on the way back are strong, and each one made it bigger. So the front of the line will jump too far.",
  "game.signal.stuck":
    "Stuck: {why}. Turning its handshake hardly changes its firing, so the {signal, select, nudge {nudge} other {note}} shrinks there.",

  // What a refused value was (the start of "... must be a number").
  "game.what.line": "The line",
  "game.what.seat": "The seat",
  "game.what.lineLength": "Line length",
  "game.what.teams": "Number of lines",
  "game.what.maxTeams": "The most lines",
  "game.what.strictness": "The coach's strictness",
  "game.what.voteSeconds": "The vote timer",
  "game.what.adjustSeconds": "The adjust timer",
  "game.what.maxRounds": "The number of shots",
  "game.what.fixedRounds": "Shots at a fixed hoop",
  "game.what.distance": "The hoop's distance",
  "game.what.minWeight": "The smallest starting handshake",
  "game.what.maxWeight": "The largest starting handshake",
  "game.what.seed": "The seed",
  "game.what.blame": "The neuron you blame",
  "game.what.weight": "Your handshake",
  "game.what.bias": "Your excitability",
  "game.what.layerWidth": "Layer width",
  "game.what.handshake": "The handshake you blame",

  // Why the game refused something.
  "game.refuse.number": "{what} must be a number.",
  "game.refuse.range": "{what} must be between {min, number, ::.########## group-off} and {max, number, ::.########## group-off}.",
  "game.refuse.whole": "{what} must be a whole number.",
  "game.refuse.trueFalse": "{field} must be true or false.",
  "game.refuse.oneOf": "{field} must be \"{a}\" or \"{b}\".",
  "game.refuse.object": "{field} must be an object.",
  "game.refuse.noId": "A player needs an id.",
  "game.refuse.alreadySeated": "You already have a seat.",
  "game.refuse.locked": "This class is locked: ask your teacher to unlock it.",
  "game.refuse.nameNotText": "A nickname must be text.",
  "game.refuse.banned": "Your teacher removed that name from this class.",
  "game.refuse.nameTaken": "Someone here is already called {name}. Try another nickname.",
  "game.refuse.full":
    "This class is full ({lines, plural, one {# line} other {# lines}} of {length, number}): ask your teacher to allow more lines or longer lines.",
  "game.refuse.settingsObject": "Settings must be an object.",
  "game.refuse.unknownSetting": "Unknown setting \"{key}\".",
  "game.refuse.shape": "The line's shape can only change in the lobby or after the game.",
  "game.refuse.unknownActivation": "Unknown activation \"{name}\".",
  "game.refuse.rulesList": "rules must be a list of {min, number} to {max, number} learning rules.",
  "game.refuse.unknownRule": "Unknown learning rule \"{name}\".",
  "game.refuse.court": "The court cannot be changed in a running game.",
  "game.refuse.tooMany":
    "{people, plural, one {# player needs} other {# players need}} {need, plural, one {# line} other {# lines}} of {length, number}, but the class may have at most {cap, number}.",
  "game.refuse.noSeats": "There are not enough seats for everyone here.",
  "game.refuse.notObject": "An action must be an object.",
  "game.refuse.unknownPlayer": "That player is not in this game.",
  "game.refuse.unbanWho": "Say which name to let back in.",
  "game.refuse.notBanned": "That name was not removed from this class.",
  "game.refuse.started": "The game has already started.",
  "game.refuse.noNext": "There is no next phase in the {phase, select, lobby {lobby} other {summary}}.",
  "game.refuse.nothingToPause": "Nothing is running to pause.",
  "game.refuse.notPaused": "The game is not paused.",
  "game.refuse.ended": "The game has already ended.",
  "game.refuse.readyWhen": "You can only say you are done while adjusting.",
  "game.refuse.unknownAction": "Unknown action \"{type}\".",
  "game.refuse.notHost": "Only the host can do that.",
  "game.refuse.notSeated": "You do not have a seat in this game.",
  "game.refuse.voteClosed": "Voting is closed right now.",
  "game.refuse.paused": "The game is paused.",
  "game.refuse.direction": "The direction must be \"firmer\" or \"looser\".",
  "game.refuse.noShot": "There is no shot to vote on.",
  "game.refuse.noVote": "Your line has nobody to blame this time: no vote.",
  "game.refuse.alreadyVoted": "You have already voted this round.",
  "game.refuse.adjustWhen": "You can only turn your dial while adjusting.",
  "game.refuse.unknownMessage": "Unknown message type {type}.",
  "game.refuse.badMessage": "Bad \"{type}\" message: {where}{text}",
  // One network instead of lines (Settings.shape "network").
  "game.refuse.networkFull": "Every neuron in this network is taken ({seats, number} seats): ask your teacher for more or wider layers.",
  "game.refuse.networkTooBig":
    "A network can have at most {max, number} neurons, but {layers, plural, one {# layer} other {# layers}} of {width, number} and a shooter make {seats, number}.",
  "game.refuse.networkTooSmall":
    "There are {people, number} people here, but {layers, plural, one {# layer} other {# layers}} of {width, number} and a shooter make only {seats, number} seats.",
  "game.refuse.netVoteWhich": "Say which of your handshakes carries the blame.",
  "game.refuse.netVoteNotNeuron": "Your class is one network: vote for one of your own handshakes, not for a neuron.",
  "game.refuse.netVoteBoth": "Vote for one of your handshakes only, not for a neuron as well.",
  "game.refuse.netNoVote": "Your network has nobody to blame this time: no vote.",
  "game.refuse.netAdjustNone": "{n, plural, one {Send the new value of your handshake.} other {Send the new values of your # handshakes.}}",
  "game.refuse.netAdjustOne": "Your class is one network: send a list of {n, plural, one {# handshake} other {# handshakes}}, not a single one.",
  "game.refuse.netAdjustBoth": "Send your handshakes as one list, not a single one as well.",
  "game.refuse.netAdjustList": "Your handshakes must be a list of {n, plural, one {# number} other {# numbers}}.",
  "game.refuse.netAdjustLength": "Your neuron has {n, plural, one {# handshake} other {# handshakes}}, so send {n, number} values, not {got, number}.",
  "game.refuse.lineVoteWhich": "Say which neuron you blame.",
  "game.refuse.lineVoteHandshake": "Your class plays in lines: vote for the neuron you blame, not for a handshake.",
  "game.refuse.lineAdjustNone": "Send the new value of your handshake.",
  "game.refuse.lineAdjustList": "Your class plays in lines: send your one handshake, not a list.",
} as const satisfies Record<string, string>;
