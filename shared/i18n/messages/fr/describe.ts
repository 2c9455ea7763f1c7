import type { AreaMessages } from "../en";
import type { describe as source } from "../en/describe";

/** The screen reader's story, in French. */
export const describe: AreaMessages<typeof source> = {
  "describe.aim": "Tir {round} sur {rounds}. Le panier est à {distance, number, ::.0} mètres.",
  "describe.pass.start":
    "{to, select, you {Le ballon part de toi : {input, number, ::.00} reçu, tu passes {output, number, ::.00}.} other {Le ballon part du neurone {toSeat} : {input, number, ::.00} reçu, {output, number, ::.00} envoyé.}}",
  "describe.pass":
    "Le ballon va {from, select, you {de toi} other {du neurone {fromSeat}}} {to, select, you {à toi : {input, number, ::.00} reçu, tu passes {output, number, ::.00}.} other {au neurone {toSeat} : {input, number, ::.00} reçu, {output, number, ::.00} envoyé.}}",
  "describe.pass.skip": "Le ballon continue par les neurones {first} à {last}.",
  "describe.shoot": "{who, select, you {Tu tires} other {Le neurone {seat} tire}} avec une puissance de {power, number, ::.00}.",
  "describe.land.miss":
    "Le tir tombe {unit, select, cm {{size, plural, one {# centimètre} other {# centimètres}}} other {{size, plural, one {# mètre} other {# mètres}}}} trop {side, select, short {court} other {long}}.",
  "describe.land.hit":
    "Dedans ! Le ballon tombe à {unit, select, cm {{size, plural, one {# centimètre} other {# centimètres}}} other {{size, plural, one {# mètre} other {# mètres}}}} du centre du panier.",
  "describe.back.skip": "{teller, select, coach {L’entraîneur passe devant} other {Ça passe devant}} les neurones {first} à {last}.",
  "describe.told.coach":
    "L’entraîneur arrive {who, select, you {vers toi} other {au neurone {seat}}} : {share, number, ::percent} de la faute, poignée {dir, select, firmer {plus ferme} other {plus souple}}. La note est {size}.",
  "describe.told.coach.hit":
    "L’entraîneur arrive {who, select, you {vers toi} other {au neurone {seat}}} avec une note {size} : poignée {dir, select, firmer {plus ferme} other {plus souple}}.",
  "describe.told.wires":
    "Une note arrive {who, select, you {jusqu’à toi} other {au neurone {seat}}} par le fil de retour : {share, number, ::percent} de la faute, poignée {dir, select, firmer {plus ferme} other {plus souple}}. La note est {size}.",
  "describe.told.wires.hit":
    "Une note {size} arrive {who, select, you {jusqu’à toi} other {au neurone {seat}}} par le fil de retour : poignée {dir, select, firmer {plus ferme} other {plus souple}}.",
  "describe.told.nudge":
    "Le coup de pouce arrive {who, select, you {jusqu’à toi} other {au neurone {seat}}} : l’activité passe de {before, number, ::.00} à {after, number, ::.00}. Cela fait {share, number, ::percent} de la faute : poignée {dir, select, firmer {plus ferme} other {plus souple}}.",
  "describe.told.nudge.hit":
    "Le coup de pouce arrive {who, select, you {jusqu’à toi} other {au neurone {seat}}} : l’activité passe de {before, number, ::.00} à {after, number, ::.00}, donc poignée {dir, select, firmer {plus ferme} other {plus souple}}.",
  "describe.second":
    "Le deuxième tir tombe {unit, select, cm {{size, plural, one {à # centimètre} other {à # centimètres}}} other {{size, plural, one {à # mètre} other {à # mètres}}}} {side, select, short {trop court} long {trop long} other {du centre}} : {kept, select, yes {plus près, donc tout le monde garde sa secousse.} other {plus loin, donc tout le monde va dans l’autre sens.}}",
  "describe.told.wiggle":
    "{who, select, you {Ta secousse} other {La secousse du neurone {seat}}} allait vers {wiggle, select, firmer {plus ferme} other {plus souple}} : {verdict, select, kept {gardée.} reversed {inversée.} other {pas de changement.}}",
  "describe.told.together":
    "{who, select, you {Toi} other {Le neurone {seat}}} et {before, select, start {le départ du ballon} you {toi} other {le neurone {beforeSeat}}} : {how, select, strong {activés ensemble, fort} bit {activés ensemble, un peu} hardly {à peine activés ensemble} other {activés à l’opposé, l’un en haut, l’autre en bas}} ; la poignée {grows, select, yes {grandit} other {se relâche}}.",
  "describe.adjust":
    "À toi : ta poignée de main était {before, number, ::.000}. {teller, select, coach {L’entraîneur propose} wires {La note du fil propose} nudge {Le coup de pouce propose} wiggle {Ta secousse la met à} other {L’activité la met à}} {after, number, ::.000}.",
  "describe.summary": "Partie terminée : {hits, plural, one {# panier} other {# paniers}} en {shots, plural, one {# tir} other {# tirs}}.",
  "describe.screen.shot": "Tir {round} sur {rounds}. Le panier est à {distance, number, ::.0} mètres.",
  "describe.screen.seat":
    "Tu es le neurone {seat} sur {count}. {place, select, first {Le ballon part de toi et tu le passes au neurone {next}.} last {Tu reçois le ballon du neurone {prev} et tu tires.} only {Tu prends le ballon et tu tires.} other {Tu reçois le ballon du neurone {prev} et tu le passes au neurone {next}.}}",
  "describe.screen.watch": "Tu regardes une file de {count} neurones.",
  "describe.screen.rule": "La règle : {title}.",
  "describe.screen.weight": "Ta poignée de main : {weight, number, ::.00}.",
  "describe.screen.phase":
    "Maintenant : {phase, select, lobby {on attend le début} aim {le panier est placé} pass {le ballon passe} shot {le tir} vote {le vote} coach {{step}} adjust {chacun tourne sa poignée de main} other {la partie est finie}}.",
};
