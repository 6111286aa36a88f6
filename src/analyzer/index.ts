/**
 * Tactful's analyzer: reads a payment-reminder email and reports what is aggressive, vague or inconsistent,
 * which facts a client needs are present or missing, and the overall tone. Pure TypeScript: no DOM, no browser API.
 * The phrase rules and the learned tone model judge together; `model: null` leaves the model out.
 */
import { type Analyzer, createAnalyzer as createEngine } from './analyzer';
import { defaultModel } from './model/index';
import type { AnalyzeOptions, Report } from './types';

export { CONSISTENCY_RULES } from './rules/consistency';
export { RULES } from './rules/registry';
export * from './types';
export type { Analyzer };

/** An analyzer that remembers what it learnt of each line, so re-analysis after a keystroke costs the changed line. */
export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  return createEngine(options.model === undefined ? { ...options, model: defaultModel() } : options);
}

/** Analyzes one email. For repeated analysis of a draft being typed, use `createAnalyzer`. */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  return createAnalyzer(options).analyze(text);
}
