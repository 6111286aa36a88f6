/**
 * The corpus scoring rule: a finding of category X is right when it overlaps an expected X span or an
 * `either.X` span; an expected X span is caught when a finding of category X overlaps it; facts are compared
 * with the report's `missing` list. Broken down by language and kind, with the payment-request judgement.
 */
import type { Report } from '../src/analyzer/index';
import { KINDS, LANGS, type Lang, TONE_CATEGORIES, type ToneCategory } from '../src/shared/vocab';
import type { LabelledEmail, Span } from './corpus';

interface Tally {
  expected: number;
  caught: number;
  found: number;
  right: number;
}

const tally = (): Tally => ({ expected: 0, caught: 0, found: 0, right: 0 });
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export interface Figures {
  emails: number;
  aggressive: { recall: number; precision: number };
  vague: { recall: number; precision: number };
  facts: number;
  /** Clean payment emails with at least one false alarm, and how many clean ones there are. */
  cleanWithFalseAlarm: number;
  clean: number;
  /** Ordinary emails (not payment requests) recognised as such, and payment emails recognised as reminders. */
  ordinaryRecognised: number;
  ordinary: number;
  remindersRecognised: number;
  reminders: number;
  /** Ordinary emails with any finding that is not a labelled span. */
  ordinaryWithFalseAlarm: number;
}

export interface Scored {
  all: Figures;
  byLang: Record<Lang, Figures>;
  /** Recall of each labelled kind (spans with a kind only), and how many there were. */
  byKind: Record<string, { recall: number; expected: number }>;
  errors: string[];
}

class Scorer {
  readonly cat: Record<ToneCategory, Tally> = { aggressive: tally(), vague: tally() };
  emails = 0;
  factsOk = 0;
  factsN = 0;
  clean = 0;
  cleanFp = 0;
  ordinary = 0;
  ordinaryOk = 0;
  ordinaryFp = 0;
  reminders = 0;
  remindersOk = 0;

  figures(): Figures {
    const pr = (t: Tally) => ({
      recall: t.expected ? t.caught / t.expected : 1,
      precision: t.found ? t.right / t.found : 1,
    });
    return {
      emails: this.emails,
      aggressive: pr(this.cat.aggressive),
      vague: pr(this.cat.vague),
      facts: this.factsN ? this.factsOk / this.factsN : 1,
      cleanWithFalseAlarm: this.cleanFp,
      clean: this.clean,
      ordinaryRecognised: this.ordinaryOk,
      ordinary: this.ordinary,
      remindersRecognised: this.remindersOk,
      reminders: this.reminders,
      ordinaryWithFalseAlarm: this.ordinaryFp,
    };
  }
}

export function scoreCorpus(cases: readonly LabelledEmail[], reports: ReadonlyMap<string, Report>): Scored {
  const all = new Scorer();
  const byLang = Object.fromEntries(LANGS.map((l) => [l, new Scorer()])) as Record<Lang, Scorer>;
  const kinds = new Map<string, { expected: number; caught: number }>(
    KINDS.map((k) => [k, { expected: 0, caught: 0 }]),
  );
  const errors: string[] = [];
  for (const c of cases) {
    const r = reports.get(c.id);
    if (!r) throw new Error(`no report for ${c.id}`);
    const scorers = [all, byLang[c.lang]];
    for (const s of scorers) s.emails++;
    let falseAlarm = false;
    for (const cat of TONE_CATEGORIES) {
      const expected: Span[] = c[cat];
      const ok = [...expected, ...c.either[cat]];
      const mine = r.findings.filter((f) => f.category === cat);
      for (const e of expected) {
        const caught = mine.some((m) => overlap(e, m));
        for (const s of scorers) {
          s.cat[cat].expected++;
          if (caught) s.cat[cat].caught++;
        }
        if (e.kind) {
          const k = kinds.get(e.kind);
          if (k) {
            k.expected++;
            if (caught) k.caught++;
          }
        }
        if (!caught) errors.push(`${c.id} missed ${cat}${e.kind ? ` (${e.kind})` : ''}: ${e.text}`);
      }
      for (const m of mine) {
        const right = ok.some((o) => overlap(m, o));
        for (const s of scorers) {
          s.cat[cat].found++;
          if (right) s.cat[cat].right++;
        }
        if (!right) {
          falseAlarm = true;
          errors.push(`${c.id} false ${cat} (${m.source} ${m.kind ?? m.rule}): ${m.text}`);
        }
      }
    }
    if (c.reminder) {
      for (const s of scorers) {
        s.reminders++;
        if (r.reminder.is) s.remindersOk++;
      }
      if (!r.reminder.is) errors.push(`${c.id} payment email not recognised as one`);
      if (c.aggressive.length === 0 && c.vague.length === 0)
        for (const s of scorers) {
          s.clean++;
          if (falseAlarm) s.cleanFp++;
        }
      if (c.facts) {
        for (const k of ['amount', 'invoice', 'dueDate', 'paymentInstructions'] as const) {
          const right = !r.missing.includes(k) === c.facts[k];
          for (const s of scorers) {
            s.factsN++;
            if (right) s.factsOk++;
          }
          if (!right) errors.push(`${c.id} fact ${k} should be ${c.facts[k] ? 'present' : 'missing'}`);
        }
      }
    } else {
      for (const s of scorers) {
        s.ordinary++;
        if (!r.reminder.is) s.ordinaryOk++;
        if (falseAlarm) s.ordinaryFp++;
      }
      if (r.reminder.is) errors.push(`${c.id} ordinary email taken for a payment request`);
    }
  }
  return {
    all: all.figures(),
    byLang: { en: byLang.en.figures(), fr: byLang.fr.figures() },
    byKind: Object.fromEntries(
      [...kinds].map(([k, v]) => [
        k,
        { recall: v.expected ? v.caught / v.expected : 1, expected: v.expected },
      ]),
    ),
    errors,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** One line of figures, as the README's tables show them. */
export function describe(f: Figures): string {
  return [
    `${f.emails} emails`,
    `aggressive ${pct(f.aggressive.recall)} / ${pct(f.aggressive.precision)}`,
    `vague ${pct(f.vague.recall)} / ${pct(f.vague.precision)}`,
    `facts ${pct(f.facts)}`,
    `clean with a false alarm ${f.cleanWithFalseAlarm}/${f.clean}`,
    f.ordinary ? `ordinary recognised ${f.ordinaryRecognised}/${f.ordinary}` : '',
    `reminders recognised ${f.remindersRecognised}/${f.reminders}`,
  ]
    .filter(Boolean)
    .join(' · ');
}
