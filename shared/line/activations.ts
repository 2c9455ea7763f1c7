/** The neuron's response curve f, kept with its derivative f' so the two can never disagree. */
export interface Activation {
  /** f(z): how strongly the neuron fires for a drive z. */
  f(z: number): number;
  /** f'(z): how much a small change in drive changes the firing. */
  df(z: number): number;
}

/** Every activation a line can use, by name. */
export const ACTIVATIONS = {
  identity: { f: (z) => z, df: () => 1 },
  tanh: {
    f: (z) => Math.tanh(z),
    df: (z) => {
      const t = Math.tanh(z);
      return 1 - t * t;
    },
  },
  relu: { f: (z) => Math.max(0, z), df: (z) => (z > 0 ? 1 : 0) },
  sigmoid: {
    f: (z) => 1 / (1 + Math.exp(-z)),
    df: (z) => {
      const s = 1 / (1 + Math.exp(-z));
      return s * (1 - s);
    },
  },
} satisfies Record<string, Activation>;

/** The name of an activation. */
export type ActivationName = keyof typeof ACTIVATIONS;

/** All activation names, in the order menus show them. */
export const ACTIVATION_NAMES = Object.keys(ACTIVATIONS) as ActivationName[];
