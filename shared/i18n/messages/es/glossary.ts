import type { AreaMessages } from "../en";
import type { glossary as source } from "../en/glossary";

/** The projector's glossary card, in Spanish. */
export const glossary: AreaMessages<typeof source> = {
  "glossary.neuron.term": "Neurona",
  "glossary.neuron.meaning": "¡Tú! Cada jugador es una neurona: recibe la fuerza de la pelota, la cambia y la pasa al siguiente sitio.",
  "glossary.handshake.term": "Apretón",
  "glossary.handshake.meaning": "Con cuánta fuerza pasas la pelota: el número que giras en tu rueda. En una red de verdad se llama peso.",
  "glossary.excitability.term": "Excitabilidad",
  "glossary.excitability.meaning": "Cuántas ganas tienes de activarte aunque te llegue poco: un número que se suma antes de pasar la pelota. Los científicos lo llaman sesgo.",
  "glossary.miss.term": "El fallo",
  "glossary.miss.meaning": "A qué distancia de la canasta cayó la pelota, corta o larga. Toda regla que aprende de sus errores empieza por este número.",
  "glossary.blame.term": "Parte de la culpa",
  "glossary.blame.meaning": "Cuánto del fallo se debió a tu apretón, como parte del total de la fila (todas las partes suman 100 %).",
  "glossary.note.term": "La nota del entrenador",
  "glossary.note.meaning": "Lo que el entrenador entrega a cada neurona al volver por la fila: el error que le llegó, que le dice cuánto cambiar y hacia dónde girar.",
  "glossary.firmer-looser.term": "Más fuerte / más suave",
  "glossary.firmer-looser.meaning": "Hacia dónde girar tu apretón: más fuerte hace que la pelota que pasas sea más fuerte; más suave, más débil.",
  "glossary.strictness.term": "Exigencia",
  "glossary.strictness.meaning": "Lo grande que es cada cambio. Demasiado exigente y la fila se pasa de un lado a otro; demasiado suave y aprende despacio. Los científicos lo llaman tasa de aprendizaje.",
  "glossary.learned.term": "3 seguidas",
  "glossary.learned.meaning": "Una fila que enceste tres tiros seguidos ha aprendido el lanzamiento.",
  "glossary.moving-hoop.term": "La canasta que se mueve",
  "glossary.moving-hoop.meaning": "Tras los primeros tiros la canasta salta a otras distancias: la fila tiene que aprender a apuntar, no solo a recordar un lanzamiento.",
};
