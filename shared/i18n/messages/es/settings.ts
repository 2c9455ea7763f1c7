import type { AreaMessages } from "../en";
import type { settings as source } from "../en/settings";

/** The host's settings form, in Spanish. */
export const settings: AreaMessages<typeof source> = {
  "settings.races.legend": "Carreras listas para usar",
  "settings.races.note": "Una carrera mantiene solo sus propias filas, una regla cada una, así que no se abre ninguna fila extra con una regla repetida. Todos tienen que caber en sus asientos.",
  "settings.race.seats": "{lines, plural, one {# fila} other {# filas}} de {length, number} · {seats, number} asientos",
  "settings.race.coach-vs-trial.name": "Entrenador contra prueba y error",
  "settings.race.coach-vs-trial.why": "Dos filas de 12 apuntan a una canasta lejana: la fila del entrenador encesta 3 seguidas en unos 6 tiros; los cambios al azar necesitan el doble o nunca lo logran.",
  "settings.race.brain-lab-four.name": "Laboratorio del cerebro: cuatro reglas",
  "settings.race.brain-lab-four.why": "Cuatro filas de 6 y una canasta lejana: la culpa exacta del entrenador llega primero, empujar y comparar muy cerca, los cambios al azar y los cables separados mucho después.",
  "settings.teams": "Filas ahora (se abren más si hace falta)",
  "settings.maxTeams": "Máximo de filas si la clase crece",
  "settings.lineLength": "Neuronas por fila",
  "settings.seats": "Sitio para {seats, number} estudiantes: hasta {lines, plural, one {# fila} other {# filas}} de {length, number}. Se abre una fila nueva cuando se acaban los asientos.",
  "settings.activation": "Activación",
  "settings.strictness": "Exigencia del entrenador",
  "settings.voteSeconds": "Segundos para votar",
  "settings.adjustSeconds": "Segundos para ajustar",
  "settings.maxRounds": "Tiros en la partida",
  "settings.hoopFixed": "Tiros antes de que la canasta se mueva",
  "settings.hoopDistance": "Dónde está la canasta, m",
  "settings.pace": "Quién hace avanzar el juego",
  "settings.pace.timers": "Avanza solo",
  "settings.pace.teacher": "Al ritmo del profesor: espérame después del tiro y después del entrenador",
  "settings.autoAdvance": "Avanzar solo (sin marcar: cada paso espera a Siguiente)",
  "settings.rules.legend": "Regla de aprendizaje de cada fila",
  "settings.rules.line": "Fila {line, number}",
  "settings.rules.later": "Fila {line, number} (si la clase crece)",
  "settings.rules.aria": "Regla de aprendizaje de la fila {line, number}",
  "settings.apply": "Aplicar ajustes",
};
