import type { AreaMessages } from "../en";
import type { refusal as source } from "../en/refusal";

/** What the server itself says when it refuses, in Spanish. */
export const refusal: AreaMessages<typeof source> = {
  "refusal.hostKey": "Esa clave de anfitrión no corresponde a esta clase.",
  "refusal.deviceBanned": "Tu profesor ha quitado este dispositivo de la clase.",
  "refusal.nameNotText": "El apodo tiene que ser texto.",
  "refusal.nameTooLong": "Ese apodo es demasiado largo.",
  "refusal.createdByApi": "Las clases se crean con POST /api/classes.",
  "refusal.unreadable": "No se ha podido leer ese mensaje.",
  "refusal.failed": "El servidor no ha podido atender ese mensaje; la clase sigue.",
  "refusal.slowDown": "Demasiados mensajes: ve más despacio.",
  "refusal.kicked": "Tu profesor te ha quitado de esta clase.",
  "refusal.tooManyRequests": "Demasiadas peticiones desde tu red: espera un momento y vuelve a intentarlo.",
  "refusal.tooManyWrongCodes": "Demasiados códigos equivocados desde tu red: espera un momento y revisa el código de la pizarra.",
  "refusal.tooManyClasses": "Tu red ha creado muchas clases esta hora: reutiliza una o inténtalo más tarde.",
  "refusal.tooLarge": "Las peticiones pueden tener como máximo {limit} bytes.",
  "refusal.serverBusy": "El servidor no ha podido hacerlo ahora: vuelve a intentarlo.",
  "refusal.restarting": "El servidor se está reiniciando: vuelve a intentarlo en un momento.",
  "refusal.joinByCode": "A las clases se entra con su código; se crean en /api/classes.",
  "refusal.badJson": "La petición para unirse no era JSON válido.",
  "refusal.badOptions": "Las opciones para unirse tienen que ser un objeto.",
  "refusal.cannotJoin": "No se puede entrar en esa clase.",
  "refusal.comingBack": "La clase está volviendo tras un reinicio: lo intentamos de nuevo en un momento.",
};
