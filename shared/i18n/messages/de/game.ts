import type { AreaMessages } from "../en";
import type { game as source } from "../en/game";

/** The game's own sentences (lobby, race, presets, the note's health, refusals), in German. */
export const game: AreaMessages<typeof source> = {
  "game.lobby.joined": "{joined, plural, other {# dabei}}",
  "game.lobby.lines": "{lines, plural, one {# Reihe} other {# Reihen}}",
  "game.lobby.free": "{free, plural, one {# freier Platz} other {# freie Plätze}}",
  "game.lobby.grows": "wer als Nächstes kommt, öffnet eine neue Reihe",
  "game.lobby.full": "voll: erlaube in den Einstellungen mehr oder längere Reihen",

  "game.race.line": "Reihe {line, number} ({title})",
  "game.race.first": "{names} hat es zuerst gelernt, 3 in Folge bei Wurf {shot, number}: {why}.",
  "game.race.tiedSame": "{names} liegen gleichauf, 3 in Folge bei Wurf {shot, number}: {why}.",
  "game.race.tiedMixed": "{names} liegen gleichauf, 3 in Folge bei Wurf {shot, number}: Bei diesem Korb waren ihre Regeln gleich gut.",
  "game.race.closest":
    "Keine Reihe hat 3 in Folge geschafft; {names} {count, plural, one {kam am nächsten: Ihre letzten Würfe lagen} other {kamen am nächsten: Ihre letzten Würfe lagen}} im Schnitt {metres, number, ::.0} m daneben.",
  "game.race.none": "Noch kein Wurf: Das Rennen hat nicht begonnen.",
  "game.race.why.backprop": "der Trainer hat jedem Neuron seinen eigenen Anteil an der Schuld gesagt und in welche Richtung es drehen soll",
  "game.race.why.feedback-alignment":
    "ihre Zettel über den Fehlwurf kamen über feste, zufällige Drähte zurück, ungenau, aber diesmal zeigten sie oft genug in die richtige Richtung",
  "game.race.why.activity-difference":
    "ein Schubs am Ende lief zurück und jedes Neuron lernte daraus, wie sich sein eigenes Feuern verändert hat, fast so, wie es ein Trainer sagen würde",
  "game.race.why.trial-and-error": "ihre zufälligen Wackler blieben, wenn ein zweiter Wurf näher landete; das klappt, verschwendet aber die meisten Wackler",
  "game.race.why.fire-together": "ihre Partner griffen fester, wenn sie gemeinsam feuerten; sie erfährt nie vom Fehlwurf, also war das Glück mit dem Korb",

  "game.preset.coach-vs-trial.name": "Trainer gegen Versuch und Irrtum",
  "game.preset.coach-vs-trial.why":
    "Zwei Reihen mit 12 zielen auf einen weit entfernten Korb: Die Reihe des Trainers schafft 3 in Folge in etwa 6 Würfen, zufällige Wackler brauchen doppelt so viele oder schaffen es nie.",
  "game.preset.brain-lab-four.name": "Gehirnlabor: vier Regeln",
  "game.preset.brain-lab-four.why":
    "Vier Reihen mit 6, ein weit entfernter Korb: Die genaue Schuld vom Trainer ist zuerst da, Schubsen und Vergleichen knapp dahinter, zufällige Wackler und die eigenen Drähte viel später.",

  "game.signal.silent": "Neuron {seat, number} feuert überhaupt nicht und lässt nichts durch",
  "game.signal.flatOut": "Neuron {seat, number} feuert mit voller Kraft, so stark es kann, und kaum etwas kommt durch",
  "game.signal.fadingStuck":
    "{signal, select, nudge {Der Schubs} other {Der Zettel}} war winzig, als er bei Neuron 1 ankam: {why}. Deshalb lernt der Anfang der Reihe kaum etwas.",
  "game.signal.fadingSlopes":
    "{signal, select, nudge {Der Schubs} other {Der Zettel}} war winzig, als er bei Neuron 1 ankam: Jedes Neuron auf dem Rückweg hat nur einen Teil durchgelassen (je stärker ein Neuron feuert, desto weniger), und die Teile multiplizieren sich. Deshalb lernt der Anfang der Reihe kaum etwas.",
  "game.signal.fadingLinks":
    "{signal, select, nudge {Der Schubs} other {Der Zettel}} war winzig, als er bei Neuron 1 ankam: {links, select, wires {Die Drähte} other {Die Händedrücke}} auf dem Rückweg sind schwach, und jeder hat ihn kleiner gemacht. Deshalb lernt der Anfang der Reihe kaum etwas.",
  "game.signal.exploding":
    "{signal, select, nudge {Der Schubs} other {Der Zettel}} war riesig, als er bei Neuron 1 ankam: {links, select, wires {Die Drähte} other {Die Händedrücke}} auf dem Rückweg sind stark, und jeder hat ihn größer gemacht. Deshalb springt der Anfang der Reihe zu weit.",
  "game.signal.stuck":
    "Festgefahren: {why}. An seinem Händedruck zu drehen ändert sein Feuern kaum, deshalb schrumpft {signal, select, nudge {der Schubs} other {der Zettel}} dort.",

  "game.what.line": "Die Reihe",
  "game.what.seat": "Der Platz",
  "game.what.lineLength": "Die Länge der Reihe",
  "game.what.teams": "Die Zahl der Reihen",
  "game.what.maxTeams": "Die meisten Reihen",
  "game.what.strictness": "Die Strenge des Trainers",
  "game.what.voteSeconds": "Der Abstimmungs-Timer",
  "game.what.adjustSeconds": "Der Einstell-Timer",
  "game.what.maxRounds": "Die Zahl der Würfe",
  "game.what.fixedRounds": "Würfe mit festem Korb",
  "game.what.distance": "Die Entfernung des Korbs",
  "game.what.minWeight": "Der kleinste Start-Händedruck",
  "game.what.maxWeight": "Der größte Start-Händedruck",
  "game.what.seed": "Der Startwert",
  "game.what.blame": "Das Neuron, dem du die Schuld gibst",
  "game.what.weight": "Dein Händedruck",
  "game.what.bias": "Deine Erregbarkeit",

  "game.refuse.number": "{what}: Das muss eine Zahl sein.",
  "game.refuse.range": "{what}: Das muss zwischen {min, number, ::.########## group-off} und {max, number, ::.########## group-off} liegen.",
  "game.refuse.whole": "{what}: Das muss eine ganze Zahl sein.",
  "game.refuse.trueFalse": "{field} muss true oder false sein.",
  "game.refuse.oneOf": "{field} muss „{a}“ oder „{b}“ sein.",
  "game.refuse.object": "{field} muss ein Objekt sein.",
  "game.refuse.noId": "Ein Spieler braucht eine Kennung.",
  "game.refuse.alreadySeated": "Du hast schon einen Platz.",
  "game.refuse.locked": "Diese Klasse ist gesperrt: Bitte deine Lehrkraft, sie zu entsperren.",
  "game.refuse.nameNotText": "Ein Spitzname muss Text sein.",
  "game.refuse.banned": "Deine Lehrkraft hat diesen Namen aus der Klasse entfernt.",
  "game.refuse.nameTaken": "Hier heißt schon jemand {name}. Probier einen anderen Spitznamen.",
  "game.refuse.full":
    "Diese Klasse ist voll ({lines, plural, one {# Reihe} other {# Reihen}} mit {length, number}): Bitte deine Lehrkraft, mehr oder längere Reihen zu erlauben.",
  "game.refuse.settingsObject": "Die Einstellungen müssen ein Objekt sein.",
  "game.refuse.unknownSetting": "Unbekannte Einstellung „{key}“.",
  "game.refuse.shape": "Die Form der Reihe kann sich nur vor dem Start oder nach dem Spiel ändern.",
  "game.refuse.unknownActivation": "Unbekannte Aktivierung „{name}“.",
  "game.refuse.rulesList": "rules muss eine Liste von {min, number} bis {max, number} Lernregeln sein.",
  "game.refuse.unknownRule": "Unbekannte Lernregel „{name}“.",
  "game.refuse.court": "Der Platz kann in einem laufenden Spiel nicht geändert werden.",
  "game.refuse.tooMany":
    "{people, plural, one {# Spieler braucht} other {# Spieler brauchen}} {need, plural, one {# Reihe} other {# Reihen}} mit {length, number}, aber die Klasse darf höchstens {cap, number} haben.",
  "game.refuse.noSeats": "Es gibt nicht genug Plätze für alle hier.",
  "game.refuse.notObject": "Eine Aktion muss ein Objekt sein.",
  "game.refuse.unknownPlayer": "Diese Person ist nicht in diesem Spiel.",
  "game.refuse.unbanWho": "Sag, welcher Name wieder hereindarf.",
  "game.refuse.notBanned": "Dieser Name wurde nicht aus der Klasse entfernt.",
  "game.refuse.started": "Das Spiel hat schon begonnen.",
  "game.refuse.noNext": "Es gibt keine nächste Phase {phase, select, lobby {vor dem Start} other {in der Zusammenfassung}}.",
  "game.refuse.nothingToPause": "Es läuft nichts, das man pausieren könnte.",
  "game.refuse.notPaused": "Das Spiel ist nicht pausiert.",
  "game.refuse.ended": "Das Spiel ist schon zu Ende.",
  "game.refuse.readyWhen": "Du kannst nur beim Einstellen sagen, dass du fertig bist.",
  "game.refuse.unknownAction": "Unbekannte Aktion „{type}“.",
  "game.refuse.notHost": "Das kann nur die Lehrkraft am Hauptbildschirm.",
  "game.refuse.notSeated": "Du hast keinen Platz in diesem Spiel.",
  "game.refuse.voteClosed": "Die Abstimmung ist gerade geschlossen.",
  "game.refuse.paused": "Das Spiel ist pausiert.",
  "game.refuse.direction": "Die Richtung muss „firmer“ (fester) oder „looser“ (lockerer) sein.",
  "game.refuse.noShot": "Es gibt keinen Wurf, über den man abstimmen kann.",
  "game.refuse.noVote": "Deine Reihe hat diesmal niemanden, der schuld ist: keine Abstimmung.",
  "game.refuse.alreadyVoted": "Du hast in dieser Runde schon abgestimmt.",
  "game.refuse.adjustWhen": "Du kannst deinen Regler nur beim Einstellen drehen.",
  "game.refuse.unknownMessage": "Unbekannte Nachrichtenart {type}.",
  "game.refuse.badMessage": "Ungültige „{type}“-Nachricht: {where}{text}",
};
