// The shared engine: the line, the learning rules, the game's rule book and the message protocol.
export * from "./game";
export * from "./line";
export * from "./network";
export * from "./protocol";
export * from "./random";
export * from "./rules";
