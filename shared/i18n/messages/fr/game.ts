import type { AreaMessages } from "../en";
import type { game as source } from "../en/game";

/** The game's own sentences (lobby, race, presets, the note's health, refusals), in French. */
export const game: AreaMessages<typeof source> = {
  "game.lobby.joined": "{joined, plural, one {# inscrit} other {# inscrits}}",
  "game.lobby.lines": "{lines, plural, one {# file} other {# files}}",
  "game.lobby.free": "{free, plural, one {# place libre} other {# places libres}}",
  "game.lobby.grows": "le prochain qui arrive ouvre une nouvelle file",
  "game.lobby.full": "complet : autorise plus de files ou des files plus longues dans les Réglages",

  "game.race.line": "file {line, number} ({title})",
  "game.race.first": "{names} a appris en premier, 3 d’affilée au tir {shot, number} : {why}.",
  "game.race.tiedSame": "{names} sont à égalité, 3 d’affilée au tir {shot, number} : {why}.",
  "game.race.tiedMixed": "{names} sont à égalité, 3 d’affilée au tir {shot, number} : avec ce panier, leurs règles ont aussi bien marché.",
  "game.race.closest":
    "Aucune file n’a réussi 3 d’affilée ; {names} {count, plural, one {est arrivée le plus près : ses derniers tirs ont raté} other {sont arrivées le plus près : leurs derniers tirs ont raté}} de {metres, number, ::.0} m en moyenne.",
  "game.race.none": "Pas encore de tir : la course n’a pas commencé.",
  "game.race.why.backprop": "l’entraîneur a dit à chaque neurone sa propre part de la faute et dans quel sens tourner",
  "game.race.why.feedback-alignment":
    "ses notes sur le raté sont revenues par des fils fixes posés au hasard, approximatifs, mais cette fois ils indiquaient assez souvent le bon sens",
  "game.race.why.activity-difference":
    "un coup de pouce à la fin a remonté la file et chaque neurone a appris de la façon dont son activité a changé, presque ce que dirait un entraîneur",
  "game.race.why.trial-and-error": "ses secousses au hasard étaient gardées quand un deuxième tir tombait plus près, ce qui marche mais gaspille la plupart des secousses",
  "game.race.why.fire-together": "ses partenaires se serraient plus fort quand ils s’activaient ensemble ; elle n’entend jamais parler du raté, c’était donc de la chance avec le panier",

  "game.preset.coach-vs-trial.name": "Entraîneur contre essais et erreurs",
  "game.preset.coach-vs-trial.why":
    "Deux files de 12 visent un panier lointain : la file de l’entraîneur réussit 3 d’affilée en 6 tirs environ, les secousses au hasard en demandent deux fois plus ou n’y arrivent jamais.",
  "game.preset.brain-lab-four.name": "Labo du cerveau : quatre règles",
  "game.preset.brain-lab-four.why":
    "Quatre files de 6, un panier lointain : la faute exacte de l’entraîneur arrive en premier, pousser et comparer juste derrière, les secousses au hasard et les fils à part bien plus tard.",

  "game.signal.silent": "le neurone {seat, number} ne s’active pas du tout et ne laisse rien passer",
  "game.signal.flatOut": "le neurone {seat, number} s’active à fond, aussi fort qu’il peut, et presque rien ne passe à travers lui",
  "game.signal.fadingStuck":
    "{signal, select, nudge {Le coup de pouce est devenu minuscule} other {La note est devenue minuscule}} en arrivant au neurone 1 : {why}. Le début de la file n’apprend donc presque rien.",
  "game.signal.fadingSlopes":
    "{signal, select, nudge {Le coup de pouce est devenu minuscule} other {La note est devenue minuscule}} en arrivant au neurone 1 : chaque neurone traversé au retour n’en a laissé passer qu’une partie (plus un neurone s’active fort, moins il en laisse passer), et les parties se multiplient. Le début de la file n’apprend donc presque rien.",
  "game.signal.fadingLinks":
    "{signal, select, nudge {Le coup de pouce est devenu minuscule} other {La note est devenue minuscule}} en arrivant au neurone 1 : {links, select, wires {les fils} other {les poignées de main}} traversés au retour sont faibles, et chacun l’a rétrécie. Le début de la file n’apprend donc presque rien.",
  "game.signal.exploding":
    "{signal, select, nudge {Le coup de pouce est devenu énorme} other {La note est devenue énorme}} en arrivant au neurone 1 : {links, select, wires {les fils} other {les poignées de main}} traversés au retour sont forts, et chacun l’a agrandie. Le début de la file va donc sauter trop loin.",
  "game.signal.stuck":
    "Bloqué : {why}. Tourner sa poignée de main ne change presque pas son activité, donc {signal, select, nudge {le coup de pouce} other {la note}} rétrécit là.",

  "game.what.line": "La file",
  "game.what.seat": "La place",
  "game.what.lineLength": "La longueur de la file",
  "game.what.teams": "Le nombre de files",
  "game.what.maxTeams": "Le nombre maximum de files",
  "game.what.strictness": "La sévérité de l’entraîneur",
  "game.what.voteSeconds": "Le minuteur du vote",
  "game.what.adjustSeconds": "Le minuteur du réglage",
  "game.what.maxRounds": "Le nombre de tirs",
  "game.what.fixedRounds": "Les tirs avec le panier fixe",
  "game.what.distance": "La distance du panier",
  "game.what.minWeight": "La plus petite poignée de main de départ",
  "game.what.maxWeight": "La plus grande poignée de main de départ",
  "game.what.seed": "La graine",
  "game.what.blame": "Le neurone que tu blâmes",
  "game.what.weight": "Ta poignée de main",
  "game.what.bias": "Ton excitabilité",

  "game.refuse.number": "{what} : il faut un nombre.",
  "game.refuse.range": "{what} : il faut un nombre entre {min, number, ::.########## group-off} et {max, number, ::.########## group-off}.",
  "game.refuse.whole": "{what} : il faut un nombre entier.",
  "game.refuse.trueFalse": "{field} doit valoir true ou false.",
  "game.refuse.oneOf": "{field} doit valoir « {a} » ou « {b} ».",
  "game.refuse.object": "{field} doit être un objet.",
  "game.refuse.noId": "Un joueur a besoin d’un identifiant.",
  "game.refuse.alreadySeated": "Tu as déjà une place.",
  "game.refuse.locked": "Cette classe est verrouillée : demande à ton professeur de la déverrouiller.",
  "game.refuse.nameNotText": "Un pseudo doit être du texte.",
  "game.refuse.banned": "Ton professeur a retiré ce nom de cette classe.",
  "game.refuse.nameTaken": "Quelqu’un ici s’appelle déjà {name}. Essaie un autre pseudo.",
  "game.refuse.full":
    "Cette classe est complète ({lines, plural, one {# file} other {# files}} de {length, number}) : demande à ton professeur d’autoriser plus de files ou des files plus longues.",
  "game.refuse.settingsObject": "Les réglages doivent être un objet.",
  "game.refuse.unknownSetting": "Réglage inconnu « {key} ».",
  "game.refuse.shape": "La forme de la file ne peut changer qu’avant le début ou après la partie.",
  "game.refuse.unknownActivation": "Activation inconnue « {name} ».",
  "game.refuse.rulesList": "rules doit être une liste de {min, number} à {max, number} règles d’apprentissage.",
  "game.refuse.unknownRule": "Règle d’apprentissage inconnue « {name} ».",
  "game.refuse.court": "Le terrain ne peut pas changer pendant une partie.",
  "game.refuse.tooMany":
    "{people, plural, one {# joueur a besoin} other {# joueurs ont besoin}} de {need, plural, one {# file} other {# files}} de {length, number}, mais la classe peut en avoir {cap, number} au plus.",
  "game.refuse.noSeats": "Il n’y a pas assez de places pour tout le monde.",
  "game.refuse.notObject": "Une action doit être un objet.",
  "game.refuse.unknownPlayer": "Ce joueur n’est pas dans cette partie.",
  "game.refuse.unbanWho": "Dis quel nom peut revenir.",
  "game.refuse.notBanned": "Ce nom n’a pas été retiré de cette classe.",
  "game.refuse.started": "La partie a déjà commencé.",
  "game.refuse.noNext": "Il n’y a pas de phase suivante {phase, select, lobby {avant le début} other {dans le résumé}}.",
  "game.refuse.nothingToPause": "Rien n’est en cours, rien à mettre en pause.",
  "game.refuse.notPaused": "La partie n’est pas en pause.",
  "game.refuse.ended": "La partie est déjà finie.",
  "game.refuse.readyWhen": "Tu ne peux dire que tu as fini que pendant le réglage.",
  "game.refuse.unknownAction": "Action inconnue « {type} ».",
  "game.refuse.notHost": "Seul l’hôte de la classe peut faire ça.",
  "game.refuse.notSeated": "Tu n’as pas de place dans cette partie.",
  "game.refuse.voteClosed": "Le vote est fermé pour l’instant.",
  "game.refuse.paused": "La partie est en pause.",
  "game.refuse.direction": "Le sens doit être « firmer » (plus ferme) ou « looser » (plus souple).",
  "game.refuse.noShot": "Il n’y a pas de tir sur lequel voter.",
  "game.refuse.noVote": "Ta file n’a personne à blâmer cette fois : pas de vote.",
  "game.refuse.alreadyVoted": "Tu as déjà voté pendant ce tour.",
  "game.refuse.adjustWhen": "Tu ne peux tourner ton bouton que pendant le réglage.",
  "game.refuse.unknownMessage": "Type de message inconnu {type}.",
  "game.refuse.badMessage": "Message « {type} » incorrect : {where}{text}",
};
