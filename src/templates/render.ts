import type { Lang, Stage } from '../analyzer/index';
import {
  PLACEHOLDERS,
  type Placeholder,
  type RenderedEmail,
  type Template,
  type TemplateProblem,
  type TemplateValues,
} from './types';

export interface RenderOptions {
  /** The day the email is written, for `{daysOverdue}` (default: now). Its local calendar date is used. */
  today?: Date;
}

/** What an unfilled placeholder shows in the text, per language: `[amount]`, `[montant]`… */
export const PLACEHOLDER_LABELS: Record<Lang, Record<Placeholder, string>> = {
  en: {
    client: 'client name',
    amount: 'amount',
    invoice: 'invoice number',
    dueDate: 'due date',
    daysOverdue: 'days overdue',
    deadline: 'date',
    terms: 'payment terms',
    paymentInstructions: 'how to pay',
    sender: 'your name',
    company: 'company',
  },
  fr: {
    client: 'nom du client',
    amount: 'montant',
    invoice: 'numéro de facture',
    dueDate: 'date d’échéance',
    daysOverdue: 'jours de retard',
    deadline: 'date',
    terms: 'conditions de paiement',
    paymentInstructions: 'moyen de paiement',
    sender: 'votre nom',
    company: 'entreprise',
  },
};

/** Shown after a bare number when an amount has no (valid) currency. */
const CURRENCY_LABEL: Record<Lang, string> = { en: 'currency', fr: 'devise' };

const DAY_UNIT: Record<Lang, { one: string; other: string }> = {
  en: { one: 'day', other: 'days' },
  fr: { one: 'jour', other: 'jours' },
};

const MS_PER_DAY = 86_400_000;

/** Days since the epoch of an ISO `yyyy-mm-dd` date (a real calendar date), or `null`. */
export function isoDay(value: string | undefined): number | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(y, mo - 1, d);
  const check = new Date(time);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return time / MS_PER_DAY;
}

/** Days since the epoch of `today`'s local calendar date. */
function localDay(today: Date): number {
  return Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) / MS_PER_DAY;
}

/** Whole days from the due date to today: negative before the due date, `null` when the date is unknown. */
export function daysPastDue(dueDate: string | undefined, today: Date): number | null {
  const due = isoDay(dueDate);
  return due === null ? null : localDay(today) - due;
}

/**
 * The stage a reminder is at from how late it is: before the due date `upcoming`, on the day `due`,
 * 1–14 days late `overdue`, 15–45 `firm`, more `final`; an unknown due date gives `overdue`.
 */
export function proposeStage(dueDate: string | undefined, today: Date): Stage {
  const days = daysPastDue(dueDate, today);
  if (days === null) return 'overdue';
  if (days < 0) return 'upcoming';
  if (days === 0) return 'due';
  if (days <= 14) return 'overdue';
  if (days <= 45) return 'firm';
  return 'final';
}

function text(value: string | undefined): string | null {
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t ? t : null;
}

function isCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

function formatDate(value: string | undefined, lang: Lang): string | null {
  const day = isoDay(value);
  if (day === null) return null;
  return new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(day * MS_PER_DAY));
}

/** A value ready for the text; `complete: false` when only part of it is known (an amount with no currency). */
type Formatted = { text: string; complete: boolean } | null;

function formatAmount(values: TemplateValues, lang: Lang): Formatted {
  const { amount } = values;
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return null;
  const currency = text(values.currency)?.toUpperCase();
  if (currency && isCurrency(currency))
    return {
      text: new Intl.NumberFormat(lang, { style: 'currency', currency }).format(amount),
      complete: true,
    };
  const number = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    amount,
  );
  return { text: `${number} [${CURRENCY_LABEL[lang]}]`, complete: false };
}

function formatDaysOverdue(values: TemplateValues, lang: Lang, today: Date): Formatted {
  const days = daysPastDue(values.dueDate, today);
  // Only a past due date gives a number of days late; otherwise the placeholder stays for the user to see.
  if (days === null || days <= 0) return null;
  const unit = DAY_UNIT[lang][new Intl.PluralRules(lang).select(days) === 'one' ? 'one' : 'other'];
  return { text: `${new Intl.NumberFormat(lang).format(days)} ${unit}`, complete: true };
}

/** Formats each placeholder's value for the template's language; `null` when it has no usable value. */
export function formatValues(
  values: TemplateValues,
  lang: Lang,
  options: RenderOptions = {},
): Record<Placeholder, Formatted> {
  const today = options.today ?? new Date();
  const plain = (v: string | undefined): Formatted => {
    const t = text(v);
    return t === null ? null : { text: t, complete: true };
  };
  const date = (v: string | undefined): Formatted => {
    const t = formatDate(v, lang);
    return t === null ? null : { text: t, complete: true };
  };
  return {
    client: plain(values.client),
    amount: formatAmount(values, lang),
    invoice: plain(values.invoice),
    dueDate: date(values.dueDate),
    daysOverdue: formatDaysOverdue(values, lang, today),
    deadline: date(values.deadline),
    // Templates put their own full stop after the terms.
    terms: plain(values.terms?.replace(/\.\s*$/, '')),
    paymentInstructions: plain(values.paymentInstructions),
    sender: plain(values.sender),
    company: plain(values.company),
  };
}

