import type { Finding, Lang, Tone, ToneLabel } from './types';

const WARM = {
  en: /\b(?:thank|thanks|appreciate|hope (?:you|all|this|business|the)|happy to help|glad to|sorry|apologi[sz]e|cheers|best wishes|kind regards|warm regards|if (?:it(?:'|’)s|it has) already|please disregard|please ignore|no problem|let me know if (?:there(?:'|’)s|anything))/gi,
  fr: /\b(?:merci|j['’]espère|bien cordialement|belle journée|bonne journée|n['’]hésitez pas|je reste à (?:votre|ta) disposition|excuse|pardon|désolée?|ne (?:pas )?tenir compte|oublie ce message|avec plaisir|bises)/gi,
};
const FIRM = {
  en: /\b(?:clause|section \d|terms of|agreement|late (?:payment )?(?:fee|interest|charge)|interest|final notice|by \d{1,2} \w+|before \d{1,2} \w+|confirm by|no later than)/gi,
  fr: /\b(?:article|conditions générales|CGV|pénalités|intérêts de retard|indemnité forfaitaire|mise en demeure|au plus tard|avant le \d)/gi,
};

const LABELS: readonly [number, ToneLabel][] = [
  [25, 'friendly'],
  [50, 'professional'],
  [68, 'firm'],
  [101, 'aggressive'],
];

/** Warm and firm expressions in a piece of text (cached per line by the analyzer). */
export interface ToneCues {
  warmth: number;
  firmness: number;
}

export function toneCues(text: string, lang: Lang): ToneCues {
  return { warmth: count(WARM[lang], text), firmness: count(FIRM[lang], text) };
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/**
 * A 0 (warm) … 100 (hostile) score: a professional middle, pulled down by warmth, up by firm contractual
 * language and strongly up by each aggressive finding.
 */
export function scoreTone(cues: ToneCues, findings: readonly Finding[]): Tone {
  const aggressive = findings.filter((f) => f.category === 'aggressive').length;
  const warmth = Math.min(cues.warmth, 4);
  const firmness = Math.min(cues.firmness, 3);
  let score = 38 - warmth * 7 + firmness * 7;
  if (aggressive > 0) score = Math.max(score, 62) + aggressive * 8;
  score = Math.round(Math.min(100, Math.max(0, score)));
  const label = LABELS.find(([max]) => score < max)?.[1] ?? 'aggressive';
  return { score, label };
}
