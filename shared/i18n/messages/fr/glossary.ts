import type { AreaMessages } from "../en";
import type { glossary as source } from "../en/glossary";

/** The projector's glossary card, in French. */
export const glossary: AreaMessages<typeof source> = {
  "glossary.neuron.term": "Neurone",
  "glossary.neuron.meaning": "Toi ! Chaque joueur est un neurone : il reçoit la force du ballon, la change et la passe à la place suivante.",
  "glossary.handshake.term": "Poignée de main",
  "glossary.handshake.meaning": "La force avec laquelle tu passes le ballon : le nombre que tu tournes sur ta molette. Dans un vrai réseau, on l’appelle un poids.",
  "glossary.excitability.term": "Excitabilité",
  "glossary.excitability.meaning": "Ton envie de t’activer même quand il arrive peu : un nombre ajouté avant de passer le ballon. Les scientifiques l’appellent un biais.",
  "glossary.miss.term": "L’écart",
  "glossary.miss.meaning": "À quelle distance du panier le ballon est tombé, trop court ou trop long. Toute règle qui apprend de ses erreurs part de ce nombre.",
  "glossary.blame.term": "Part de la faute",
  "glossary.blame.meaning": "Quelle part de l’écart vient de ta poignée de main, par rapport à toute la ligne (toutes les parts font 100 %).",
  "glossary.note.term": "Le mot de l’entraîneur",
  "glossary.note.meaning": "Ce que l’entraîneur donne à chaque neurone en remontant la ligne : l’erreur qui lui arrive, qui lui dit de combien changer et dans quel sens tourner.",
  "glossary.firmer-looser.term": "Plus ferme / plus souple",
  "glossary.firmer-looser.meaning": "Dans quel sens tourner ta poignée de main : plus ferme rend le ballon que tu passes plus fort, plus souple le rend plus faible.",
  "glossary.strictness.term": "Sévérité",
  "glossary.strictness.meaning": "La taille de chaque changement. Trop sévère, et la ligne dépasse dans un sens puis dans l’autre ; trop douce, et elle apprend lentement. Les scientifiques l’appellent le taux d’apprentissage.",
  "glossary.learned.term": "3 de suite",
  "glossary.learned.meaning": "Une ligne qui marque trois tirs de suite a appris le lancer.",
  "glossary.moving-hoop.term": "Le panier qui bouge",
  "glossary.moving-hoop.meaning": "Après les premiers tirs, le panier saute à d’autres distances : la ligne doit apprendre à viser, pas seulement à retenir un lancer.",
};
