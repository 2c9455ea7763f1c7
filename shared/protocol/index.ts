export * from "./messages";
export * from "./wire-view";
export * from "./wire";
