import type { AreaMessages } from "../en";
import type { game as source } from "../en/game";

/** The game's own sentences (lobby, race, presets, the note's health, refusals), in Spanish. */
export const game: AreaMessages<typeof source> = {
  "game.lobby.joined": "{joined, plural, one {# se unió} other {# se unieron}}",
  "game.lobby.lines": "{lines, plural, one {# fila} other {# filas}}",
  "game.lobby.free": "{free, plural, one {# asiento libre} other {# asientos libres}}",
  "game.lobby.grows": "quien se una ahora abre una fila nueva",
  "game.lobby.full": "llena: permite más filas o filas más largas en Ajustes",

  "game.race.line": "fila {line, number} ({title})",
  "game.race.first": "{names} lo aprendió primero, 3 seguidos en el tiro {shot, number}: {why}.",
  "game.race.tiedSame": "{names} empataron, 3 seguidos en el tiro {shot, number}: {why}.",
  "game.race.tiedMixed": "{names} empataron, 3 seguidos en el tiro {shot, number}, así que con esta canasta sus reglas lo hicieron igual de bien.",
  "game.race.closest":
    "Ninguna fila logró 3 seguidos; {names} {count, plural, one {quedó más cerca: sus últimos tiros fallaron} other {quedaron más cerca: sus últimos tiros fallaron}} por {metres, number, ::.0} m de media.",
  "game.race.none": "Aún no hay tiros: la carrera no ha empezado.",
  "game.race.why.backprop": "el entrenador le dijo a cada neurona su propia parte de la culpa y hacia qué lado girar",
  "game.race.why.feedback-alignment":
    "sus notas sobre el fallo volvieron por cables fijos puestos al azar, algo toscos, pero esta vez apuntaron bien las veces suficientes",
  "game.race.why.activity-difference":
    "un empujoncito al final volvió por la fila y cada neurona aprendió de cómo cambió su propia activación, casi lo que diría un entrenador",
  "game.race.why.trial-and-error": "sus meneos al azar se quedaban cuando un segundo tiro caía más cerca, lo que funciona pero desperdicia casi todos los meneos",
  "game.race.why.fire-together": "sus compañeros se apretaban más fuerte al activarse juntos; nunca se entera del fallo, así que fue suerte con la canasta",

  "game.preset.coach-vs-trial.name": "Entrenador contra prueba y error",
  "game.preset.coach-vs-trial.why":
    "Dos filas de 12 apuntan a una canasta lejana: la fila del entrenador logra 3 seguidos en unos 6 tiros; los meneos al azar necesitan el doble o no lo logran nunca.",
  "game.preset.brain-lab-four.name": "Laboratorio del cerebro: cuatro reglas",
  "game.preset.brain-lab-four.why":
    "Cuatro filas de 6, una canasta lejana: la culpa exacta del entrenador llega primero, empujar y comparar justo detrás, y los meneos al azar y los cables aparte mucho más tarde.",

  "game.signal.silent": "la neurona {seat, number} no se activa nada y no deja pasar nada",
  "game.signal.flatOut": "la neurona {seat, number} se activa a tope, con toda su fuerza, y casi nada pasa por ella",
  "game.signal.fadingStuck":
    "{signal, select, nudge {El empujoncito se hizo diminuto} other {La nota se hizo diminuta}} al llegar a la neurona 1: {why}. Así que el principio de la fila casi no aprende.",
  "game.signal.fadingSlopes":
    "{signal, select, nudge {El empujoncito se hizo diminuto} other {La nota se hizo diminuta}} al llegar a la neurona 1: cada neurona por la que pasó de vuelta dejó pasar solo una parte (cuanto más fuerte se activa una neurona, menos), y las partes se multiplican. Así que el principio de la fila casi no aprende.",
  "game.signal.fadingLinks":
    "{signal, select, nudge {El empujoncito se hizo diminuto} other {La nota se hizo diminuta}} al llegar a la neurona 1: {links, select, wires {los cables} other {los apretones}} que cruzó de vuelta son débiles, y cada uno la encogió. Así que el principio de la fila casi no aprende.",
  "game.signal.exploding":
    "{signal, select, nudge {El empujoncito se hizo enorme} other {La nota se hizo enorme}} al llegar a la neurona 1: {links, select, wires {los cables} other {los apretones}} que cruzó de vuelta son fuertes, y cada uno la agrandó. Así que el principio de la fila se pasará de largo.",
  "game.signal.stuck":
    "Atascada: {why}. Girar su apretón casi no cambia su activación, así que {signal, select, nudge {el empujoncito} other {la nota}} se encoge ahí.",

  "game.what.line": "La fila",
  "game.what.seat": "El asiento",
  "game.what.lineLength": "El largo de la fila",
  "game.what.teams": "El número de filas",
  "game.what.maxTeams": "El máximo de filas",
  "game.what.strictness": "La exigencia del entrenador",
  "game.what.voteSeconds": "El tiempo para votar",
  "game.what.adjustSeconds": "El tiempo para ajustar",
  "game.what.maxRounds": "El número de tiros",
  "game.what.fixedRounds": "Los tiros con la canasta fija",
  "game.what.distance": "La distancia de la canasta",
  "game.what.minWeight": "El apretón inicial más pequeño",
  "game.what.maxWeight": "El apretón inicial más grande",
  "game.what.seed": "La semilla",
  "game.what.blame": "La neurona a la que culpas",
  "game.what.weight": "Tu apretón",
  "game.what.bias": "Tu excitabilidad",

  "game.refuse.number": "{what}: tiene que ser un número.",
  "game.refuse.range": "{what}: tiene que estar entre {min, number, ::.########## group-off} y {max, number, ::.########## group-off}.",
  "game.refuse.whole": "{what}: tiene que ser un número entero.",
  "game.refuse.trueFalse": "{field} tiene que ser true o false.",
  "game.refuse.oneOf": "{field} tiene que ser «{a}» o «{b}».",
  "game.refuse.object": "{field} tiene que ser un objeto.",
  "game.refuse.noId": "Un jugador necesita un identificador.",
  "game.refuse.alreadySeated": "Ya tienes un asiento.",
  "game.refuse.locked": "Esta clase está cerrada: pídele a tu profe que la abra.",
  "game.refuse.nameNotText": "Un apodo tiene que ser texto.",
  "game.refuse.banned": "Tu profe quitó ese nombre de esta clase.",
  "game.refuse.nameTaken": "Aquí ya hay alguien que se llama {name}. Prueba con otro apodo.",
  "game.refuse.full":
    "Esta clase está llena ({lines, plural, one {# fila} other {# filas}} de {length, number}): pídele a tu profe que permita más filas o filas más largas.",
  "game.refuse.settingsObject": "Los ajustes tienen que ser un objeto.",
  "game.refuse.unknownSetting": "Ajuste desconocido «{key}».",
  "game.refuse.shape": "La forma de la fila solo puede cambiar antes de empezar o después del juego.",
  "game.refuse.unknownActivation": "Activación desconocida «{name}».",
  "game.refuse.rulesList": "rules tiene que ser una lista de {min, number} a {max, number} reglas de aprendizaje.",
  "game.refuse.unknownRule": "Regla de aprendizaje desconocida «{name}».",
  "game.refuse.court": "La cancha no se puede cambiar durante un juego.",
  "game.refuse.tooMany":
    "{people, plural, one {# jugador necesita} other {# jugadores necesitan}} {need, plural, one {# fila} other {# filas}} de {length, number}, pero la clase puede tener como mucho {cap, number}.",
  "game.refuse.noSeats": "No hay asientos suficientes para todos.",
  "game.refuse.notObject": "Una acción tiene que ser un objeto.",
  "game.refuse.unknownPlayer": "Ese jugador no está en este juego.",
  "game.refuse.unbanWho": "Di qué nombre puede volver.",
  "game.refuse.notBanned": "Ese nombre no se quitó de esta clase.",
  "game.refuse.started": "El juego ya ha empezado.",
  "game.refuse.noNext": "No hay fase siguiente {phase, select, lobby {antes de empezar} other {en el resumen}}.",
  "game.refuse.nothingToPause": "No hay nada en marcha que pausar.",
  "game.refuse.notPaused": "El juego no está en pausa.",
  "game.refuse.ended": "El juego ya ha terminado.",
  "game.refuse.readyWhen": "Solo puedes decir que terminaste mientras ajustas.",
  "game.refuse.unknownAction": "Acción desconocida «{type}».",
  "game.refuse.notHost": "Solo quien dirige la clase puede hacer eso.",
  "game.refuse.notSeated": "No tienes asiento en este juego.",
  "game.refuse.voteClosed": "La votación está cerrada ahora.",
  "game.refuse.paused": "El juego está en pausa.",
  "game.refuse.direction": "La dirección tiene que ser «firmer» (más fuerte) o «looser» (más suave).",
  "game.refuse.noShot": "No hay ningún tiro que votar.",
  "game.refuse.noVote": "Tu fila no tiene a nadie a quien culpar esta vez: no se vota.",
  "game.refuse.alreadyVoted": "Ya votaste en esta ronda.",
  "game.refuse.adjustWhen": "Solo puedes girar tu rueda mientras ajustas.",
  "game.refuse.unknownMessage": "Tipo de mensaje desconocido {type}.",
  "game.refuse.badMessage": "Mensaje «{type}» incorrecto: {where}{text}",
};
