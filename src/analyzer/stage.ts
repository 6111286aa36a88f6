import type { FactMention, Stage } from './types';

/** Cues in a sentence that tell which stage of the collection process an email is at. */
export interface StageCues {
  final: boolean;
  correction: boolean;
  upcoming: boolean;
  late: boolean;
}

const FINAL =
  /\b(?:final (?:notice|reminder|demand|warning|request)|last (?:notice|reminder|warning)|dernier avis|dernière relance|ultime relance|mise en demeure|avis final|dernier rappel|dernier avertissement)\b/i;
const CORRECTION =
  /\b(?:under-?charged|under-?billed|under-?invoiced|we made (?:an|a) (?:error|mistake)|(?:our|my) (?:mistake|error)|(?:left|leaving) (?:off|out) the|billing (?:error|mistake)|(?<!sauf )erreur de (?:notre|ma) part|oubli de (?:notre|ma) part|nous avons omis|j['’]ai omis|n['’]a pas été (?:comptée?|facturée?))/i;
const UPCOMING =
  /\b(?:will be due|(?:is|are) due (?:on|this|next|soon|in)|falls due|due (?:next|this|in \d+)|courtesy reminder|upcoming (?:invoice|payment|renewal)|will be charged|arrivera à échéance|arrive à échéance le|à venir|sera dû|sera due)/i;
const LATE =
  /\b(?:overdue|past due|late|in arrears|unpaid|outstanding|not (?:yet )?(?:been )?(?:received|paid)|en retard|impayée?s?|reste due?|de retard|échue|(?:was|were) due|fell due|était (?:due|à régler)|étaient dues)/i;

export function stageCues(sentence: string): StageCues {
  return {
    final: FINAL.test(sentence),
    correction: CORRECTION.test(sentence),
    upcoming: UPCOMING.test(sentence),
    late: LATE.test(sentence),
  };
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  un: 1,
  une: 1,
  two: 2,
  deux: 2,
  three: 3,
  trois: 3,
  four: 4,
  quatre: 4,
  five: 5,
  cinq: 5,
  six: 6,
  seven: 7,
  sept: 7,
  eight: 8,
  huit: 8,
  nine: 9,
  neuf: 9,
  ten: 10,
  dix: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  quinze: 15,
  twenty: 20,
  vingt: 20,
  thirty: 30,
  trente: 30,
  forty: 40,
  quarante: 40,
  fifty: 50,
  cinquante: 50,
  sixty: 60,
  soixante: 60,
  ninety: 90,
};
const UNIT_DAYS: Record<string, number> = { day: 1, jour: 1, week: 7, semaine: 7, month: 30, mois: 30 };

/** "6 days late", "three weeks late" → number of days late. */
export function daysLate(value: string): number | null {
  const m = /^(\S+) (\S+) late$/.exec(value);
  if (!m) return null;
  const count = Number(m[1]) || NUMBER_WORDS[m[1] ?? ''] || 0;
  const unit = (m[2] ?? '').replace(/s$/, '');
  const days = UNIT_DAYS[unit === 'moi' ? 'mois' : unit];
  return count && days ? count * days : null;
}

export function stageFromDaysLate(days: number): Stage {
  if (days <= 0) return 'due';
  if (days <= 14) return 'overdue';
  if (days <= 45) return 'firm';
  return 'final';
}

/** The stage an email is at, from its cues and facts; `null` when nothing tells. */
export function inferStage(
  cues: StageCues,
  dueDates: readonly FactMention[],
  futureDueDates: readonly string[],
  todayIso: string,
): Stage | null {
  if (cues.correction) return 'correction';
  if (cues.final) return 'final';
  let late: number | null = null;
  for (const d of dueDates) {
    const n = daysLate(d.value);
    if (n !== null) late = Math.max(late ?? 0, n);
  }
  if (late !== null) return stageFromDaysLate(late);
  if (dueDates.some((d) => d.value === 'today' || d.value === todayIso)) return 'due';
  if (cues.upcoming && !cues.late) return 'upcoming';
  if (futureDueDates.length > 0 && !cues.late && futureDueDates.every((d) => d > todayIso)) return 'upcoming';
  if (cues.late) return 'overdue';
  return null;
}
