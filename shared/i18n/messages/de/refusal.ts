import type { AreaMessages } from "../en";
import type { refusal as source } from "../en/refusal";

/** What the server itself says when it refuses, in German. */
export const refusal: AreaMessages<typeof source> = {
  "refusal.hostKey": "Dieser Leitungsschlüssel passt nicht zu dieser Klasse.",
  "refusal.deviceBanned": "Deine Lehrkraft hat dieses Gerät aus der Klasse entfernt.",
  "refusal.nameNotText": "Ein Spitzname muss Text sein.",
  "refusal.nameTooLong": "Dieser Spitzname ist viel zu lang.",
  "refusal.createdByApi": "Eine Klasse wird über POST /api/classes erstellt.",
  "refusal.unreadable": "Diese Nachricht konnte nicht gelesen werden.",
  "refusal.failed": "Der Server konnte diese Nachricht nicht verarbeiten; die Klasse läuft weiter.",
  "refusal.slowDown": "Zu viele Nachrichten: langsamer, bitte.",
  "refusal.kicked": "Deine Lehrkraft hat dich aus dieser Klasse entfernt.",
  "refusal.tooManyRequests": "Zu viele Anfragen aus deinem Netz: Warte einen Moment und versuche es noch einmal.",
  "refusal.tooManyWrongCodes": "Zu viele falsche Codes aus deinem Netz: Warte einen Moment und prüfe dann den Code an der Tafel.",
  "refusal.tooManyClasses": "Dein Netz hat in dieser Stunde viele Klassen erstellt: Nutze eine davon oder versuche es später.",
  "refusal.tooLarge": "Anfragen dürfen höchstens {limit} Bytes groß sein.",
  "refusal.serverBusy": "Der Server konnte das gerade nicht tun: Versuche es noch einmal.",
  "refusal.restarting": "Der Server startet neu: Versuche es gleich noch einmal.",
  "refusal.joinByCode": "Klassen betritt man mit ihrem Code; erstellt werden sie unter /api/classes.",
  "refusal.badJson": "Die Beitrittsanfrage war kein gültiges JSON.",
  "refusal.badOptions": "Die Beitrittsoptionen müssen ein Objekt sein.",
  "refusal.cannotJoin": "Dieser Klasse kann man nicht beitreten.",
  "refusal.comingBack": "Die Klasse kommt nach einem Neustart zurück: gleich noch ein Versuch.",
};
