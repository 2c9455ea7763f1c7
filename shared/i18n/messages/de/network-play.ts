import type { AreaMessages } from "../en";
import type { networkPlay as source } from "../en/network-play";

/** A class played as one network, in German. */
export const networkPlay: AreaMessages<typeof source> = {
  "netplay.settings.shape": "Wie die Klasse spielt",
  "netplay.settings.lines": "In Reihen (Teams)",
  "netplay.settings.network": "Als ein Netz: die ganze Klasse ist ein Gehirn",
  "netplay.settings.layers": "Schichten vor dem Werfer",
  "netplay.settings.width": "Neuronen pro Schicht",
  "netplay.settings.seats":
    "{layers, plural, one {# Schicht} other {# Schichten}} mit je {width, number} und ein Werfer: {seats, plural, one {# Platz} other {# Plätze}}",
  "netplay.settings.tooMany": "Das sind mehr als {max, number} Plätze: nimm weniger oder schmalere Schichten.",
  "netplay.settings.rule": "Die Lernregel des Netzes",

  "netplay.lobby.network": "ein Netz aus {seats, plural, one {# Neuron} other {# Neuronen}}",
  "netplay.lobby.full": "voll: jedes Neuron hat eine Person (füge in den Einstellungen eine Schicht hinzu oder mach sie breiter)",

  "netplay.head.seat": "Schicht {layer, number} von {layers, number} · Neuron {index, number} von {width, number}",
  "netplay.head.shooter": "Der Werfer (letzte Schicht)",
  "netplay.neighbours.label": "Deine Nachbarn",
  "netplay.in.legend": "Was du bekommst",
  "netplay.in.distance": "Der Abstand zum Korb",
  "netplay.in.distanceShort": "Abstand",
  "netplay.col.from": "Von",
  "netplay.col.value": "Gab",
  "netplay.col.handshake": "Dein Händedruck",
  "netplay.me.excitability": "Deine Erregbarkeit",
  "netplay.me.out": "Du gabst weiter",
  "netplay.out.to": "Du gibst weiter an: {names}",
  "netplay.out.shoot": "Du wirfst auf den Korb.",
  "netplay.wait.network": "Du bist ein Neuron im Netz der Klasse.",
  "netplay.wait.alone": "Du bist ein Neuron in diesem Netz. Alle anderen Neuronen sind Bots.",
  "netplay.wait.pass": "Der Ball wandert gerade durch das Netz…",

  "netplay.vote.question":
    "{teller, select, coach {Welchem deiner Händedrücke gibt der Trainer am meisten Schuld?} wires {Welchem deiner Händedrücke geben die Notizen der Drähte am meisten Schuld?} nudge {Welchem deiner Händedrücke gibt der Schubs am meisten Schuld?} other {Welcher deiner Händedrücke ist schuld?}}",
  "netplay.vote.pick": "Deinem Händedruck mit {name} die Schuld geben (gab {value})",
  "netplay.vote.way": "In welche Richtung soll er sich drehen?",
  "netplay.vote.one": "Du hast nur einen Händedruck, also gibt es nichts auszuwählen: sag nur, in welche Richtung er sich drehen soll.",
  "netplay.vote.result":
    "Deine Stimme: {handshake, select, right {{teller, select, wires {der Händedruck, dem die Drähte am meisten Schuld gaben} nudge {der Händedruck, dem der Schubs am meisten Schuld gab} other {der richtige Händedruck}}} other {{teller, select, coach {der Trainer} wires {die Drähte} other {der Schubs}} gab einem anderen mehr Schuld}}, {direction, select, right {{teller, select, wires {die Richtung, die die Drähte sagten} nudge {die Richtung, die der Schubs sagte} other {die richtige Richtung}}} other {die andere Richtung}}.",
  "netplay.vote.resultWay":
    "Deine Stimme: {direction, select, right {{teller, select, wires {die Richtung, die die Drähte sagten} nudge {die Richtung, die der Schubs sagte} other {die richtige Richtung}}} other {die andere Richtung}}.",

  "netplay.coach.legend":
    "Was {teller, select, coach {der Trainer vorschlägt} wires {die Notizen der Drähte vorschlagen} nudge {der Schubs vorschlägt} wiggle {der zweite Wurf bewirkt} other {das gemeinsame Feuern bewirkt}}",
  "netplay.coach.none": "keine Änderung",
  "netplay.coach.tiny": "fast keine Änderung",
  "netplay.coach.most": "ändert sich am meisten",

  "netplay.adjust.legend": "Dreh an deinen Reglern",
  "netplay.adjust.followAll": "Allem folgen",
  "netplay.adjust.keepAll": "Alles lassen",
  "netplay.dial.handshake": "Dein Händedruck mit {name}",
  "netplay.dial.excitability": "Deine Erregbarkeit",
  "netplay.dial.looser": "Lockerer: {what}",
  "netplay.dial.firmer": "Fester: {what}",
  "netplay.dial.suggest": "{mark}: {change}",
  "netplay.dial.markChange": "Änderung",
  "netplay.adjust.followChange": "Dreh jeden Regler um die Änderung, die der zweite Wurf ergibt",

  "netplay.caption.lobby":
    "Die ganze Klasse ist ein Netz: jede und jeder von euch ist ein Neuron. Ihr seht nur eure Nachbarn: die Neuronen, die euch den Ball geben, und die, denen ihr ihn weitergebt.",
  "netplay.caption.pass": "Der Ball geht Schicht für Schicht durch das Netz: jedes Neuron zählt zusammen, was ihm seine Nachbarn geben, jeweils mal seinem Händedruck, plus seine Erregbarkeit.",
  "netplay.caption.vote":
    "{metres} m zu {side, select, short {kurz} other {weit}}. Auf dem Handy: welcher deiner eigenen Händedrücke ist schuld? {waiting, plural, =0 {Alle haben abgestimmt.} other {# stimmen noch ab.}}",
  "netplay.caption.noVote": "{metres} m zu {side, select, short {kurz} other {weit}}. {noVote}",
  "netplay.caption.coach":
    "{teller, select, coach {Der Trainer geht Schicht für Schicht zurück: seine Notiz teilt sich auf jeden Händedruck auf.} wires {Die Notizen laufen Schicht für Schicht auf eigenen Drähten zurück, nicht über die Händedrücke.} nudge {Ein Schubs breitet sich rückwärts durch die Schichten aus; jedes Neuron vergleicht, wie es feuert.} wiggle {Jedes Neuron hat gewackelt und das Netz hat noch einmal geworfen.} other {Niemand erfährt vom Fehlwurf: Neuronen, die zusammen gefeuert haben, drücken fester.}} {seat, select, none {} other {{teller, select, wires {Neuron {name} bekommt den größten Teil des Zettels der Drähte ({share} %).} nudge {Neuron {name} bekommt den größten Teil des Schubses ({share} %).} other {Neuron {name} trägt die meiste Schuld ({share} %).}}}}",
  "netplay.caption.adjust": "Dreh deine Händedrücke auf dem Handy oder lass sie so: die Regel ({title}) stellt sie für dich ein. {done, number} von {people, number} fertig.",
  "netplay.caption.learned": "Das Netz hat es gelernt: 3 hintereinander!",

  "netplay.describe.seat":
    "{shooter, select, yes {Du bist der Werfer, das letzte Neuron des Netzes.} other {Du bist Neuron {index, number} von {width, number} in Schicht {layer, number} von {layers, number} vor dem Werfer.}} {first, select, yes {Du bekommst die Entfernung zum Korb} other {{before, plural, one {Ein Nachbar gibt dir den Ball} other {# Nachbarn geben dir den Ball}}}}; {after, plural, =0 {du wirfst auf den Korb} one {du gibst den Ball an einen Nachbarn weiter} other {du gibst den Ball an # Nachbarn weiter}}.",
  "netplay.describe.in": "{name} gab dir {value, number, ::.000}; dein Händedruck damit ist {weight, number, ::.000}.",
  "netplay.describe.inDistance":
    "Der Abstand zum Korb ({metres, number} m) kommt bei dir als {value, number, ::.000} an ({near, number} m wären {low, number}, {far, number} m wären {high, number}); dein Händedruck damit ist {weight, number, ::.000}.",
  "netplay.describe.out": "Du gabst {value, number, ::.000} weiter.",
  "netplay.describe.suggest":
    "{teller, select, coach {Der Trainer dreht} wires {Die Notiz der Drähte dreht} nudge {Der Schubs dreht} wiggle {Dein Wackeln dreht} other {Das gemeinsame Feuern dreht}} deinen Händedruck mit {name} um {change, number, ::.000###} {dir, select, firmer {fester} other {lockerer}}.{most, select, yes { Das ist die größte Änderung an all deinen Händedrücken.} other {}}",
  "netplay.describe.vote":
    "{count, plural, one {Abstimmung: Du hast nur einen Händedruck, also gibt es nichts auszuwählen. In welche Richtung soll er sich drehen?} other {Abstimmung: welcher deiner # Händedrücke ist schuld, und in welche Richtung soll er sich drehen?}}",
  "netplay.describe.second":
    "Alle haben gewackelt, und das Netz hat ein zweites Mal geworfen. Dieser Wurf landet {unit, select, cm {{size, plural, one {# Zentimeter} other {# Zentimeter}}} other {{size, plural, one {# Meter} other {# Meter}}}} {side, select, short {zu kurz} long {zu weit} other {von der Mitte entfernt}}: {kept, select, kept {näher, also behalten alle ihren Wackler.} reversed {weiter weg, also drehen alle andersherum als ihr Wackler.} other {genauso nah, also ändert sich nichts.}}",
  "netplay.describe.suggestWiggle":
    "Also dreht sich dein Händedruck mit {name} um {change, number, ::.000###} {dir, select, firmer {fester} other {lockerer}}: {kept, select, kept {so, wie du gewackelt hast} other {andersherum als dein Wackler}}.{most, select, yes { Das ist die größte Änderung an all deinen Händedrücken.} other {}}",
  "netplay.describe.still":
    "{teller, select, coach {Der Trainer lässt} wires {Die Notiz der Drähte lässt} nudge {Der Schubs lässt} wiggle {Der zweite Wurf lässt} other {Das gemeinsame Feuern lässt}} deinen Händedruck mit {name} {exact, select, yes {so, wie er ist: keine Änderung.} other {fast so, wie er ist: er ändert sich um weniger als {limit, number}.}}",
  "netplay.match.way":
    "{name} hat einen Händedruck: {direction, select, right {{teller, select, wires {gedreht, wie die Drähte sagten} nudge {gedreht, wie der Schubs sagte} other {richtige Richtung}}} other {{teller, select, wires {die Drähte drehten ihn andersherum} nudge {der Schubs drehte ihn andersherum} other {falsche Richtung}}}}",
  "netplay.match.summary":
    "{choosers, plural, =0 {Alle, die abgestimmt haben, haben nur einen Händedruck, also gab es keinen auszuwählen.} other {{right, number} von {choosers, plural, one {# Nachbarschaft} other {# Nachbarschaften}} mit mehr als einem Händedruck haben den Händedruck gewählt, dem {teller, select, wires {die Drähte am meisten Schuld gaben} nudge {der Schubs am meisten Schuld gab} other {der Trainer am meisten Schuld gab}}.}} {turned, number} von {total, number} haben die Richtung gewählt, in die {teller, select, wires {die Drähte ihn gedreht haben} nudge {der Schubs ihn gedreht hat} other {der Trainer ihn gedreht hat}}.",

  // The student's end screen in a network: their votes against the rule, and their neuron's average share.
  "netplay.summary.votes":
    "{teller, select, wires {Deine Stimmen: der Händedruck, dem die Drähte am meisten Schuld gaben, {handshake, number} von {votes, plural, one {# Mal} other {# Malen}}; die Richtung, die die Drähte sagten, {direction, number} von {votes, plural, one {# Mal} other {# Malen}}.} nudge {Deine Stimmen: der Händedruck, dem der Schubs am meisten Schuld gab, {handshake, number} von {votes, plural, one {# Mal} other {# Malen}}; die Richtung, die der Schubs sagte, {direction, number} von {votes, plural, one {# Mal} other {# Malen}}.} other {Deine Stimmen: der richtige Händedruck {handshake, number} von {votes, plural, one {# Mal} other {# Malen}}; die richtige Richtung {direction, number} von {votes, plural, one {# Mal} other {# Malen}}.}}",
  "netplay.summary.ways":
    "{choices, plural, =0 {Du hattest nur einen Händedruck, also hast du nur über die Richtung abgestimmt: {teller, select, wires {die Richtung, die die Drähte sagten,} nudge {die Richtung, die der Schubs sagte,} other {die richtige Richtung}} {direction, number} von {votes, plural, one {# Mal} other {# Malen}}.} other {Deine Stimmen: {teller, select, wires {der Händedruck, dem die Drähte am meisten Schuld gaben,} nudge {der Händedruck, dem der Schubs am meisten Schuld gab,} other {der richtige Händedruck}} {handshake, number} von {choices, plural, one {# Mal} other {# Malen}}, in denen du mehr als einen zur Auswahl hattest; {teller, select, wires {die Richtung, die die Drähte sagten,} nudge {die Richtung, die der Schubs sagte,} other {die richtige Richtung}} {direction, number} von {votes, plural, one {# Mal} other {# Malen}}.}}",
  "netplay.summary.share":
    "{teller, select, wires {Nach einem Fehlwurf bekam dein Neuron im Schnitt {share, number, percent} des Zettels der Drähte.} nudge {Nach einem Fehlwurf bekam dein Neuron im Schnitt {share, number, percent} des Schubses.} other {Nach einem Fehlwurf trug dein Neuron im Schnitt {share, number, percent} der Schuld.}}",
};
