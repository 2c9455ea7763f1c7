import type { AreaMessages } from "../en";
import type { rules as source } from "../en/rules";

/** The learning rules in words, in French. */
export const rules: AreaMessages<typeof source> = {
  "rules.noVoteAfterHit": "Dedans ! Personne à blâmer, donc pas de vote cette fois.",

  "rules.size.tiny": "minuscule",
  "rules.size.small": "petite",
  "rules.size.medium": "moyenne",
  "rules.size.big": "grande",
  "rules.size.huge": "énorme",

  "rules.backprop.title": "L’entraîneur backprop",
  "rules.backprop.summary": "L’entraîneur remonte la file et dit à chaque joueur exactement quelle part du raté est de sa faute.",
  "rules.backprop.signalMeaning": "le signal d’erreur qui t’est parvenu",
  "rules.backprop.teller": "l’entraîneur",
  "rules.backprop.step": "L’entraîneur revient en arrière",
  "rules.backprop.after":
    "L’entraîneur revient du panier en suivant les mêmes poignées de main que le ballon, et donne à chaque neurone une note : sa part de la faute et dans quel sens tourner.",
  "rules.backprop.afterHit": "Dedans ! Personne à blâmer. L’entraîneur revient quand même avec de petites notes, pour que le prochain tir tombe plus près du centre.",
  "rules.backprop.catch":
    "Pour cela, un vrai neurone devrait envoyer un message à l’envers à travers sa propre poignée de main. C’est ce que les scientifiques ont du mal à croire.",
  "rules.backprop.vote": "Qui est le plus fautif ?",
  "rules.backprop.waiting": "Vote envoyé. On attend l’entraîneur…",
  "rules.backprop.cards": "Les cartes de l’entraîneur",
  "rules.backprop.signal": "note",
  "rules.backprop.mark": "entraîneur",
  "rules.backprop.court": "Sur le terrain : l’entraîneur vert s’arrête près de chaque neurone ; le carré blanc est sa note, aussi grande que l’erreur qui lui est parvenue.",

  "rules.feedback-alignment.title": "Des fils de retour à part",
  "rules.feedback-alignment.summary": "Pas d’entraîneur : la note sur le raté revient par ses propres fils, posés au hasard et qui ne changent jamais.",
  "rules.feedback-alignment.signalMeaning": "le signal d’erreur qui t’est parvenu par les fils de retour",
  "rules.feedback-alignment.teller": "les fils",
  "rules.feedback-alignment.step": "Des notes sur les fils",
  "rules.feedback-alignment.after":
    "Pas d’entraîneur ici. Le raté est écrit sur une note qui revient par des fils à part, pas par les poignées de main. Chaque fil a reçu une force au hasard au début et ne change jamais.",
  "rules.feedback-alignment.afterHit": "Dedans ! Personne à blâmer. De petites notes reviennent quand même par les fils, pour que le prochain tir tombe plus près du centre.",
  "rules.feedback-alignment.catch": "Une note indique le bon sens seulement là où les signes des fils (+ ou −) sont les mêmes que ceux des poignées de main.",
  "rules.feedback-alignment.vote": "Qui les notes des fils vont-elles le plus blâmer ?",
  "rules.feedback-alignment.waiting": "Vote envoyé. On attend les notes…",
  "rules.feedback-alignment.cards": "Les notes des fils",
  "rules.feedback-alignment.signal": "note",
  "rules.feedback-alignment.mark": "fils",
  "rules.feedback-alignment.court":
    "Sur le terrain : les arcs en pointillés au-dessus des têtes sont les fils, plus épais quand le fil est plus fort, avec leur signe (+ ou −) ; la note blanche revient par eux.",

  "rules.activity-difference.title": "Pousser et comparer",
  "rules.activity-difference.summary":
    "Le dernier joueur reçoit un coup de pouce vers le bon tir ; tout le monde sent le coup de pouce remonter et apprend de la façon dont son activité a changé.",
  "rules.activity-difference.signalMeaning": "combien ton activité a changé quand la file a reçu le coup de pouce",
  "rules.activity-difference.teller": "le coup de pouce",
  "rules.activity-difference.step": "Pousser et comparer",
  "rules.activity-difference.after":
    "Ni entraîneur ni note. Le tireur reçoit un coup de pouce vers un meilleur tir, le coup de pouce remonte par les poignées de main, et chaque neurone compare comment il s’active avec le coup de pouce et comment il s’activait pendant le tir, sans lui.",
  "rules.activity-difference.afterHit": "Dedans ! Personne à blâmer. Un tout petit coup de pouce vers le centre remonte quand même, et chaque neurone compare son activité.",
  "rules.activity-difference.catch":
    "Seuls les changements d’activité remontent, et de vrais neurones savent faire ça. De combien l’activité d’un neurone a changé, cela donne sa part de la faute.",
  "rules.activity-difference.vote": "Qui le coup de pouce va-t-il le plus blâmer ?",
  "rules.activity-difference.waiting": "Vote envoyé. On attend le coup de pouce…",
  "rules.activity-difference.cards": "Ce que le coup de pouce a changé",
  "rules.activity-difference.signal": "coup de pouce",
  "rules.activity-difference.mark": "coup de pouce",
  "rules.activity-difference.court":
    "Sur le terrain : la lueur jaune est le coup de pouce. Au-dessus de chaque tête, ▲ veut dire qu’il s’est un peu plus activé, ▼ un peu moins.",

  "rules.trial-and-error.title": "Essais et erreurs",
  "rules.trial-and-error.summary": "Chacun secoue un peu sa poignée au hasard et la file tire encore : on garde les secousses qui ont aidé.",
  "rules.trial-and-error.signalMeaning": "ta propre secousse au hasard (gardée si le deuxième tir était plus près, inversée sinon)",
  "rules.trial-and-error.teller": "la secousse",
  "rules.trial-and-error.step": "Secouer et tirer encore",
  "rules.trial-and-error.after":
    "Personne ne revient en arrière. Chaque neurone secoue un peu sa poignée de main au hasard, et le ballon est passé et tiré encore une fois. Plus près ? Tout le monde garde sa secousse. Plus loin ? Tout le monde va dans l’autre sens.",
  "rules.trial-and-error.afterHit": "Dedans ! Mais chacun secoue quand même, et le ballon est passé et tiré encore une fois : les secousses restent si le ballon tombe plus près du centre.",
  "rules.trial-and-error.catch": "Il faut deux tirs pour chaque changement, et plus il y a de neurones qui secouent en même temps, plus c’est dur de savoir quelle secousse a aidé.",
  "rules.trial-and-error.noVote": "Pas de vote ici : chacun secoue au hasard, et un deuxième tir décide.",
  "rules.trial-and-error.waiting": "On attend le deuxième tir…",
  "rules.trial-and-error.cards": "La secousse de chacun",
  "rules.trial-and-error.signal": "secousse",
  "rules.trial-and-error.mark": "secousse",
  "rules.trial-and-error.court":
    "Sur le terrain : l’arc blanc en pointillés est le deuxième tir ; les mots au-dessus du raté disent si tout le monde garde sa secousse.",

  "rules.fire-together.title": "S’activer ensemble, se lier ensemble",
  "rules.fire-together.summary": "Les partenaires qui s’activent en même temps se serrent la main plus fort. Personne n’entend jamais parler du raté.",
  "rules.fire-together.signalMeaning": "à quel point toi et le joueur d’avant vous êtes activés ensemble",
  "rules.fire-together.teller": "personne",
  "rules.fire-together.step": "S’activer ensemble, se lier ensemble",
  "rules.fire-together.after": "Personne n’entend parler du raté. Les voisins qui se sont activés ensemble se serrent un peu plus fort, et chaque poignée se relâche un peu.",
  "rules.fire-together.afterHit": "Dedans ! Mais personne n’en entend parler : les voisins qui se sont activés ensemble se serrent plus fort, comme après n’importe quel tir.",
  "rules.fire-together.catch": "Rien ici ne sait où le ballon est tombé, donc la file ne peut pas corriger un raté.",
  "rules.fire-together.noVote": "Pas de vote : personne n’entend parler du raté.",
  "rules.fire-together.waiting": "On attend…",
  "rules.fire-together.cards": "Qui s’est activé ensemble",
  "rules.fire-together.signal": "ensemble",
  "rules.fire-together.mark": "activité",
  "rules.fire-together.court": "Sur le terrain : les liens qui brillent relient les voisins qui se sont activés ensemble ; leur poignée grandit.",
};
