/**
 * The corpus scoring rule: a finding of category X is right when it overlaps an expected X span or an
 * `either.X` span; an expected X span is caught when a finding of category X overlaps it; facts are compared
 * with the report's `missing` list.
 */
import { readFileSync } from 'node:fs';
import type { Report } from '../../src/analyzer/index';

export interface LabelledEmail {
  id: string;
  lang: 'en' | 'fr';
  stage: Report['stage'];
  text: string;
  aggressive: string[];
  vague: string[];
  either: { aggressive: string[]; vague: string[] };
  facts: Record<'amount' | 'invoice' | 'dueDate' | 'paymentInstructions', boolean>;
  note: string;
}

export function readCorpus(path: string): LabelledEmail[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledEmail);
}

type Span = [number, number];
const spans = (text: string, subs: readonly string[]): Span[] =>
  subs
    .map((s) => text.indexOf(s))
    .flatMap((i, k) => (i >= 0 ? [[i, i + (subs[k] ?? '').length] as Span] : []));
const overlap = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

export interface Score {
  aggressive: { recall: number; precision: number };
  vague: { recall: number; precision: number };
  factsAccuracy: number;
  cleanWithFalseAlarm: number;
  clean: number;
  errors: string[];
}

export function score(cases: readonly LabelledEmail[], reports: ReadonlyMap<string, Report>): Score {
  const tot = {
    aggressive: { exp: 0, caught: 0, found: 0, right: 0 },
    vague: { exp: 0, caught: 0, found: 0, right: 0 },
  };
  let factsOk = 0;
  let factsN = 0;
  let clean = 0;
  let cleanFp = 0;
  const errors: string[] = [];
  for (const c of cases) {
    const r = reports.get(c.id);
    if (!r) throw new Error(`no report for ${c.id}`);
    let falseAlarm = false;
    for (const cat of ['aggressive', 'vague'] as const) {
      const exp = spans(c.text, c[cat]);
      const ok = [...exp, ...spans(c.text, c.either[cat])];
      const mine = r.findings.filter((f) => f.category === cat).map((f) => [f.start, f.end] as Span);
      const t = tot[cat];
      t.exp += exp.length;
      for (const e of exp) {
        if (mine.some((m) => overlap(e, m))) t.caught++;
        else errors.push(`${c.id} missed ${cat}: ${c.text.slice(e[0], e[1])}`);
      }
      t.found += mine.length;
      for (const m of mine) {
        if (ok.some((o) => overlap(m, o))) t.right++;
        else {
          falseAlarm = true;
          errors.push(`${c.id} false ${cat}: ${c.text.slice(m[0], m[1])}`);
        }
      }
    }
    if (c.aggressive.length === 0 && c.vague.length === 0) {
      clean++;
      if (falseAlarm) cleanFp++;
    }
    for (const k of ['amount', 'invoice', 'dueDate', 'paymentInstructions'] as const) {
      factsN++;
      if (!r.missing.includes(k) === c.facts[k]) factsOk++;
      else errors.push(`${c.id} fact ${k} should be ${c.facts[k] ? 'present' : 'missing'}`);
    }
  }
  const pr = (t: { exp: number; caught: number; found: number; right: number }) => ({
    recall: t.exp ? t.caught / t.exp : 1,
    precision: t.found ? t.right / t.found : 1,
  });
  return {
    aggressive: pr(tot.aggressive),
    vague: pr(tot.vague),
    factsAccuracy: factsN ? factsOk / factsN : 1,
    cleanWithFalseAlarm: cleanFp,
    clean,
    errors,
  };
}
