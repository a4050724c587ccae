/**
 * Multinomial logistic regression over sparse named features: small enough to read, trained by
 * stochastic gradient descent in a fixed order (a seeded shuffle), so the same labels always give
 * the same weights and a checked-in model can be checked against a retraining.
 */
export interface Model {
  classes: string[];
  /** One weight per class for each feature the training saw; features it never saw weigh nothing. */
  weights: Record<string, number[]>;
}

export interface TrainingOptions {
  epochs: number;
  rate: number;
  l2: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 8, rate: 0.1, l2: 1e-5 };

export function train(xs: string[][], ys: number[], classes: string[], opts: TrainingOptions = DEFAULT_TRAINING): Model {
  const K = classes.length;
  const w = new Map<string, Float64Array>();
  const row = (f: string) => {
    let r = w.get(f);
    if (!r) w.set(f, (r = new Float64Array(K)));
    return r;
  };
  const order = xs.map((_, i) => i);
  // Park–Miller: the shuffle, and so the model, is the same on every machine.
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = opts.rate / (1 + epoch);
    for (const i of order) {
      const p = probabilities(xs[i]!, (f) => w.get(f), K);
      for (const f of xs[i]!) {
        const r = row(f);
        for (let k = 0; k < K; k++) r[k] = r[k]! - rate * (p[k]! - (ys[i] === k ? 1 : 0) + opts.l2 * r[k]!);
      }
    }
  }
  const weights: Record<string, number[]> = {};
  // Rounded and sorted: the file a retraining writes differs only where the labels did.
  for (const [f, r] of [...w].sort(([a], [b]) => (a < b ? -1 : 1)))
    if (r.some((x) => Math.abs(x) >= 1e-4)) weights[f] = [...r].map((x) => Math.round(x * 1e4) / 1e4);
  return { classes, weights };
}

function probabilities(x: string[], weightsOf: (f: string) => ArrayLike<number> | undefined, K: number): number[] {
  const s = new Array<number>(K).fill(0);
  for (const f of x) {
    const r = weightsOf(f);
    if (r) for (let k = 0; k < K; k++) s[k]! += r[k]!;
  }
  const top = Math.max(...s);
  const e = s.map((v) => Math.exp(v - top));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / z);
}

/** The probability of each class, in the model's order. */
export function predict(model: Model, x: string[]): number[] {
  return probabilities(x, (f) => model.weights[f], model.classes.length);
}
