import type { AreaMessages } from "../en";
import type { settings as source } from "../en/settings";

/** The host's settings form, in French. */
export const settings: AreaMessages<typeof source> = {
  "settings.races.legend": "Courses toutes prêtes",
  "settings.races.note": "Une course garde exactement ses propres lignes, une règle chacune : aucune ligne en plus ne s'ouvre avec une règle répétée. Tout le monde doit tenir dans ses places.",
  "settings.race.seats": "{lines, plural, one {# ligne} other {# lignes}} de {length, number} · {seats, number} places",
  "settings.race.coach-vs-trial.name": "Entraîneur contre essais et erreurs",
  "settings.race.coach-vs-trial.why": "Deux lignes de 12 visent un panier lointain : la ligne de l'entraîneur marque 3 fois de suite en 6 tirs environ, les essais au hasard en demandent deux fois plus ou n'y arrivent jamais.",
  "settings.race.brain-lab-four.name": "Labo du cerveau : quatre règles",
  "settings.race.brain-lab-four.why": "Quatre lignes de 6, un panier lointain : la faute exacte de l'entraîneur arrive en premier, pousser et comparer juste derrière, les essais au hasard et les fils séparés bien plus tard.",
  "settings.teams": "Lignes maintenant (d'autres s'ouvrent si besoin)",
  "settings.maxTeams": "Lignes au plus si la classe grandit",
  "settings.lineLength": "Neurones par ligne",
  "settings.seats": "De la place pour {seats, number} élèves : jusqu'à {lines, plural, one {# ligne} other {# lignes}} de {length, number}. Une nouvelle ligne s'ouvre quand il n'y a plus de place.",
  "settings.activation": "Activation",
  "settings.strictness": "Exigence de l'entraîneur",
  "settings.voteSeconds": "Secondes pour voter",
  "settings.adjustSeconds": "Secondes pour régler",
  "settings.maxRounds": "Tirs dans la partie",
  "settings.hoopFixed": "Tirs avant que le panier bouge",
  "settings.hoopDistance": "Où se trouve le panier, m",
  "settings.pace": "Qui fait avancer le jeu",
  "settings.pace.timers": "Il avance tout seul",
  "settings.pace.teacher": "Au rythme de l'enseignant : attendre après le tir et après l'entraîneur",
  "settings.autoAdvance": "Avancer tout seul (décoché : chaque étape attend Suivant)",
  "settings.rules.legend": "Règle d'apprentissage de chaque ligne",
  "settings.rules.line": "Ligne {line, number}",
  "settings.rules.later": "Ligne {line, number} (si la classe grandit)",
  "settings.rules.aria": "Règle d'apprentissage de la ligne {line, number}",
  "settings.apply": "Appliquer les réglages",
};
