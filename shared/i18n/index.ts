// Languages: which ship, how a device's is chosen, and words from message ids (the message files of
// languages other than English are loaded on demand by the client: see client/i18n/i18n.ts).
export * from "./languages";
export * from "./translate";
export * from "./current";
export { en, type MessageId, type Messages } from "./messages/en";
