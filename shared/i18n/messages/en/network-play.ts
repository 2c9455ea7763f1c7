// A class played as one network: the host's shape choice, the lobby line, the student's neighbours,
// handshake vote and dials, the projector's captions and the screen reader's sentences for a network.
// `{teller}` keys select on who suggests the change (coach, wires, nudge, wiggle, firing), never on words.
export const networkPlay = {
  // The host's settings form.
  "netplay.settings.shape": "How the class plays",
  "netplay.settings.lines": "In lines (teams)",
  "netplay.settings.network": "As one network: the whole class is one brain",
  "netplay.settings.layers": "Layers before the shooter",
  "netplay.settings.width": "Neurons in each layer",
  "netplay.settings.seats":
    "{layers, plural, one {# layer} other {# layers}} of {width, number} and a shooter: {seats, plural, one {# seat} other {# seats}}",
  "netplay.settings.tooMany": "That is more than {max, number} seats: use fewer or narrower layers.",
  "netplay.settings.rule": "The network's learning rule",

  // The projector's lobby line in network shape.
  "netplay.lobby.network": "one network of {seats, plural, one {# neuron} other {# neurons}}",
  "netplay.lobby.full": "full: every neuron has a person (add a layer or widen them in Settings)",

  // The student's device: where I sit and my neighbours.
  "netplay.head.seat": "Layer {layer, number} of {layers, number} · neuron {index, number} of {width, number}",
  "netplay.head.shooter": "The shooter (last layer)",
  "netplay.neighbours.label": "Your neighbours",
  "netplay.in.legend": "Handed to you",
  "netplay.in.distance": "The hoop's distance",
  "netplay.in.distanceShort": "Distance",
  "netplay.col.from": "From",
  "netplay.col.value": "Gave",
  "netplay.col.handshake": "Your handshake",
  "netplay.me.excitability": "Your excitability",
  "netplay.me.out": "You passed on",
  "netplay.out.to": "You pass on to: {names}",
  "netplay.out.shoot": "You shoot at the hoop.",
  "netplay.wait.network": "You are one neuron of the class's network.",
  "netplay.wait.alone": "You are one neuron of this network. Every other neuron is a bot.",
  "netplay.wait.pass": "The ball is passing through the network…",

  // The vote on my own handshakes.
  "netplay.vote.question":
    "{teller, select, coach {Which of your handshakes will the coach blame most?} wires {Which of your handshakes will the wires' notes blame most?} nudge {Which of your handshakes will the nudge blame most?} other {Which of your handshakes carries the blame?}}",
  "netplay.vote.pick": "Blame your handshake with {name} (gave {value})",
  "netplay.vote.way": "Which way should it turn?",
  "netplay.vote.one": "You have only one handshake, so there is nothing to pick: just say which way it should turn.",
  "netplay.vote.result":
    "Your vote: {handshake, select, right {{teller, select, wires {the handshake the wires blamed most} nudge {the handshake the nudge blamed most} other {the right handshake}}} other {{teller, select, coach {the coach} wires {the wires} other {the nudge}} blamed another one more}}, {direction, select, right {{teller, select, wires {the way the wires said} nudge {the way the nudge said} other {the right way}}} other {the other way}}.",
  "netplay.vote.resultWay":
    "Your vote: {direction, select, right {{teller, select, wires {the way the wires said} nudge {the way the nudge said} other {the right way}}} other {the other way}}.",

  // After the rule's step: its suggestion per handshake.
  "netplay.coach.legend": "What {teller, select, coach {the coach suggests} wires {the wires' notes suggest} nudge {the nudge suggests} wiggle {the second shot does} other {firing together does}}",
  "netplay.coach.none": "no change",
  "netplay.coach.tiny": "almost no change",
  "netplay.coach.most": "changed most",

  // The dials: one per handshake and the excitability.
  "netplay.adjust.legend": "Turn your dials",
  "netplay.adjust.followAll": "Follow all",
  "netplay.adjust.keepAll": "Keep all",
  "netplay.dial.handshake": "Your handshake with {name}",
  "netplay.dial.excitability": "Your excitability",
  "netplay.dial.looser": "Looser: {what}",
  "netplay.dial.firmer": "Firmer: {what}",
  "netplay.dial.suggest": "{mark}: {change}",
  "netplay.dial.markChange": "change",
  "netplay.adjust.followChange": "Turn every dial by the change the second shot gives",

  // The projector's captions for one network.
  "netplay.caption.lobby":
    "The whole class is one network: each of you is a neuron. You see only your neighbours: the neurons that hand you the ball, and those you pass it on to.",
  "netplay.caption.pass": "The ball goes through the network layer by layer: each neuron adds up what its neighbours hand it, each times its handshake, plus its excitability.",
  "netplay.caption.vote":
    "{metres} m {side, select, short {short} other {long}}. On your phone: which of your own handshakes carries the blame? {waiting, plural, =0 {Everyone has voted.} other {# still voting.}}",
  "netplay.caption.noVote": "{metres} m {side, select, short {short} other {long}}. {noVote}",
  "netplay.caption.coach":
    "{teller, select, coach {The coach walks back layer by layer: its note splits along every handshake.} wires {The notes travel back layer by layer on their own wires, not on the handshakes.} nudge {A nudge spreads back through the layers; each neuron compares how it fires.} wiggle {Every neuron wiggled and the network shot again.} other {Nobody hears about the miss: neurons that fired together grip harder.}} {seat, select, none {} other {{teller, select, wires {Neuron {name} gets the biggest part of the wires' note ({share}%).} nudge {Neuron {name} gets the biggest part of the nudge ({share}%).} other {Neuron {name} carries most of the blame ({share}%).}}}}",
  "netplay.caption.adjust": "Turn your handshakes on your phone, or leave them: the rule ({title}) sets them for you. {done, number} of {people, number} done.",
  "netplay.caption.learned": "The network learned it: 3 in a row!",

  // The screen reader's sentences for one network.
  "netplay.describe.seat":
    "{shooter, select, yes {You are the shooter, the last neuron of the network.} other {You are neuron {index, number} of {width, number} in layer {layer, number} of {layers, number} before the shooter.}} {first, select, yes {You are given the distance to the hoop} other {{before, plural, one {One neighbour hands you the ball} other {# neighbours hand you the ball}}}}; {after, plural, =0 {you shoot at the hoop} one {you pass the ball on to one neighbour} other {you pass the ball on to # neighbours}}.",
  "netplay.describe.in": "{name} gave you {value, number, ::.000}; your handshake with them is {weight, number, ::.000}.",
  "netplay.describe.inDistance":
    "The hoop's distance ({metres, number} m) comes in as {value, number, ::.000} ({near, number} m would be {low, number}, {far, number} m would be {high, number}); your handshake with it is {weight, number, ::.000}.",
  "netplay.describe.out": "You passed on {value, number, ::.000}.",
  "netplay.describe.suggest":
    "{teller, select, coach {The coach turns} wires {The wires' note turns} nudge {The nudge turns} wiggle {Your wiggle turns} other {Firing together turns}} your handshake with {name} {dir, select, firmer {firmer} other {looser}} by {change, number, ::.000###}.{most, select, yes { This is the biggest change of all your handshakes.} other {}}",
  "netplay.describe.vote":
    "{count, plural, one {Vote: you have only one handshake, so there is nothing to pick. Which way should it turn?} other {Vote: which of your # handshakes carries the blame, and which way should it turn?}}",
  "netplay.describe.second":
    "Everyone wiggled and the network shot a second time. That shot lands {unit, select, cm {{size, plural, one {# centimetre} other {# centimetres}}} other {{size, plural, one {# metre} other {# metres}}}} {side, select, short {short} long {long} other {from the middle}}: {kept, select, kept {closer, so everyone keeps their wiggle.} reversed {farther, so everyone goes the other way from their wiggle.} other {just as close, so nothing changes.}}",
  "netplay.describe.suggestWiggle":
    "So your handshake with {name} turns {dir, select, firmer {firmer} other {looser}} by {change, number, ::.000###}: {kept, select, kept {the way you wiggled it} other {the other way from your wiggle}}.{most, select, yes { This is the biggest change of all your handshakes.} other {}}",
  "netplay.describe.still":
    "{teller, select, coach {The coach leaves} wires {The wires' note leaves} nudge {The nudge leaves} wiggle {The second shot leaves} other {Firing together leaves}} your handshake with {name} {exact, select, yes {as it is: no change.} other {almost as it is: it changes by less than {limit, number}.}}",

  // The projector's map when some voters had one handshake only (nothing to pick, only the way).
  "netplay.match.way":
    "{name} has one handshake: {direction, select, right {{teller, select, wires {turned the way the wires said} nudge {turned the way the nudge said} other {right way}}} other {{teller, select, wires {the wires turned it the other way} nudge {the nudge turned it the other way} other {wrong way}}}}",
  "netplay.match.summary":
    "{choosers, plural, =0 {Every voter has only one handshake, so there was no handshake to pick.} other {{right, number} of {choosers, plural, one {# neighbourhood} other {# neighbourhoods}} with more than one handshake picked the handshake {teller, select, wires {the wires blamed most} nudge {the nudge blamed most} other {the coach blamed most}}.}} {turned, number} of {total, number} picked the way {teller, select, wires {the wires turned it} nudge {the nudge turned it} other {the coach turned it}}.",

  // The student's end screen in a network: their votes against the rule, and their neuron's average share.
  "netplay.summary.votes":
    "{teller, select, wires {Your votes: the handshake the wires blamed most {handshake, number} of {votes, plural, one {# time} other {# times}}; the way the wires said {direction, number} of {votes, plural, one {# time} other {# times}}.} nudge {Your votes: the handshake the nudge blamed most {handshake, number} of {votes, plural, one {# time} other {# times}}; the way the nudge said {direction, number} of {votes, plural, one {# time} other {# times}}.} other {Your votes: the right handshake {handshake, number} of {votes, plural, one {# time} other {# times}}; the right way {direction, number} of {votes, plural, one {# time} other {# times}}.}}",
  "netplay.summary.ways":
    "{choices, plural, =0 {You had only one handshake, so you voted only on the way: {teller, select, wires {the way the wires said} nudge {the way the nudge said} other {the right way}} {direction, number} of {votes, plural, one {# time} other {# times}}.} other {Your votes: {teller, select, wires {the handshake the wires blamed most} nudge {the handshake the nudge blamed most} other {the right handshake}} {handshake, number} of the {choices, plural, one {# time} other {# times}} you had more than one to pick from; {teller, select, wires {the way the wires said} nudge {the way the nudge said} other {the right way}} {direction, number} of {votes, plural, one {# time} other {# times}}.}}",
  "netplay.summary.share":
    "{teller, select, wires {After a miss, your neuron got {share, number, percent} of the wires' note on average.} nudge {After a miss, your neuron got {share, number, percent} of the nudge on average.} other {After a miss, your neuron carried {share, number, percent} of the blame on average.}}",
} as const satisfies Record<string, string>;
