/** Types of the parts of ml-logistic-regression (which ships none) that the trainers (train-lines.ts, train-header.ts) use. */
declare module 'ml-logistic-regression' {
  import type { Matrix } from 'ml-matrix';
  /** One one-vs-all classifier; for labels 0/1 the first scores label 1. */
  interface OneVsAll {
    /** A 1 × features row once trained. */
    weights: Matrix | null;
    /** The probability of the classifier's class, per row. */
    testScores(features: Matrix): number[];
    toJSON(): unknown;
  }
  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    classifiers: OneVsAll[];
    numberClasses: number;
    train(features: Matrix, classes: Matrix): void;
    predict(features: Matrix): number[];
    toJSON(): unknown;
    static load(model: unknown): LogisticRegression;
  }
}
