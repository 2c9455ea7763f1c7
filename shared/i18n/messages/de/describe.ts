import type { AreaMessages } from "../en";
import type { describe as source } from "../en/describe";

/** The screen reader's story, in German. */
export const describe: AreaMessages<typeof source> = {
  "describe.aim": "Wurf {round} von {rounds}. Der Korb ist {distance, number, ::.0} Meter entfernt.",
  "describe.pass.start":
    "{to, select, you {Der Ball beginnt bei dir: {input, number, ::.00} kommt rein, du gibst {output, number, ::.00} weiter.} other {Der Ball beginnt bei Neuron {toSeat}: {input, number, ::.00} rein, {output, number, ::.00} raus.}}",
  "describe.pass":
    "Der Ball geht von {from, select, you {dir} other {Neuron {fromSeat}}} zu {to, select, you {dir: {input, number, ::.00} kommt rein, du gibst {output, number, ::.00} weiter.} other {Neuron {toSeat}: {input, number, ::.00} rein, {output, number, ::.00} raus.}}",
  "describe.pass.skip": "Der Ball geht weiter durch die Neuronen {first} bis {last}.",
  "describe.shoot": "{who, select, you {Du wirfst} other {Neuron {seat} wirft}} mit der Kraft {power, number, ::.00}.",
  "describe.land.miss":
    "Der Wurf landet {unit, select, cm {{size, plural, one {# Zentimeter} other {# Zentimeter}}} other {{size, plural, one {# Meter} other {# Meter}}}} zu {side, select, short {kurz} other {weit}}.",
  "describe.land.hit":
    "Drin! Der Ball landet {unit, select, cm {{size, plural, one {# Zentimeter} other {# Zentimeter}}} other {{size, plural, one {# Meter} other {# Meter}}}} von der Mitte des Korbs entfernt.",
  "describe.back.skip": "{teller, select, coach {Der Trainer geht weiter an} other {Es reist weiter an}} den Neuronen {first} bis {last} vorbei.",
  "describe.told.coach":
    "Der Trainer erreicht {who, select, you {dich} other {Neuron {seat}}}: {share, number, ::percent} der Schuld, Griff {dir, select, firmer {fester} other {lockerer}}. Der Zettel ist {size}.",
  "describe.told.coach.hit":
    "Der Trainer erreicht {who, select, you {dich} other {Neuron {seat}}} mit einem Zettel (Größe: {size}): Griff {dir, select, firmer {fester} other {lockerer}}.",
  "describe.told.wires":
    "Ein Zettel erreicht {who, select, you {dich} other {Neuron {seat}}} über den Rückmelde-Draht: {share, number, ::percent} der Schuld, Griff {dir, select, firmer {fester} other {lockerer}}. Der Zettel ist {size}.",
  "describe.told.wires.hit":
    "Ein Zettel (Größe: {size}) erreicht {who, select, you {dich} other {Neuron {seat}}} über den Rückmelde-Draht: Griff {dir, select, firmer {fester} other {lockerer}}.",
  "describe.told.nudge":
    "Der Schubs erreicht {who, select, you {dich} other {Neuron {seat}}}: Das Feuern geht von {before, number, ::.00} auf {after, number, ::.00}. Das ergibt {share, number, ::percent} der Schuld: Griff {dir, select, firmer {fester} other {lockerer}}.",
  "describe.told.nudge.hit":
    "Der Schubs erreicht {who, select, you {dich} other {Neuron {seat}}}: Das Feuern geht von {before, number, ::.00} auf {after, number, ::.00}, also Griff {dir, select, firmer {fester} other {lockerer}}.",
  "describe.second":
    "Der zweite Wurf landet {unit, select, cm {{size, plural, one {# Zentimeter} other {# Zentimeter}}} other {{size, plural, one {# Meter} other {# Meter}}}} {side, select, short {zu kurz} long {zu weit} other {von der Mitte entfernt}}: {kept, select, yes {näher, also behalten alle ihren Wackler.} other {weiter weg, also drehen alle stattdessen in die andere Richtung.}}",
  "describe.told.wiggle":
    "{who, select, you {Du hast} other {Neuron {seat} hat}} {wiggle, select, firmer {fester} other {lockerer}} gewackelt: {verdict, select, kept {behalten.} reversed {umgedreht.} other {keine Änderung.}}",
  "describe.told.together":
    "{who, select, you {Du} other {Neuron {seat}}} und {before, select, start {der Start des Balls} you {du} other {Neuron {beforeSeat}}}: {how, select, strong {stark gemeinsam gefeuert} bit {ein bisschen gemeinsam gefeuert} hardly {kaum gemeinsam gefeuert} other {gegeneinander gefeuert, eines hoch und eines runter}}; der Griff {grows, select, yes {wird stärker} other {lässt nach}}.",
  "describe.adjust":
    "Du bist dran: Dein Händedruck war {before, number, ::.000}. {teller, select, coach {Der Trainer schlägt vor:} wires {Der Zettel auf dem Draht schlägt vor:} nudge {Der Schubs schlägt vor:} wiggle {Dein Wackler macht daraus} other {Das Feuern macht daraus}} {after, number, ::.000}.",
  "describe.summary": "Spiel vorbei: {hits, plural, one {# Treffer} other {# Treffer}} in {shots, plural, one {# Wurf} other {# Würfen}}.",
  "describe.screen.shot": "Wurf {round} von {rounds}. Der Korb ist {distance, number, ::.0} Meter entfernt.",
  "describe.screen.seat":
    "Du bist Neuron {seat} von {count}. {place, select, first {Der Ball beginnt bei dir und du gibst ihn an Neuron {next} weiter.} last {Du bekommst den Ball von Neuron {prev} und wirfst.} only {Du nimmst den Ball und wirfst.} other {Du bekommst den Ball von Neuron {prev} und gibst ihn an Neuron {next} weiter.}}",
  "describe.screen.watch": "Du schaust einer Reihe von {count} Neuronen zu.",
  "describe.screen.rule": "Die Regel: {title}.",
  "describe.screen.weight": "Dein Händedruck: {weight, number, ::.00}.",
  "describe.screen.phase":
    "Jetzt: {phase, select, lobby {Warten auf den Start} aim {der Korb steht} pass {der Ball wird weitergegeben} shot {der Wurf} vote {die Abstimmung} coach {{step}} adjust {alle drehen an ihrem Händedruck} other {das Spiel ist vorbei}}.",
};
