import type { DateMention } from '../facts/dates';
import type { FactMention, Finding, Lang } from '../types';

/** What the email-wide consistency checks read: each sentence's absolute start, and its facts and dates (sentence-relative). */
export interface ConsistencyInput {
  text: string;
  lang: Lang;
  todayIso: string;
  sentences: readonly {
    start: number;
    text: string;
    facts: readonly FactMention[];
    dates: readonly DateMention[];
  }[];
}

export interface ConsistencyRule {
  id: string;
  description: string;
  check: (input: ConsistencyInput) => Finding[];
}

const WEEKDAY_NAMES: Record<Lang, readonly string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};
const WEEKDAY_WORD =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b\.?/i;

function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
}

function finding(
  rule: string,
  input: ConsistencyInput,
  start: number,
  end: number,
  message: string,
  suggestions: string[],
): Finding {
  return {
    rule,
    category: 'inconsistent',
    severity: 'warning',
    start,
    end,
    text: input.text.slice(start, end),
    message,
    suggestions,
    source: 'rule',
    confidence: 0.9,
  };
}

/** "Friday, November 28, 2026" when the 28th is a Saturday. */
export const weekdayMismatch: ConsistencyRule = {
  id: 'weekday-mismatch',
  description: 'A weekday that does not match its date.',
  check: (input) => {
    const out: Finding[] = [];
    for (const s of input.sentences) {
      for (const d of s.dates) {
        if (d.weekday === null || !d.dayCertain || !d.yearCertain) continue;
        const actual = weekdayOf(d.iso);
        if (actual === d.weekday) continue;
        const names = WEEKDAY_NAMES[input.lang];
        const written = WEEKDAY_WORD.exec(d.text)?.[0] ?? '';
        const right = names[actual] ?? '';
        const fixed = d.text.replace(
          WEEKDAY_WORD,
          /^\p{Lu}/u.test(written) ? right[0]?.toUpperCase() + right.slice(1) : right,
        );
        const message =
          input.lang === 'fr'
            ? `Le ${d.iso.split('-').reverse().join('/')} tombe un ${names[actual]}, pas un ${names[d.weekday]} : vérifiez la date.`
            : `${d.iso} is a ${names[actual]}, not a ${names[d.weekday]}: check which one you mean.`;
        out.push(finding('weekday-mismatch', input, s.start + d.start, s.start + d.end, message, [fixed]));
      }
    }
    return out;
  },
};

const AMOUNT_QUALIFIER =
  /\b(?:HT|TTC|VAT|tax|net|gross|excl|incl|hors|partial|partiel|paid|payé|remaining|restant|instal?ments?|mensualités?|deposit|acompte|fee|frais|interest|intérêts|short|manquant|left off|omis)\b/i;

/** Two different amounts given for the same invoice. */
export const amountMismatch: ConsistencyRule = {
  id: 'amount-mismatch',
  description: 'Two different amounts for the same invoice.',
  check: (input) => {
    const first = new Map<string, FactMention>();
    const out: Finding[] = [];
    for (const s of input.sentences) {
      const invoices = s.facts.filter((f) => f.kind === 'invoice');
      const amounts = s.facts.filter((f) => f.kind === 'amount');
      for (const inv of invoices) {
        const next = amounts.find((a) => a.start >= inv.end && a.start - inv.end <= 50);
        if (!next) continue;
        const between = s.text.slice(inv.end, next.start) + s.text.slice(next.end, next.end + 12);
        if (
          invoices.some((o) => o !== inv && o.start > inv.end && o.start < next.start) ||
          AMOUNT_QUALIFIER.test(between)
        )
          continue;
        const seen = first.get(inv.value);
        if (!seen) {
          first.set(inv.value, next);
          continue;
        }
        const [seenCurrency] = seen.value.split(' ').slice(1);
        if (seen.value === next.value || !next.value.endsWith(seenCurrency ?? '')) continue;
        const message =
          input.lang === 'fr'
            ? `La facture ${inv.value} est annoncée à ${seen.text} plus haut et à ${next.text} ici : gardez un seul montant.`
            : `Invoice ${inv.value} is given as ${seen.text} earlier and ${next.text} here: keep one amount.`;
        out.push(
          finding('amount-mismatch', input, s.start + next.start, s.start + next.end, message, [seen.text]),
        );
      }
    }
    return out;
  },
};

const CALLED_LATE = /\b(?:overdue|past due|late|en retard|de retard|échue|impayée depuis)\b/i;

/** "Overdue" while the due date given is still in the future. */
export const overdueNotDue: ConsistencyRule = {
  id: 'overdue-not-due',
  description: '"Overdue" with a due date that is still in the future.',
  check: (input) => {
    if (!input.sentences.some((s) => CALLED_LATE.test(s.text))) return [];
    const out: Finding[] = [];
    for (const s of input.sentences) {
      for (const due of s.facts) {
        if (due.kind !== 'dueDate' || !/^\d{4}-/.test(due.value) || due.value <= input.todayIso) continue;
        const date = s.dates.find((d) => d.start === due.start);
        if (!date?.yearCertain) continue;
        const message =
          input.lang === 'fr'
            ? `L’échéance du ${due.text} n’est pas encore passée (nous sommes le ${input.todayIso}) : le paiement n’est pas en retard.`
            : `The due date ${due.text} has not passed yet (today is ${input.todayIso}), so the payment is not overdue.`;
        out.push(finding('overdue-not-due', input, s.start + due.start, s.start + due.end, message, []));
      }
    }
    return out;
  },
};

export const CONSISTENCY_RULES: readonly ConsistencyRule[] = [weekdayMismatch, amountMismatch, overdueNotDue];
