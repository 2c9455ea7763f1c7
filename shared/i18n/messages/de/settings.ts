import type { AreaMessages } from "../en";
import type { settings as source } from "../en/settings";

/** The host's settings form, in German. */
export const settings: AreaMessages<typeof source> = {
  "settings.races.legend": "Fertige Wettrennen",
  "settings.races.note": "Ein Wettrennen behält genau seine eigenen Reihen mit je einer Regel, damit keine zusätzliche Reihe mit einer wiederholten Regel aufgeht. Alle müssen auf seine Plätze passen.",
  "settings.race.seats": "{lines, plural, one {# Reihe} other {# Reihen}} mit {length, number} · {seats, number} Plätze",
  "settings.race.coach-vs-trial.name": "Trainer gegen Versuch und Irrtum",
  "settings.race.coach-vs-trial.why": "Zwei Reihen mit 12 zielen auf einen fernen Korb: Die Reihe des Trainers trifft nach etwa 6 Würfen 3-mal hintereinander, zufälliges Wackeln braucht doppelt so viele oder schafft es nie.",
  "settings.race.brain-lab-four.name": "Gehirnlabor: vier Regeln",
  "settings.race.brain-lab-four.why": "Vier Reihen mit 6, ein ferner Korb: Die genaue Schuld des Trainers kommt zuerst, Anstupsen und Vergleichen knapp dahinter, zufälliges Wackeln und die getrennten Drähte viel später.",
  "settings.teams": "Reihen jetzt (weitere gehen bei Bedarf auf)",
  "settings.maxTeams": "Höchstens so viele Reihen, wenn die Klasse wächst",
  "settings.lineLength": "Neuronen pro Reihe",
  "settings.seats": "Platz für {seats, number} Kinder: bis zu {lines, plural, one {# Reihe} other {# Reihen}} mit {length, number}. Eine neue Reihe geht auf, wenn die Plätze voll sind.",
  "settings.activation": "Aktivierung",
  "settings.strictness": "Strenge des Trainers",
  "settings.voteSeconds": "Sekunden zum Abstimmen",
  "settings.adjustSeconds": "Sekunden zum Einstellen",
  "settings.maxRounds": "Würfe im Spiel",
  "settings.hoopFixed": "Würfe, bevor der Korb wandert",
  "settings.hoopDistance": "Wo der Korb steht, m",
  "settings.pace": "Wer das Spiel weiterbringt",
  "settings.pace.timers": "Es geht von selbst weiter",
  "settings.pace.teacher": "Im Tempo der Lehrkraft: nach dem Wurf und nach dem Trainer auf mich warten",
  "settings.autoAdvance": "Von selbst weiter (ohne Haken: jeder Schritt wartet auf Weiter)",
  "settings.rules.legend": "Lernregel jeder Reihe",
  "settings.rules.line": "Reihe {line, number}",
  "settings.rules.later": "Reihe {line, number} (wenn die Klasse wächst)",
  "settings.rules.aria": "Lernregel von Reihe {line, number}",
  "settings.apply": "Einstellungen übernehmen",
};
