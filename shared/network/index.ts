// Networks: layers of neurons, fully connected, with every learning rule; the line is the case one wide.
export * from "./build";
export * from "./network";
export * from "./rules";
export * from "./train";
