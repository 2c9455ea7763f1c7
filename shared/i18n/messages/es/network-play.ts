import type { AreaMessages } from "../en";
import type { networkPlay as source } from "../en/network-play";

/** A class played as one network, in Spanish. */
export const networkPlay: AreaMessages<typeof source> = {
  "netplay.settings.shape": "Cómo juega la clase",
  "netplay.settings.lines": "En filas (equipos)",
  "netplay.settings.network": "Como una sola red: toda la clase es un cerebro",
  "netplay.settings.layers": "Capas antes del tirador",
  "netplay.settings.width": "Neuronas en cada capa",
  "netplay.settings.seats":
    "{layers, plural, one {# capa} other {# capas}} de {width, number} y un tirador: {seats, plural, one {# sitio} other {# sitios}}",
  "netplay.settings.tooMany": "Son más de {max, number} sitios: usa menos capas o capas más estrechas.",
  "netplay.settings.rule": "La regla de aprendizaje de la red",

  "netplay.lobby.network": "una red de {seats, plural, one {# neurona} other {# neuronas}}",
  "netplay.lobby.full": "llena: cada neurona tiene una persona (añade una capa o ensánchalas en Ajustes)",

  "netplay.head.seat": "Capa {layer, number} de {layers, number} · neurona {index, number} de {width, number}",
  "netplay.head.shooter": "El tirador (última capa)",
  "netplay.neighbours.label": "Tus vecinos",
  "netplay.in.legend": "Lo que te pasan",
  "netplay.in.distance": "La distancia a la canasta",
  "netplay.in.distanceShort": "Distancia",
  "netplay.col.from": "De",
  "netplay.col.value": "Dio",
  "netplay.col.handshake": "Tu apretón",
  "netplay.me.excitability": "Tu excitabilidad",
  "netplay.me.out": "Pasaste",
  "netplay.out.to": "Pasas a: {names}",
  "netplay.out.shoot": "Tú tiras a la canasta.",
  "netplay.wait.network": "Eres una neurona de la red de la clase.",
  "netplay.wait.alone": "Eres una neurona de esta red. Todas las demás neuronas son bots.",
  "netplay.wait.pass": "La pelota está pasando por la red…",

  "netplay.vote.question":
    "{teller, select, coach {¿Cuál de tus apretones culpará más el entrenador?} wires {¿Cuál de tus apretones culparán más las notas de los cables?} nudge {¿Cuál de tus apretones culpará más el empujoncito?} other {¿Cuál de tus apretones tiene la culpa?}}",
  "netplay.vote.pick": "Culpar tu apretón con {name} (dio {value})",
  "netplay.vote.way": "¿Hacia dónde debería girar?",
  "netplay.vote.one": "Solo tienes un apretón, así que no hay nada que elegir: solo di hacia dónde debería girar.",
  "netplay.vote.result":
    "Tu voto: {handshake, select, right {{teller, select, wires {el apretón al que los cables culparon más} nudge {el apretón al que el empujoncito culpó más} other {el apretón correcto}}} other {{teller, select, coach {el entrenador} wires {los cables} other {el empujoncito}} culpó más a otro}}, {direction, select, right {{teller, select, wires {en la dirección que dijeron los cables} nudge {en la dirección que dijo el empujoncito} other {en la dirección correcta}}} other {en la otra dirección}}.",
  "netplay.vote.resultWay":
    "Tu voto: {direction, select, right {{teller, select, wires {en la dirección que dijeron los cables} nudge {en la dirección que dijo el empujoncito} other {en la dirección correcta}}} other {en la otra dirección}}.",

  "netplay.coach.legend":
    "Lo que {teller, select, coach {sugiere el entrenador} wires {sugieren las notas de los cables} nudge {sugiere el empujoncito} wiggle {hace el segundo tiro} other {hace disparar a la vez}}",
  "netplay.coach.none": "sin cambio",
  "netplay.coach.tiny": "casi sin cambio",
  "netplay.coach.most": "el que más cambia",

  "netplay.adjust.legend": "Gira tus diales",
  "netplay.adjust.followAll": "Seguir todo",
  "netplay.adjust.keepAll": "Dejar todo",
  "netplay.dial.handshake": "Tu apretón con {name}",
  "netplay.dial.excitability": "Tu excitabilidad",
  "netplay.dial.looser": "Más suave: {what}",
  "netplay.dial.firmer": "Más fuerte: {what}",
  "netplay.dial.suggest": "{mark}: {change}",
  "netplay.dial.markChange": "cambio",
  "netplay.adjust.followChange": "Gira cada dial según el cambio que da el segundo tiro",

  "netplay.caption.lobby":
    "Toda la clase es una sola red: cada uno de vosotros es una neurona. Solo veis a vuestros vecinos: las neuronas que os pasan la pelota y a las que se la pasáis.",
  "netplay.caption.pass": "La pelota atraviesa la red capa a capa: cada neurona suma lo que le pasan sus vecinos, cada cosa por su apretón, más su excitabilidad.",
  "netplay.caption.vote":
    "{metres} m {side, select, short {corto} other {largo}}. En tu móvil: ¿cuál de tus propios apretones tiene la culpa? {waiting, plural, =0 {Todos han votado.} other {# todavía votan.}}",
  "netplay.caption.noVote": "{metres} m {side, select, short {corto} other {largo}}. {noVote}",
  "netplay.caption.coach":
    "{teller, select, coach {El entrenador vuelve capa a capa: su nota se reparte por cada apretón.} wires {Las notas vuelven capa a capa por sus propios cables, no por los apretones.} nudge {Un empujoncito se extiende hacia atrás por las capas; cada neurona compara cómo dispara.} wiggle {Cada neurona se meneó y la red tiró otra vez.} other {Nadie se entera del fallo: las neuronas que dispararon a la vez se aprietan más.}} {seat, select, none {} other {{teller, select, wires {La neurona {name} recibe la mayor parte de la nota de los cables ({share}%).} nudge {La neurona {name} recibe la mayor parte del empujoncito ({share}%).} other {La neurona {name} tiene la mayor parte de la culpa ({share}%).}}}}",
  "netplay.caption.adjust": "Gira tus apretones en el móvil o déjalos así: la regla ({title}) los ajusta por ti. {done, number} de {people, number} listos.",
  "netplay.caption.learned": "¡La red lo aprendió: 3 seguidas!",

  "netplay.describe.seat":
    "{shooter, select, yes {Eres el tirador, la última neurona de la red.} other {Eres la neurona {index, number} de {width, number} en la capa {layer, number} de {layers, number} antes del tirador.}} {first, select, yes {Te dan la distancia hasta la canasta} other {{before, plural, one {Un vecino te pasa la pelota} other {# vecinos te pasan la pelota}}}}; {after, plural, =0 {tú tiras a la canasta} one {tú pasas la pelota a un vecino} other {tú pasas la pelota a # vecinos}}.",
  "netplay.describe.in": "{name} te dio {value, number, ::.000}; tu apretón con esa neurona es {weight, number, ::.000}.",
  "netplay.describe.inDistance":
    "La distancia a la canasta ({metres, number} m) te llega como {value, number, ::.000} ({near, number} m sería {low, number} y {far, number} m sería {high, number}); tu apretón con ella es {weight, number, ::.000}.",
  "netplay.describe.out": "Pasaste {value, number, ::.000}.",
  "netplay.describe.suggest":
    "{teller, select, coach {El entrenador gira} wires {La nota de los cables gira} nudge {El empujoncito gira} wiggle {Tu meneo gira} other {Disparar a la vez gira}} tu apretón con {name} {dir, select, firmer {más fuerte} other {más suave}} en {change, number, ::.000###}.{most, select, yes { Es el cambio más grande de todos tus apretones.} other {}}",
  "netplay.describe.vote":
    "{count, plural, one {Votación: solo tienes un apretón, así que no hay nada que elegir. ¿Hacia dónde debería girar?} other {Votación: ¿cuál de tus # apretones tiene la culpa, y hacia dónde debería girar?}}",
  "netplay.describe.second":
    "Todos se menearon y la red tiró por segunda vez. Ese tiro cae a {unit, select, cm {{size, plural, one {# centímetro} other {# centímetros}}} other {{size, plural, one {# metro} other {# metros}}}} {side, select, short {antes de la canasta} long {después de la canasta} other {del centro}}: {kept, select, kept {más cerca, así que todos se quedan con su meneo.} reversed {más lejos, así que todos van al revés de su meneo.} other {igual de cerca, así que nada cambia.}}",
  "netplay.describe.suggestWiggle":
    "Así que tu apretón con {name} gira {dir, select, firmer {más fuerte} other {más suave}} en {change, number, ::.000###}: {kept, select, kept {hacia donde lo meneaste} other {al revés de tu meneo}}.{most, select, yes { Es el cambio más grande de todos tus apretones.} other {}}",
  "netplay.describe.still":
    "{teller, select, coach {El entrenador deja} wires {La nota de los cables deja} nudge {El empujoncito deja} wiggle {El segundo tiro deja} other {Disparar a la vez deja}} tu apretón con {name} {exact, select, yes {como está: sin cambio.} other {casi como está: cambia menos de {limit, number}.}}",
  "netplay.match.way":
    "{name} tiene un solo apretón: {direction, select, right {{teller, select, wires {girado como dijeron los cables} nudge {girado como dijo el empujoncito} other {sentido correcto}}} other {{teller, select, wires {los cables lo giraron al revés} nudge {el empujoncito lo giró al revés} other {sentido equivocado}}}}",
  "netplay.match.summary":
    "{choosers, plural, =0 {Cada votante tiene un solo apretón, así que no había apretón que elegir.} other {{right, number} de {choosers, plural, one {# vecindario} other {# vecindarios}} con más de un apretón eligieron el apretón al que {teller, select, wires {los cables culparon más} nudge {el empujoncito culpó más} other {el entrenador culpó más}}.}} {turned, number} de {total, number} eligieron el sentido en que {teller, select, wires {lo giraron los cables} nudge {lo giró el empujoncito} other {lo giró el entrenador}}.",

  // The student's end screen in a network: their votes against the rule, and their neuron's average share.
  "netplay.summary.votes":
    "{teller, select, wires {Tus votos: el apretón al que los cables culparon más, {handshake, number} de {votes, plural, one {# vez} other {# veces}}; la dirección que dijeron los cables, {direction, number} de {votes, plural, one {# vez} other {# veces}}.} nudge {Tus votos: el apretón al que el empujoncito culpó más, {handshake, number} de {votes, plural, one {# vez} other {# veces}}; la dirección que dijo el empujoncito, {direction, number} de {votes, plural, one {# vez} other {# veces}}.} other {Tus votos: el apretón correcto, {handshake, number} de {votes, plural, one {# vez} other {# veces}}; la dirección correcta, {direction, number} de {votes, plural, one {# vez} other {# veces}}.}}",
  "netplay.summary.ways":
    "{choices, plural, =0 {Solo tenías un apretón, así que solo votaste la dirección: {teller, select, wires {la dirección que dijeron los cables} nudge {la dirección que dijo el empujoncito} other {la dirección correcta}}, {direction, number} de {votes, plural, one {# vez} other {# veces}}.} other {Tus votos: {teller, select, wires {el apretón al que los cables culparon más} nudge {el apretón al que el empujoncito culpó más} other {el apretón correcto}}, {handshake, number} de {choices, plural, one {# vez} other {# veces}} en que tenías más de uno para elegir; {teller, select, wires {la dirección que dijeron los cables} nudge {la dirección que dijo el empujoncito} other {la dirección correcta}}, {direction, number} de {votes, plural, one {# vez} other {# veces}}.}}",
  "netplay.summary.share":
    "{teller, select, wires {Tras un fallo, tu neurona recibió de media el {share, number, percent} de la nota de los cables.} nudge {Tras un fallo, tu neurona recibió de media el {share, number, percent} del empujoncito.} other {Tras un fallo, tu neurona cargó de media con el {share, number, percent} de la culpa.}}",
};
