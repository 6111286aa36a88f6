import * as chrono from 'chrono-node';
import type { FactMention, Lang } from '../types';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** ISO yyyy-mm-dd as written, year inferred by the parser when absent. */
  iso: string;
  yearCertain: boolean;
  dayCertain: boolean;
  /** 0 = Sunday … 6 = Saturday, when the text names a weekday. */
  weekday: number | null;
}

const PARSERS: Record<Lang, chrono.Chrono> = { en: chrono.en.casual, fr: chrono.fr.casual };

// Chrono is only run on sentences that could hold a date, which keeps a typical email well under a millisecond.
const DATE_HINT =
  /\d|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|janv|févr|mars|avril|mai|juin|juil|août|sept|octobre|novembre|décembre|january|february|march|april|june|july|august|september|october|november|december|aujourd|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche/i;

export function toIso(d: Date): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

export function findDates(sentence: string, lang: Lang, today: Date): DateMention[] {
  if (!DATE_HINT.test(sentence)) return [];
  const out: DateMention[] = [];
  for (const r of PARSERS[lang].parse(sentence, today)) {
    // Chrono includes a leading preposition ("on 2 April"); the date itself is what a reader would fix.
    const lead = /^(?:on|le|the|du|au)\s+/i.exec(r.text)?.[0] ?? '';
    const text = r.text.slice(lead.length);
    const index = r.index + lead.length;
    // "10 et", "now", a bare number: not dates a reader would act on.
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday')) continue;
    if (/^(?:now|maintenant)$/i.test(text)) continue;
    out.push({
      start: index,
      end: index + text.length,
      text,
      iso: toIso(r.start.date()),
      yearCertain: r.start.isCertain('year'),
      dayCertain: r.start.isCertain('day') && r.start.isCertain('month'),
      weekday: r.start.isCertain('weekday') ? (r.start.get('weekday') ?? null) : null,
    });
  }
  return out;
}

const DUE_CUE = new RegExp(
  [
    String.raw`(?<![\p{L}])due(?: date)?(?: (?:is|was|of|on|by))?[\s:,]*(?:this |on )?$`,
    String.raw`(?<![\p{L}])(?:falls?|fell|becomes?|became) due(?: on)?\s*$`,
    String.raw`(?<![\p{L}])payable(?: (?:on|by|before|au|le|avant le))?\s*$`,
    String.raw`(?<![\p{L}])(?:payable|due|to be paid|à régler) within \d+ days (?:of|from|after)(?: the)?\s*$`,
    String.raw`(?<![\p{L}])dûe?s?(?: (?:le|au|pour le))?\s*$`,
    String.raw`(?<![\p{L}])(?:due|tombe|tombent|tombera)(?: (?:le|au))\s*$`,
    String.raw`(?<![\p{L}])(?:unpaid|outstanding|owed|owing|overdue|open) since\s*$`,
    String.raw`(?<![\p{L}])(?:due|payment) date(?: (?:is|was|of))?[\s:]*$`,
    String.raw`(?<![\p{L}])échue?s?(?: (?:le|depuis le|au))?\s*$`,
    String.raw`(?<![\p{L}])échéance(?: (?:du|le|au|fixée au|prévue le))?[\s:]*$`,
    String.raw`(?<![\p{L}])(?:à|a) (?:régler|payer)(?: (?:le|avant le|au plus tard le|pour le))?\s*$`,
    String.raw`(?<![\p{L}])depuis le\s*$`,
  ].join('|'),
  'iu',
);

