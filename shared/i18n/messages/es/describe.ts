import type { AreaMessages } from "../en";
import type { describe as source } from "../en/describe";

/** The screen reader's story, in Spanish. */
export const describe: AreaMessages<typeof source> = {
  "describe.aim": "Tiro {round} de {rounds}. La canasta está a {distance, number, ::.0} metros.",
  "describe.pass.start":
    "{to, select, you {La pelota empieza contigo: entra {input, number, ::.00} y pasas {output, number, ::.00}.} other {La pelota empieza en la neurona {toSeat}: entra {input, number, ::.00} y sale {output, number, ::.00}.}}",
  "describe.pass":
    "La pelota va de {from, select, you {ti} other {la neurona {fromSeat}}} a {to, select, you {ti: entra {input, number, ::.00} y pasas {output, number, ::.00}.} other {la neurona {toSeat}: entra {input, number, ::.00} y sale {output, number, ::.00}.}}",
  "describe.pass.skip": "La pelota sigue por las neuronas {first} a {last}.",
  "describe.shoot": "{who, select, you {Tiras} other {La neurona {seat} tira}} con una fuerza de {power, number, ::.00}.",
  "describe.land.miss":
    "{side, select, short {El tiro se queda corto} other {El tiro se pasa}} por {unit, select, cm {{size, plural, one {# centímetro} other {# centímetros}}} other {{size, plural, one {# metro} other {# metros}}}}.",
  "describe.land.hit":
    "¡Dentro! La pelota cae a {unit, select, cm {{size, plural, one {# centímetro} other {# centímetros}}} other {{size, plural, one {# metro} other {# metros}}}} del centro de la canasta.",
  "describe.back.skip": "{teller, select, coach {El entrenador sigue de largo por} other {Sigue de largo por}} las neuronas {first} a {last}.",
  "describe.told.coach":
    "El entrenador llega {who, select, you {a ti} other {a la neurona {seat}}}: {share, number, ::percent} de la culpa, apretón {dir, select, firmer {más fuerte} other {más suave}}. La nota es {size}.",
  "describe.told.coach.hit":
    "El entrenador llega {who, select, you {a ti} other {a la neurona {seat}}} con una nota {size}: apretón {dir, select, firmer {más fuerte} other {más suave}}.",
  "describe.told.wires":
    "Una nota llega {who, select, you {a ti} other {a la neurona {seat}}} por el cable de vuelta: {share, number, ::percent} de la culpa, apretón {dir, select, firmer {más fuerte} other {más suave}}. La nota es {size}.",
  "describe.told.wires.hit":
    "Una nota {size} llega {who, select, you {a ti} other {a la neurona {seat}}} por el cable de vuelta: apretón {dir, select, firmer {más fuerte} other {más suave}}.",
  "describe.told.nudge":
    "El empujoncito llega {who, select, you {a ti} other {a la neurona {seat}}}: la activación pasa de {before, number, ::.00} a {after, number, ::.00}. Eso equivale a {share, number, ::percent} de la culpa: apretón {dir, select, firmer {más fuerte} other {más suave}}.",
  "describe.told.nudge.hit":
    "El empujoncito llega {who, select, you {a ti} other {a la neurona {seat}}}: la activación pasa de {before, number, ::.00} a {after, number, ::.00}, así que apretón {dir, select, firmer {más fuerte} other {más suave}}.",
  "describe.second":
    "El segundo tiro cae a {unit, select, cm {{size, plural, one {# centímetro} other {# centímetros}}} other {{size, plural, one {# metro} other {# metros}}}} {side, select, short {antes de la canasta} long {después de la canasta} other {del centro}}: {kept, select, yes {más cerca, así que todos se quedan con su meneo.} other {más lejos, así que todos van hacia el otro lado.}}",
  "describe.told.wiggle":
    "{who, select, you {Meneaste} other {La neurona {seat} meneó}} hacia {wiggle, select, firmer {más fuerte} other {más suave}}: {verdict, select, kept {se queda.} reversed {se da la vuelta.} other {sin cambio.}}",
  "describe.told.together":
    "{who, select, you {Tú} other {La neurona {seat}}} y {before, select, start {el inicio de la pelota} you {tú} other {la neurona {beforeSeat}}} {how, select, strong {se activaron juntas con fuerza} bit {se activaron juntas un poco} hardly {apenas se activaron juntas} other {se activaron al revés, una arriba y otra abajo}}: el apretón {grows, select, yes {crece} other {se afloja}}.",
  "describe.adjust":
    "Tu turno: tu apretón era {before, number, ::.000}. {teller, select, coach {El entrenador sugiere} wires {La nota del cable sugiere} nudge {El empujoncito sugiere} wiggle {Tu meneo lo deja en} other {La activación lo deja en}} {after, number, ::.000}.",
  "describe.summary": "Fin del juego: {hits, plural, one {# acierto} other {# aciertos}} en {shots, plural, one {# tiro} other {# tiros}}.",
  "describe.screen.shot": "Tiro {round} de {rounds}. La canasta está a {distance, number, ::.0} metros.",
  "describe.screen.seat":
    "Eres la neurona {seat} de {count}. {place, select, first {La pelota empieza contigo y se la pasas a la neurona {next}.} last {Recibes la pelota de la neurona {prev} y tiras.} only {Recibes la pelota y tiras.} other {Recibes la pelota de la neurona {prev} y se la pasas a la neurona {next}.}}",
  "describe.screen.watch": "Estás mirando una fila de {count} neuronas.",
  "describe.screen.rule": "La regla: {title}.",
  "describe.screen.weight": "Tu apretón: {weight, number, ::.00}.",
  "describe.screen.phase":
    "Ahora: {phase, select, lobby {esperando para empezar} aim {la canasta está puesta} pass {la pelota está pasando} shot {el tiro} vote {la votación} coach {{step}} adjust {todos giran su apretón} other {el juego terminó}}.",
};
