import type { AreaMessages } from "../en";
import type { rules as source } from "../en/rules";

/** The learning rules in words, in Spanish. */
export const rules: AreaMessages<typeof source> = {
  "rules.noVoteAfterHit": "¡Dentro! No hay nadie a quien culpar, así que esta vez no se vota.",

  "rules.size.tiny": "diminuta",
  "rules.size.small": "pequeña",
  "rules.size.medium": "mediana",
  "rules.size.big": "grande",
  "rules.size.huge": "enorme",

  "rules.backprop.title": "Entrenador backprop",
  "rules.backprop.summary": "El entrenador recorre la fila hacia atrás y le dice a cada jugador exactamente cuánta culpa tuvo en el fallo.",
  "rules.backprop.signalMeaning": "la señal de error que te llegó",
  "rules.backprop.teller": "el entrenador",
  "rules.backprop.step": "El entrenador vuelve atrás",
  "rules.backprop.after":
    "El entrenador vuelve desde la canasta por los mismos apretones por los que pasó la pelota y le da a cada neurona una nota: su parte de la culpa y hacia qué lado girar.",
  "rules.backprop.afterHit": "¡Dentro! Nadie tiene la culpa. El entrenador igual vuelve con notas pequeñas, para que el próximo tiro caiga más cerca del centro.",
  "rules.backprop.catch":
    "Para esto, una neurona de verdad tendría que enviar un mensaje hacia atrás por su propio apretón. Eso es lo que a los científicos les cuesta creer.",
  "rules.backprop.vote": "¿Quién tiene más culpa?",
  "rules.backprop.waiting": "Voto enviado. Esperando al entrenador…",
  "rules.backprop.cards": "Las tarjetas del entrenador",
  "rules.backprop.signal": "nota",
  "rules.backprop.mark": "entrenador",
  "rules.backprop.court": "En la cancha: el entrenador verde se para junto a cada neurona; el cuadrado blanco es su nota, tan grande como el error que le llegó.",

  "rules.feedback-alignment.title": "Cables de vuelta aparte",
  "rules.feedback-alignment.summary": "Sin entrenador: la nota sobre el fallo vuelve por sus propios cables, que se pusieron al azar y nunca cambian.",
  "rules.feedback-alignment.signalMeaning": "la señal de error que te llegó por los cables de vuelta",
  "rules.feedback-alignment.teller": "los cables",
  "rules.feedback-alignment.step": "Notas por los cables",
  "rules.feedback-alignment.after":
    "Aquí no hay entrenador. El fallo se escribe en una nota que vuelve por cables aparte, no por los apretones. Cada cable recibió una fuerza al azar al principio y nunca cambia.",
  "rules.feedback-alignment.afterHit": "¡Dentro! Nadie tiene la culpa. Igual vuelven notas pequeñas por los cables, para que el próximo tiro caiga más cerca del centro.",
  "rules.feedback-alignment.catch": "Una nota apunta hacia el lado correcto solo donde los signos de los cables (+ o −) coinciden con los de los apretones.",
  "rules.feedback-alignment.vote": "¿A quién culparán más las notas de los cables?",
  "rules.feedback-alignment.waiting": "Voto enviado. Esperando las notas…",
  "rules.feedback-alignment.cards": "Notas de los cables",
  "rules.feedback-alignment.signal": "nota",
  "rules.feedback-alignment.mark": "cables",
  "rules.feedback-alignment.court":
    "En la cancha: los arcos a rayas sobre las cabezas son los cables, más gruesos si el cable es más fuerte, con su signo (+ o −); la nota blanca vuelve por ellos.",

  "rules.activity-difference.title": "Empujar y comparar",
  "rules.activity-difference.summary":
    "Al último jugador se le da un empujoncito hacia el tiro correcto; todos sienten cómo el empujoncito vuelve por la fila y aprenden de cómo cambió su propia activación.",
  "rules.activity-difference.signalMeaning": "cuánto cambió tu activación cuando se empujó a la fila",
  "rules.activity-difference.teller": "el empujoncito",
  "rules.activity-difference.step": "Empujar y comparar",
  "rules.activity-difference.after":
    "Ni entrenador ni nota. Al que tira se le da un empujoncito hacia un tiro mejor, el empujoncito se extiende hacia atrás por los apretones y cada neurona compara cómo se activa con el empujoncito con cómo se activó en el tiro sin él.",
  "rules.activity-difference.afterHit": "¡Dentro! Nadie tiene la culpa. Un empujoncito diminuto hacia el centro igual vuelve, y cada neurona compara su activación.",
  "rules.activity-difference.catch":
    "Solo vuelven los cambios en la activación, y las neuronas de verdad sí pueden hacer eso. Cuánto cambió la activación de una neurona resulta ser su parte de la culpa.",
  "rules.activity-difference.vote": "¿A quién culpará más el empujoncito?",
  "rules.activity-difference.waiting": "Voto enviado. Esperando el empujoncito…",
  "rules.activity-difference.cards": "Lo que cambió el empujoncito",
  "rules.activity-difference.signal": "empujoncito",
  "rules.activity-difference.mark": "empujoncito",
  "rules.activity-difference.court":
    "En la cancha: el brillo amarillo es el empujoncito. Sobre cada cabeza, ▲ significa que se activó un poco más y ▼ un poco menos.",

  "rules.trial-and-error.title": "Prueba y error",
  "rules.trial-and-error.summary": "Todos mueven un poco su apretón al azar y la fila vuelve a tirar: se quedan los meneos que ayudaron.",
  "rules.trial-and-error.signalMeaning": "tu propio meneo al azar (se queda si el segundo tiro cayó más cerca; si no, se da la vuelta)",
  "rules.trial-and-error.teller": "el meneo",
  "rules.trial-and-error.step": "Menear y volver a tirar",
  "rules.trial-and-error.after":
    "Nadie vuelve atrás. Cada neurona menea un poco su apretón al azar y la pelota se pasa y se tira otra vez. ¿Más cerca? Todos se quedan con su meneo. ¿Más lejos? Todos van hacia el otro lado.",
  "rules.trial-and-error.afterHit": "¡Dentro! Aun así, todos menean y la pelota se pasa y se tira otra vez: los meneos se quedan si la pelota cae más cerca del centro.",
  "rules.trial-and-error.catch": "Hacen falta dos tiros para cada cambio, y cuantas más neuronas menean a la vez, más difícil es saber qué meneo ayudó.",
  "rules.trial-and-error.noVote": "Aquí no se vota: todos menean al azar y un segundo tiro decide.",
  "rules.trial-and-error.waiting": "Esperando el segundo tiro…",
  "rules.trial-and-error.cards": "El meneo de cada uno",
  "rules.trial-and-error.signal": "meneo",
  "rules.trial-and-error.mark": "meneo",
  "rules.trial-and-error.court":
    "En la cancha: el arco blanco a rayas es el segundo tiro; las palabras sobre el fallo dicen si todos se quedan con su meneo.",

  "rules.fire-together.title": "Se activan juntas, se conectan juntas",
  "rules.fire-together.summary": "Los compañeros que se activan a la vez se aprietan más fuerte. Nadie se entera nunca del fallo.",
  "rules.fire-together.signalMeaning": "con cuánta fuerza tú y el jugador anterior se activaron juntos",
  "rules.fire-together.teller": "nadie",
  "rules.fire-together.step": "Se activan juntas, se conectan juntas",
  "rules.fire-together.after": "Nadie se entera del fallo. Los vecinos que se activaron juntos se aprietan un poco más fuerte, y cada apretón se afloja un poco.",
  "rules.fire-together.afterHit": "¡Dentro! Pero nadie se entera: los vecinos que se activaron juntos se aprietan más fuerte, como después de cualquier tiro.",
  "rules.fire-together.catch": "Aquí nada sabe dónde cayó la pelota, así que la fila no puede corregir un fallo.",
  "rules.fire-together.noVote": "No se vota: nadie se entera del fallo.",
  "rules.fire-together.waiting": "Esperando…",
  "rules.fire-together.cards": "Quién se activó a la vez",
  "rules.fire-together.signal": "juntos",
  "rules.fire-together.mark": "activación",
  "rules.fire-together.court": "En la cancha: los enlaces que brillan unen a vecinos que se activaron juntos; su apretón crece.",
};
