/** A small logistic regression: fitted offline on the dev set (bench/support.ts --fit), shipped as weights. */

export interface LogisticModel {
  /** Feature names in order. */
  names: string[];
  means: number[];
  scales: number[];
  weights: number[];
  bias: number;
}

export function predict(model: LogisticModel, features: Record<string, number>): number {
  let z = model.bias;
  for (let i = 0; i < model.names.length; i++) {
    const x = ((features[model.names[i]] ?? 0) - model.means[i]) / model.scales[i];
    z += model.weights[i] * x;
  }
  return 1 / (1 + Math.exp(-z));
}

/** Fits by gradient descent with L2 regularisation on standardised features. */
export function fitLogistic(names: string[], rows: Record<string, number>[], labels: boolean[], l2 = 1, epochs = 3000, rate = 0.1): LogisticModel {
  const n = rows.length;
  const means = names.map((f) => rows.reduce((s, r) => s + r[f], 0) / n);
  const scales = names.map((f, i) => Math.sqrt(rows.reduce((s, r) => s + (r[f] - means[i]) ** 2, 0) / n) || 1);
  const X = rows.map((r) => names.map((f, i) => (r[f] - means[i]) / scales[i]));
  const y = labels.map((l) => (l ? 1 : 0));
  const w = names.map(() => 0);
  let b = 0;
  for (let e = 0; e < epochs; e++) {
    const gw = w.map(() => 0);
    let gb = 0;
    for (let k = 0; k < n; k++) {
      let z = b;
      for (let i = 0; i < w.length; i++) z += w[i] * X[k][i];
      const err = 1 / (1 + Math.exp(-z)) - y[k];
      for (let i = 0; i < w.length; i++) gw[i] += err * X[k][i];
      gb += err;
    }
    for (let i = 0; i < w.length; i++) w[i] -= rate * (gw[i] / n + (l2 / n) * w[i]);
    b -= rate * (gb / n);
  }
  return { names, means, scales, weights: w, bias: b };
}
