/** Types for ml-logistic-regression (the package ships none): only what the header ranker uses. */
declare module 'ml-logistic-regression' {
  import type { Matrix } from 'ml-matrix';
  interface TwoClasses {
    /** The probability of class 0's complement — for labels 0/1, of label 1 — per row. */
    testScores(features: Matrix): number[];
    toJSON(): unknown;
  }
  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    classifiers: TwoClasses[];
    numberClasses: number;
    train(features: Matrix, labels: Matrix): void;
    predict(features: Matrix): number[];
    toJSON(): unknown;
    static load(model: unknown): LogisticRegression;
  }
}
