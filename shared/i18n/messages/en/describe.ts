// The screen reader's story (shared/game/describe.ts): what happens on the court, in order, from the
// engine's numbers. {who, select, you {...} other {...}} names "you" or a neuron by its number.
export const describe = {
  "describe.aim": "Shot {round} of {rounds}. The hoop is {distance, number, ::.0} metres away.",
  "describe.pass.start":
    "{to, select, you {The ball starts with you: {input, number, ::.00} in, you pass {output, number, ::.00} on.} other {The ball starts at neuron {toSeat}: {input, number, ::.00} in, {output, number, ::.00} on.}}",
  "describe.pass":
    "The ball goes from {from, select, you {you} other {neuron {fromSeat}}} to {to, select, you {you: {input, number, ::.00} in, you pass {output, number, ::.00} on.} other {neuron {toSeat}: {input, number, ::.00} in, {output, number, ::.00} on.}}",
  "describe.pass.skip": "The ball goes on through neurons {first} to {last}.",
  "describe.shoot": "{who, select, you {You shoot} other {Neuron {seat} shoots}} with power {power, number, ::.00}.",
  "describe.land.miss":
    "The shot lands {unit, select, cm {{size, plural, one {# centimetre} other {# centimetres}}} other {{size, plural, one {# metre} other {# metres}}}} {side, select, short {short} other {long}}.",
  "describe.land.hit":
    "In! The ball lands {unit, select, cm {{size, plural, one {# centimetre} other {# centimetres}}} other {{size, plural, one {# metre} other {# metres}}}} from the middle of the hoop.",
  "describe.back.skip": "{teller, select, coach {The coach walks on past} other {It travels on past}} neurons {first} to {last}.",
  "describe.told.coach":
    "The coach reaches {who, select, you {you} other {neuron {seat}}}: {share, number, ::percent} of the blame, grip {dir, select, firmer {firmer} other {looser}}. The note is {size}.",
  "describe.told.coach.hit": "The coach reaches {who, select, you {you} other {neuron {seat}}} with a {size} note: grip {dir, select, firmer {firmer} other {looser}}.",
  "describe.told.wires":
    "A note reaches {who, select, you {you} other {neuron {seat}}} over the feedback wire: {share, number, ::percent} of the blame, grip {dir, select, firmer {firmer} other {looser}}. The note is {size}.",
  "describe.told.wires.hit": "A {size} note reaches {who, select, you {you} other {neuron {seat}}} over the feedback wire: grip {dir, select, firmer {firmer} other {looser}}.",
  "describe.told.nudge":
    "The nudge reaches {who, select, you {you} other {neuron {seat}}}: firing {before, number, ::.00} becomes {after, number, ::.00}. That works out as {share, number, ::percent} of the blame: grip {dir, select, firmer {firmer} other {looser}}.",
  "describe.told.nudge.hit":
    "The nudge reaches {who, select, you {you} other {neuron {seat}}}: firing {before, number, ::.00} becomes {after, number, ::.00}, so grip {dir, select, firmer {firmer} other {looser}}.",
  "describe.second":
    "The second shot lands {unit, select, cm {{size, plural, one {# centimetre} other {# centimetres}}} other {{size, plural, one {# metre} other {# metres}}}} {side, select, short {short} long {long} other {from the middle}}: {kept, select, yes {closer, so everyone keeps their wiggle.} other {farther, so everyone goes the other way instead.}}",
  "describe.told.wiggle":
    "{who, select, you {You} other {Neuron {seat}}} wiggled {wiggle, select, firmer {firmer} other {looser}}: {verdict, select, kept {kept.} reversed {turned the other way.} other {no change.}}",
  "describe.told.together":
    "{who, select, you {You} other {Neuron {seat}}} and {before, select, start {the ball's start} you {you} other {neuron {beforeSeat}}} {how, select, strong {fired together strongly} bit {fired together a bit} hardly {hardly fired together} other {fired apart, one up and one down}}: the grip {grows, select, yes {grows} other {fades}}.",
  "describe.adjust":
    "Your turn: your handshake was {before, number, ::.000}. {teller, select, coach {The coach suggests} wires {The note on the wire suggests} nudge {The nudge suggests} wiggle {Your wiggle makes it} other {The firing makes it}} {after, number, ::.000}.",
  "describe.summary": "Game over: {hits, plural, one {# hit} other {# hits}} in {shots, plural, one {# shot} other {# shots}}.",
  "describe.screen.shot": "Shot {round} of {rounds}. The hoop is {distance, number, ::.0} metres away.",
  "describe.screen.seat":
    "You are neuron {seat} of {count}. {place, select, first {The ball starts with you and you pass it to neuron {next}.} last {You get the ball from neuron {prev} and you shoot.} only {You take the ball and shoot.} other {You get the ball from neuron {prev} and pass it to neuron {next}.}}",
  "describe.screen.watch": "You are watching a line of {count} neurons.",
  "describe.screen.rule": "The rule: {title}.",
  "describe.screen.weight": "Your handshake: {weight, number, ::.00}.",
  "describe.screen.phase":
    "Now: {phase, select, lobby {waiting to start} aim {the hoop is set} pass {the ball is passing} shot {the shot} vote {the vote} coach {{step}} adjust {everyone turns their handshake} other {the game is over}}.",
} as const satisfies Record<string, string>;