const DUE_TODAY =
  /(?<![\p{L}])(?:échue?s?|échéance|due|dûe?s?) (?:ce jour|as of today|aujourd['’]hui)|(?:payable|due) (?:up)?on receipt|(?:à|a) (?:régler|payer) (?:ce jour|à réception|dès réception)|payable (?:à|dès) réception|\b(?:is |was )?due (?:today|now)\b|\bpayable today\b|(?:arrive|arrivent|tombe|tombent|est|sont) (?:à échéance )?aujourd['’]hui|échéance (?:aujourd['’]hui|ce jour)|échue? aujourd['’]hui/giu;

// Cheap tests that let most sentences skip the unicode-aware scans below.
const DUE_TODAY_HINT = /due|dû|échu|échéance|aujourd|today|receipt|réception|régler|payer/i;

const NUMBER_WORDS =
  'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente|quarante|cinquante|soixante';
const DAYS_LATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d+|${NUMBER_WORDS})(?:[\s\u00a0]+(?:full|whole|plein))?[\s\u00a0]+(?:days?|weeks?|months?|jours?|semaines?|mois)[\s\u00a0]+(?:overdue|late|past[\s\u00a0]+due|past[\s\u00a0]+(?:its|the)[\s\u00a0]+due[\s\u00a0]+date|after[\s\u00a0]+(?:its|the)[\s\u00a0]+due[\s\u00a0]+date|in[\s\u00a0]+arrears|later|de[\s\u00a0]+retard|en[\s\u00a0]+retard|après[\s\u00a0]+(?:l['’]|son[\s\u00a0]+)échéance)(?![\p{L}])`,
  'giu',
);
const LATE_WORD =
  /overdue|late|past|retard|arrears|after|après|since|unpaid|outstanding|impayé|échu|souffrance|sitting/i;
// "12 days since invoice 4 was due", "ça fait 10 jours que ton paiement est en retard", "en retard depuis 3 semaines".
const SINCE_DUE = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(?:\d+|${NUMBER_WORDS})[\s\u00a0]+(?:days?|weeks?|months?)[\s\u00a0]+since[^.!?]{0,80}?(?:was|were|fell|became)[\s\u00a0]+due`,
    String.raw`(?:ça|cela)[\s\u00a0]+fait[\s\u00a0]+(?:\d+|${NUMBER_WORDS})[\s\u00a0]+(?:jours?|semaines?|mois)[\s\u00a0]+que[^.!?]{0,80}?(?:en[\s\u00a0]+retard|impayée?s?|échue?s?|en[\s\u00a0]+souffrance)`,
    String.raw`(?:en[\s\u00a0]+retard|impayée?s?|overdue|unpaid|outstanding|late|sitting|been[\s\u00a0]+sitting|open)[\s\u00a0]+(?:depuis|for|by)[\s\u00a0]+(?:\d+|${NUMBER_WORDS})[\s\u00a0]+(?:jours?|semaines?|mois|days?|weeks?|months?)(?![\p{L}])`,
  ].join('|'),
  'giu',
);
const COUNT_AND_UNIT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\d+|${NUMBER_WORDS})[\s\u00a0]+(days?|weeks?|months?|jours?|semaines?|mois)(?![\p{L}])`,
  'iu',
);
// "47 days later" only counts as lateness after "unpaid"/"outstanding".
const LATER_CONTEXT = /(?:unpaid|outstanding|impayée?s?)\s+$/i;

const DEADLINE_CUE =
  /\b(?:by|before|until|no later than|not later than|on or before|d['’]ici(?: le| au)?|avant(?: le)?|au plus tard(?: le)?|jusqu['’]au|pour le)[\s,]*(?:this |next |ce )?$/i;

export interface DateFacts {
  dueDates: FactMention[];
  deadlines: FactMention[];
}

/** Tells which dates of a sentence are the original due date and which is the deadline asked for now. */
export function classifyDates(sentence: string, base: number, dates: readonly DateMention[]): DateFacts {
  const dueDates: FactMention[] = [];
  const deadlines: FactMention[] = [];
  DUE_TODAY.lastIndex = DUE_TODAY_HINT.test(sentence) ? 0 : sentence.length;
  for (let m = DUE_TODAY.exec(sentence); m !== null; m = DUE_TODAY.exec(sentence)) {
    dueDates.push({
      kind: 'dueDate',
      start: base + m.index,
      end: base + m.index + m[0].length,
      text: m[0],
      value: 'today',
    });
  }
  for (const d of dates) {
    const before = sentence.slice(Math.max(0, d.start - 40), d.start);
    const mention = { start: base + d.start, end: base + d.end, text: d.text, value: d.iso };
    if (DUE_CUE.test(before)) {
      dueDates.push({ kind: 'dueDate', ...mention });
    } else if (DEADLINE_CUE.test(before)) deadlines.push({ kind: 'deadline', ...mention });
  }
  DAYS_LATE.lastIndex = LATE_WORD.test(sentence) ? 0 : sentence.length;
  for (let m = DAYS_LATE.exec(sentence); m !== null; m = DAYS_LATE.exec(sentence)) {
    if (/later$/i.test(m[0]) && !LATER_CONTEXT.test(sentence.slice(0, m.index))) continue;
    dueDates.push({
      kind: 'dueDate',
      start: base + m.index,
      end: base + m.index + m[0].length,
      text: m[0],
      value: `${m[0].split(/[\s\u00a0]+/)[0]?.toLowerCase()} ${m[0].split(/[\s\u00a0]+/)[1]?.toLowerCase()} late`,
    });
  }
  SINCE_DUE.lastIndex = LATE_WORD.test(sentence) ? 0 : sentence.length;
  for (let m = SINCE_DUE.exec(sentence); m !== null; m = SINCE_DUE.exec(sentence)) {
    const count = COUNT_AND_UNIT.exec(m[0]);
    dueDates.push({
      kind: 'dueDate',
      start: base + m.index,
      end: base + m.index + m[0].length,
      text: m[0],
      value: `${count?.[1]?.toLowerCase()} ${count?.[2]?.toLowerCase()} late`,
    });
  }
  return { dueDates, deadlines };
}