const KNOWN = new Set<string>(PLACEHOLDERS);
const PLACEHOLDER_RE = /\{([A-Za-z]\w*)\}/g;

/**
 * Fills a template's `{placeholders}` with the values, formatted for the template's language with `Intl`:
 * amounts as currency ("1 250,00 €", "$2,350.50"), dates in words, in UTC so they never shift a day
 * ("2 avril 2025", "April 2, 2025"), `{daysOverdue}` with its unit ("6 days", "6 jours"), counted from
 * `dueDate` to `options.today` (known only once the due date is past).
 *
 * A missing or unusable value (an empty string, a date that is not `yyyy-mm-dd`) leaves a visible
 * `[label]` in the text and is listed in `unfilled`; an amount without a valid currency keeps its number
 * followed by `[currency]` and is listed too. Values are inserted as they are: never read as placeholders.
 * Unknown placeholders (`{foo}`) are left untouched: `validateTemplate` reports them.
 */
export function renderTemplate(
  template: Template,
  values: TemplateValues,
  options: RenderOptions = {},
): RenderedEmail {
  const lang = template.lang;
  const formatted = formatValues(values, lang, options);
  const unfilled = new Set<Placeholder>();
  const fill = (source: string) =>
    source.replace(PLACEHOLDER_RE, (whole, name: string) => {
      if (!KNOWN.has(name)) return whole;
      const key = name as Placeholder;
      const value = formatted[key];
      if (!value?.complete) unfilled.add(key);
      return value ? value.text : `[${PLACEHOLDER_LABELS[lang][key]}]`;
    });
  const subject = fill(template.subject);
  const body = fill(template.body);
  return { subject, body, unfilled: PLACEHOLDERS.filter((p) => unfilled.has(p)) };
}

const NAME_CHAR = /[\w]/;

function closestPlaceholder(name: string): Placeholder | undefined {
  const bare = name.replace(/[\s_-]/g, '').toLowerCase();
  return PLACEHOLDERS.find((p) => p.toLowerCase() === bare);
}

function unknownMessage(name: string): string {
  const near = closestPlaceholder(name);
  return near
    ? `Unknown placeholder {${name}}: did you mean {${near}}?`
    : `Unknown placeholder {${name}}: use one of ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`;
}

function checkField(field: TemplateProblem['field'], source: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const report = (start: number, end: number, message: string) =>
    problems.push({ field, start, end, message });
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '}') {
      // A stray closing brace: take the word before it along ("amount}").
      let start = i;
      while (start > 0 && NAME_CHAR.test(source[start - 1] ?? '')) start--;
      const name = source.slice(start, i);
      report(
        start,
        i + 1,
        name
          ? `"${name}}" has no opening brace: write {${closestPlaceholder(name) ?? name}}.`
          : 'This closing brace "}" has no opening brace; remove it or complete the placeholder.',
      );
      i++;
      continue;
    }
    if (ch !== '{') {
      i++;
      continue;
    }
    // Find the brace that closes this one on the same line, counting braces opened inside it.
    let depth = 0;
    let close = -1;
    let nested = false;
    for (let j = i; j < source.length && source[j] !== '\n'; j++) {
      if (source[j] === '{') {
        depth++;
        if (depth > 1) nested = true;
      } else if (source[j] === '}') {
        depth--;
        if (depth === 0) {
          close = j;
          break;
        }
      }
    }
    if (close === -1) {
      let end = i + 1;
      while (end < source.length && NAME_CHAR.test(source[end] ?? '')) end++;
      const name = source.slice(i + 1, end);
      report(
        i,
        end,
        name
          ? `"{${name}" is not closed: write {${closestPlaceholder(name) ?? name}}.`
          : 'This opening brace "{" is never closed; remove it or complete the placeholder.',
      );
      i++;
      continue;
    }
    const inner = source.slice(i + 1, close);
    if (nested) {
      report(i, close + 1, `Placeholders cannot be nested: "${source.slice(i, close + 1)}".`);
    } else if (inner === '') {
      report(i, close + 1, 'Empty placeholder "{}": put a name inside, such as {amount}.');
    } else if (!/^[A-Za-z]\w*$/.test(inner)) {
      const near = closestPlaceholder(inner.trim());
      report(
        i,
        close + 1,
        near
          ? `"{${inner}}" is not a valid placeholder: write {${near}}.`
          : `"{${inner}}" is not a valid placeholder: a name is letters, digits and _ only, such as {amount}.`,
      );
    } else if (!KNOWN.has(inner)) {
      report(i, close + 1, unknownMessage(inner));
    }
    i = close + 1;
  }
  return problems;
}

/**
 * Checks a template's subject and body: unknown placeholders (`{foo}`) and malformed ones (`{amount`,
 * `amount}`, `{}`, `{a{b}}`), each with its UTF-16 offsets in the field and a one-sentence message.
 */
export function validateTemplate(template: Pick<Template, 'subject' | 'body'>): TemplateProblem[] {
  return [...checkField('subject', template.subject), ...checkField('body', template.body)];
}
