/**
 * Tactful's analyzer: reads a payment-reminder email and reports what is aggressive, vague or inconsistent,
 * which facts a client needs are present or missing, and the overall tone. Pure TypeScript: no DOM, no browser API.
 */
import { type Analyzer, createAnalyzer } from './analyzer';
import type { AnalyzeOptions, Report } from './types';

export { CONSISTENCY_RULES } from './rules/consistency';
export { RULES } from './rules/registry';
export * from './types';
export type { Analyzer };
export { createAnalyzer };

/** Analyzes one email. For repeated analysis of a draft being typed, use `createAnalyzer`. */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  return createAnalyzer(options).analyze(text);
}
