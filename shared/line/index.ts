export * from "./activations";
export * from "./court";
export * from "./line";
