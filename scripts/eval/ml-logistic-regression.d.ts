/** Types of the parts of ml-logistic-regression (which ships none) that train-lines.ts uses. */
declare module 'ml-logistic-regression' {
  import type { Matrix } from 'ml-matrix';
  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    /** One-vs-all classifiers, one per class; `weights` is a 1 × features row once trained. */
    classifiers: { weights: Matrix | null }[];
    train(features: Matrix, classes: Matrix): void;
    predict(features: Matrix): number[];
  }
}
