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
  if (lang === 'en') out.push(...ordinalDays(sentence, today, out));
  return out.sort((a, b) => a.start - b.start);
}

// "was due on the 1st", "due the 5th": a day of the month alone, which the parser leaves out.
const ORDINAL_DAY =
  /(?<![\p{L}\p{N}])(?:the[\s\u00a0]+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?![\p{L}\p{N}])/giu;

function ordinalDays(sentence: string, today: Date, found: readonly DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  ORDINAL_DAY.lastIndex = 0;
  for (let m = ORDINAL_DAY.exec(sentence); m !== null; m = ORDINAL_DAY.exec(sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((d) => d.start < end && start < d.end)) continue;
    // "the 31st" in a month of 30 days is the last month's.
    let day = new Date(today.getFullYear(), today.getMonth(), Number(m[1]), 12);
    if (day.getMonth() !== today.getMonth())
      day = new Date(today.getFullYear(), today.getMonth() - 1, Number(m[1]), 12);
    out.push({
      start,
      end,
      text: m[0],
      iso: toIso(day),
      yearCertain: false,
      dayCertain: false,
      weekday: null,
    });
  }
  return out;
}

const RELATIVE_SPAN = /^(?:within|in|dans|sous|d['’]ici)\s/i;
// A due-date cue: the word that makes the date after it the original due date ("was due on", "échue le",
// "devait être réglée le", "à régler au", "prélevé le"), found in the clause before the date.
const DUE_WORD = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:due|payable|overdue|unpaid|outstanding|owing|owed|debited|charged|drafted|declined|bounced|renews|will renew|se renouvelle(?:ra)?)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:to be|should have been|supposed to be|was to be|were to be) paid(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:[ée]chue?s?|[ée]ch[ée]ances?|[ée]ch[ée]ant|d[ûu]e?s|dûe?|payables?|r[ée]glables?|impay[ée]e?s?|exigibles?)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:attendue?s? pour|devai(?:t|ent) (?:nous |me )?(?:parvenir|arriver)|should have (?:reached us|arrived|been received)|was expected)(?![\p{L}])`,
    String.raw`(?<![\p{L}])pr[ée]l(?:ev[ée]e?s?|[èe]vements?)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:[àa]|devai(?:t|ent) [êe]tre|aurai(?:t|ent) d[ûu] [êe]tre|[ée]tai(?:t|ent) [àa]|cens[ée]e?s? [êe]tre|pr[ée]vue?s? pour [êe]tre) (?:r[ée]gl(?:er|[ée]e?s?)|pay(?:er|[ée]e?s?))(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:unpaid|outstanding|owing|overdue|open|pending|late|waiting|retard|souffrance|attente|attend(?:s|ons|ent)?|ouverte?s?|impay[ée]e?s?|pas (?:pay|r[ée]gl|arriv|re[çc]u)[ée]e?s?)(?: [^.!?;]{0,30}?)? (?:since|depuis)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:tombe|tombent|tombait|tombera|arrive|arrivait|arrivera) (?:[àa] [ée]ch[ée]ance|le|au)(?![\p{L}])`,
  ].join('|'),
  'giu',
);
// What ends the clause a cue may reach the date from.
const CLAUSE_EDGE = /[;!?]|[.](?=\s)|\s[—–]\s|,\s+(?:but|and|so|mais|et|donc)\s/giu;
// "past its October 29 due date": the date names itself the due date.
const DUE_DATE_AFTER =
  /^[\s\u00a0]*(?:due[\s\u00a0]+date|payment[\s\u00a0]+date|deadline for payment)(?![\p{L}])/iu;
// "please pay by 12 May": the deadline asked for now, when no due cue comes first.
const DEADLINE_CUE =
  /\b(?:by|before|until|no later than|not later than|on or before|d['’]ici(?: le| au)?|avant(?: le)?|au plus tard(?: le)?|jusqu['’]au|pour le)[\s,]*(?:this |next |ce )?$/i;
// "payable à 30 jours, conformément au contrat, soit le 30 juillet": the date a term works out to.
const WORKS_OUT_TO =
  /(?:soit|c['’]est-à-dire|i\.e\.,?|that is,?|which is|namely)[\s\u00a0]+(?:(?:le|au|on|by|the|avant le)[\s\u00a0]+)?$/iu;
// "d'ici le 5", "by Friday" right before the date turns a due cue further back into a deadline cue.
const DEADLINE_WORD = /\b(?:by|until|no later than|d['’]ici|au plus tard|jusqu['’]au)\b/i;
// Between the cue and the date only the words that join them: "due on the", "échues respectivement le",
// "due for payment on", "payable au", "dues le 5 et le". "Due to the holiday on Monday" is not a due date.
const DUE_GAP =
  /^(?:[\s\u00a0,:–-]|\d+|(?<![\p{L}])(?:on|the|at|for|payment|respectively|originally|initially|normally|was|is|were|are|date|dates|of|back|and|since|from|le|la|les|l['’]|au|aux|du|depuis|respectivement|initialement|initiale?|original|normalement|se|fera|sera|effectu[ée]e?|en|et|est|était|etait|sont|étaient|prévue?s?|prevue?s?|fixée?s?|fixee?s?|pour|à|a|paiement|règlement|reglement|par|domiciliation|prélèvement|prelevement|automatiquement|automatically|between|entre|soit|mon|tues?|wed|thu(?:rs)?|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}]))*$/iu;
// "my rent is due on the 5th": the writer's own bills are not the client's due date.
const OWN_BILL =
  /\b(?:my|our own|mon|mes|notre propre)\s+(?:\p{L}+\s+)?(?:rent|mortgage|bills?|loyer|factures|crédit|credit|payroll|salaires?)\b[^.!?]{0,20}$/iu;

const DUE_TODAY =
  /(?<![\p{L}])(?:[ée]chue?s?|[ée]ch[ée]ance|due|dûe?s?|dus|dues|payable|r[ée]glable|exigible) (?:for payment )?(?:ce jour|as of today|today|aujourd['’]hui|now|le jour m[êe]me|on the day|(?:up)?on (?:receipt|pickup|collection|completion|delivery|the day)|at (?:pickup|collection|completion|delivery|the (?:counter|door))|[àa] (?:la )?(?:r[ée]ception|livraison|commande|fin des travaux)|d[èe]s r[ée]ception|au retrait|[àa] l['’]enl[èe]vement|[àa] (?:votre |ton |ta )?(?:d[ée]part|arriv[ée]e)|at the time of (?:service|the (?:visit|appointment|session)|booking)|[àa] la prestation)|(?:[àa]|a) (?:r[ée]gler|payer) (?:ce jour|[àa] r[ée]ception|d[èe]s r[ée]ception|aujourd['’]hui)|\bpayable today\b|(?:arrive|arrivent|tombe|tombent|est|sont) (?:[àa] [ée]ch[ée]ance )?aujourd['’]hui|[ée]ch[ée]ance (?:aujourd['’]hui|ce jour)|\btoday(?:['’]?s| is) (?:the|your) (?:due date|day)\b|\bc['’]est (?:le jour j|aujourd['’]hui)\b|\bdue date (?:is|was) today\b/giu;

// Cheap tests that let most sentences skip the unicode-aware scans below.
const DUE_TODAY_HINT =
  /due|dû|dus|chu|ch[ée]ance|aujourd|today|receipt|r[ée]ception|r[ée]gl|payer|payable|jour j|livraison|pickup|completion|exigible/i;

const NUMBER_WORDS =
  'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente|quarante|cinquante|soixante';
// "6 days past due", "cinq jours de retard", "more than a month", "plus d'un mois" (a count is needed: "a few
// weeks" is not read).
const LATE_SPAN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:more than|over|almost|nearly|about|plus de|pr[èe]s de|presque|environ|bient[ôo]t)[\s\u00a0]+|plus[\s\u00a0]+d['’]|a[\s\u00a0]+few[\s\u00a0]+|a[\s\u00a0]+couple[\s\u00a0]+of[\s\u00a0]+|quelques[\s\u00a0]+)?(\d+|${NUMBER_WORDS})(?:[\s\u00a0]+(?:full|whole|plein|pleins|long|longues?|bonnes?))?[\s\u00a0]+(days?|weeks?|months?|jours?|semaines?|mois)(?![\p{L}])`,
  'giu',
);
// The count is how late the payment is only in a clause that says so.
const LATE_CONTEXT = new RegExp(
  [
    String.raw`overdue|past[\s\u00a0]+(?:its|the)?[\s\u00a0]*due|late|in[\s\u00a0]+arrears|outstanding|unpaid|pending|owing|still|nothing|ago|since|been|waiting|later`,
    String.raw`retard|impay|[ée]chue?|souffrance|en[\s\u00a0]+attente|attends|attendons|toujours|rien|depuis|(?:ça|ca|cela)[\s\u00a0]+fait|voil[àa]|il[\s\u00a0]+y[\s\u00a0]+a`,
  ].join('|'),
  'iu',
);
// "within 30 days", "sous 8 jours", "in two weeks", "every month": terms and plans, not lateness.
const NOT_LATE_BEFORE =
  /(?<![\p{L}])(?:within|in|every|each|per|next|another|further|extra|under|for[\s\u00a0]+the[\s\u00a0]+(?:next|past)|sous|dans|d['’]ici|tous[\s\u00a0]+les|toutes[\s\u00a0]+les|chaque|prochains?|prochaines?|encore|net|at|à|au|(?:d[ée]lai|terme|terms?|period|p[ée]riode|notice|pr[ée]avis)[\s\u00a0]+(?:de|of)|after|apr[èe]s|pendant|sur|first|premiers?|premi[èe]res?|last|derniers?|derni[èe]res?)[\s\u00a0]+$/iu;
const NOT_LATE_AFTER =
  /^[\s\u00a0]*(?:notice|grace|from|of (?:the )?(?:invoice|receipt)|net|de (?:préavis|délai|grâce)|à compter|after (?:the )?invoice|fin de mois|to (?:pay|settle))/iu;
// A month's name, in English or French, whole or cut short.
const MONTH =
  '(?:jan(?:uary|vier)?|feb(?:ruary)?|f[ée]vr(?:ier)?|march|mars|april|avril|may|mai|june|juin|july|juillet|aug(?:ust)?|ao[ûu]t|sept(?:ember|embre)?|oct(?:ober|obre)?|nov(?:ember|embre)?|dec(?:ember)?|d[ée]c(?:embre)?)';
// "since August", "depuis juillet": a month named after the lateness words.
const LATE_SINCE_MONTH = new RegExp(
  String.raw`(?:unpaid|outstanding|overdue|open|owing|pending|impay[ée]e?s?|pas (?:pay|r[ée]gl)[ée]e?s?|en retard|en souffrance|en attente|toujours rien)[^.!?]{0,30}?(?:since|depuis)[\s\u00a0]+(?:(?:le )?(?:mois d['’]))?(?:${MONTH}|the (?:start|beginning|end) of \p{L}+|le d[ée]but d['’]\p{L}+)(?![\p{L}])`,
  'giu',
);

// After a due cue, a day or a part of a month the parser leaves vague: "devait être réglée le 5",
// "échues fin octobre", "due at the end of March".
const LOOSE_DAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:le[\s\u00a0]+(?:1er|[1-9]|[12]\d|3[01])(?![\s\u00a0]*(?:\d|[/:h%€$.,]\d))|(?:fin|d[ée]but|mi-?|(?:the[\s\u00a0]+)?(?:end|start|beginning|middle)[\s\u00a0]+of|mid-?|early|late)[\s\u00a0]*${MONTH})(?![\p{L}])`,
  'giu',
);

export interface DateFacts {
  dueDates: FactMention[];
  deadlines: FactMention[];
}

/** Tells which dates of a sentence are the original due date and which is the deadline asked for now. */
export function classifyDates(sentence: string, base: number, dates: readonly DateMention[]): DateFacts {
  const dueDates: FactMention[] = [];
  const deadlines: FactMention[] = [];
  const fact = (start: number, end: number, value: string): FactMention => ({
    kind: 'dueDate',
    start: base + start,
    end: base + end,
    text: sentence.slice(start, end),
    value,
  });
  DUE_TODAY.lastIndex = DUE_TODAY_HINT.test(sentence) ? 0 : sentence.length;
  for (let m = DUE_TODAY.exec(sentence); m !== null; m = DUE_TODAY.exec(sentence))
    dueDates.push(fact(m.index, m.index + m[0].length, 'today'));
  let previousEnd = 0;
  for (const d of dates) {
    const before = sentence.slice(Math.max(previousEnd, d.start - 60), d.start);
    previousEnd = d.end;
    const mention = { start: base + d.start, end: base + d.end, text: d.text, value: d.iso };
    // "payable within 30 days" is a term, not a date.
    if (!RELATIVE_SPAN.test(d.text) && isDueCue(clauseTail(before)))
      dueDates.push({ kind: 'dueDate', ...mention });
    else if (DUE_DATE_AFTER.test(sentence.slice(d.end, d.end + 20)))
      dueDates.push({ kind: 'dueDate', ...mention });
    else if (
      WORKS_OUT_TO.test(before) &&
      termWorksOut(sentence.slice(Math.max(0, d.start - 160), d.start).replace(WORKS_OUT_TO, ''))
    )
      dueDates.push({ kind: 'dueDate', ...mention });
    else if (DEADLINE_CUE.test(before)) deadlines.push({ kind: 'deadline', ...mention });
  }
  LOOSE_DAY.lastIndex = 0;
  for (let m = LOOSE_DAY.exec(sentence); m !== null; m = LOOSE_DAY.exec(sentence)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (dates.some((d) => d.start < end && start < d.end)) continue;
    if (isDueCue(clauseTail(sentence.slice(Math.max(0, start - 60), start))))
      dueDates.push(fact(start, end, m[0].toLowerCase()));
  }
  const late = LATE_CONTEXT.test(sentence);
  LATE_SPAN.lastIndex = late ? 0 : sentence.length;
  for (let m = LATE_SPAN.exec(sentence); m !== null; m = LATE_SPAN.exec(sentence)) {
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (NOT_LATE_BEFORE.test(before) || NOT_LATE_AFTER.test(after)) continue;
    if (!LATE_CONTEXT.test(clauseAround(sentence, m.index, m.index + m[0].length))) continue;
    const count = (m[1] as string).toLowerCase();
    dueDates.push(fact(m.index, m.index + m[0].length, `${count} ${(m[2] as string).toLowerCase()} late`));
  }
  LATE_SINCE_MONTH.lastIndex = late ? 0 : sentence.length;
  for (let m = LATE_SINCE_MONTH.exec(sentence); m !== null; m = LATE_SINCE_MONTH.exec(sentence))
    dueDates.push(fact(m.index, m.index + m[0].length, 'late since a month'));
  return { dueDates, deadlines };
}

/** The part of the text before a date that belongs to the date's own clause. */
function clauseTail(before: string): string {
  let from = 0;
  CLAUSE_EDGE.lastIndex = 0;
  for (let m = CLAUSE_EDGE.exec(before); m !== null; m = CLAUSE_EDGE.exec(before))
    from = m.index + m[0].length;
  return before.slice(from);
}

function clauseAround(sentence: string, start: number, end: number): string {
  const head = clauseTail(sentence.slice(Math.max(0, start - 80), start));
  const rest = sentence.slice(end, end + 80);
  CLAUSE_EDGE.lastIndex = 0;
  const edge = CLAUSE_EDGE.exec(rest);
  return `${head}${sentence.slice(start, end)}${edge ? rest.slice(0, edge.index) : rest}`;
}

/** A due cue earlier in the sentence, with no deadline word after it, before "soit le …". */
function termWorksOut(text: string): boolean {
  const before = text.slice(text.search(/[^;!?]*$/));
  let last = -1;
  DUE_WORD.lastIndex = 0;
  for (let m = DUE_WORD.exec(before); m !== null; m = DUE_WORD.exec(before)) last = m.index + m[0].length;
  return last >= 0 && !DEADLINE_WORD.test(before.slice(last)) && !OWN_BILL.test(before.slice(0, last));
}

/** A due cue in the clause before the date, with no deadline word between it and the date. */
function isDueCue(tail: string): boolean {
  let last = -1;
  DUE_WORD.lastIndex = 0;
  for (let m = DUE_WORD.exec(tail); m !== null; m = DUE_WORD.exec(tail)) last = m.index + m[0].length;
  if (last < 0) return false;
  const gap = tail.slice(last);
  if (DEADLINE_WORD.test(gap) || !DUE_GAP.test(gap)) return false;
  return !OWN_BILL.test(tail.slice(0, last));
}
