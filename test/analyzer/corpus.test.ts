import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analyzer/index';
import { analyzeLabelled, readCorpus } from '../../tools/corpus';
import { describe as describeFigures, scoreCorpus } from '../../tools/score';

const corpus = readCorpus();
const authors = [...new Set(corpus.map((e) => e.author))].sort();

function run(author: string) {
  const set = corpus.filter((e) => e.author === author);
  const reports = new Map<string, Report>(set.map((e) => [e.id, analyzeLabelled(e)]));
  const s = scoreCorpus(set, reports);
  console.log(`${author}: ${describeFigures(s.all)}`);
  return s.all;
}

// The shipped analyzer (rules and model) on the corpus it was built from: a guard against a change that
// breaks what it had learnt. The honest, held-out figures are the cross-validated ones in the README.
describe('the shipped analyzer on its labelled corpus', () => {
  it.each(authors)('still fits the set of author %s', (author) => {
    const s = run(author);
    expect(s.aggressive.precision).toBeGreaterThanOrEqual(0.85);
    expect(s.vague.precision).toBeGreaterThanOrEqual(0.75);
    expect(s.aggressive.recall).toBeGreaterThanOrEqual(0.6);
    expect(s.vague.recall).toBeGreaterThanOrEqual(0.6);
    expect(s.facts).toBeGreaterThanOrEqual(0.8);
    if (s.reminders) expect(s.remindersRecognised / s.reminders).toBeGreaterThanOrEqual(0.95);
    if (s.ordinary) expect(s.ordinaryRecognised / s.ordinary).toBeGreaterThanOrEqual(0.9);
  });
});
