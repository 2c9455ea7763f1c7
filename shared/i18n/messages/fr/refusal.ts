import type { AreaMessages } from "../en";
import type { refusal as source } from "../en/refusal";

/** What the server itself says when it refuses, in French. */
export const refusal: AreaMessages<typeof source> = {
  "refusal.hostKey": "Cette clé d’hôte ne correspond pas à cette classe.",
  "refusal.deviceBanned": "Ton enseignant a retiré cet appareil de la classe.",
  "refusal.nameNotText": "Un pseudo doit être du texte.",
  "refusal.nameTooLong": "Ce pseudo est beaucoup trop long.",
  "refusal.createdByApi": "Une classe se crée avec POST /api/classes.",
  "refusal.unreadable": "Ce message n’a pas pu être lu.",
  "refusal.failed": "Le serveur n’a pas pu traiter ce message ; la classe continue.",
  "refusal.slowDown": "Trop de messages : ralentis.",
  "refusal.kicked": "Ton enseignant t’a retiré de cette classe.",
  "refusal.tooManyRequests": "Trop de demandes depuis ton réseau : attends un peu et réessaie.",
  "refusal.tooManyWrongCodes": "Trop de codes erronés depuis ton réseau : attends un peu, puis vérifie le code au tableau.",
  "refusal.tooManyClasses": "Ton réseau a créé beaucoup de classes cette heure-ci : reprends-en une, ou réessaie plus tard.",
  "refusal.tooLarge": "Une demande peut faire au plus {limit} octets.",
  "refusal.serverBusy": "Le serveur n’a pas pu le faire pour l’instant : réessaie.",
  "refusal.restarting": "Le serveur redémarre : réessaie dans un instant.",
  "refusal.joinByCode": "On rejoint une classe avec son code ; on la crée sur /api/classes.",
  "refusal.badJson": "La demande pour rejoindre n’était pas du JSON valide.",
  "refusal.badOptions": "Les options pour rejoindre doivent être un objet.",
  "refusal.cannotJoin": "Impossible de rejoindre cette classe.",
  "refusal.comingBack": "La classe revient après un redémarrage : nouvel essai dans un instant.",
};
