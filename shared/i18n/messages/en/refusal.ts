// What the server itself says when it refuses (server/rooms, server/guard): English on the wire for logs
// and older clients, and each device reads the same message in its own language from its id.
export const refusal = {
  "refusal.hostKey": "That host key does not match this class.",
  "refusal.deviceBanned": "Your teacher removed this device from the class.",
  "refusal.nameNotText": "A nickname must be text.",
  "refusal.nameTooLong": "That nickname is far too long.",
  "refusal.createdByApi": "A class is created through POST /api/classes.",
  "refusal.unreadable": "That message could not be read.",
  "refusal.failed": "The server could not handle that message; the class goes on.",
  "refusal.slowDown": "Too many messages: slow down.",
  "refusal.kicked": "Your teacher removed you from this class.",
  "refusal.tooManyRequests": "Too many requests from your network: wait a moment and try again.",
  "refusal.tooManyWrongCodes": "Too many wrong codes from your network: wait a moment, then check the code on the board.",
  "refusal.tooManyClasses": "Your network has created many classes this hour: reuse one, or try again later.",
  "refusal.tooLarge": "Requests can be at most {limit} bytes.",
  "refusal.serverBusy": "The server could not do that just now: try again.",
  "refusal.restarting": "The server is restarting: try again in a moment.",
  "refusal.joinByCode": "Classes are joined by their code; they are created at /api/classes.",
  "refusal.badJson": "The join request was not valid JSON.",
  "refusal.badOptions": "The join options must be an object.",
  "refusal.cannotJoin": "That class cannot be joined.",
  "refusal.comingBack": "The class is coming back after a restart: trying again in a moment.",
} as const;
