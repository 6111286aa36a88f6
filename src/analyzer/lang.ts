import type { Lang } from './types';

const EN = new Set(
  'the and you your to of is are was for on in it that this we i please thanks thank hi hello dear invoice due payment with be have has will would could my our by at regards best'.split(
    ' ',
  ),
);
const FR = new Set(
  'le la les de des du un une et est vous tu votre ton ta nous je merci bonjour madame monsieur facture pour sur avec sont être avoir en au aux ce cette qui que pas ne cordialement salutations règlement virement'.split(
    ' ',
  ),
);

export interface LangVotes {
  en: number;
  fr: number;
}

const WORD = /[\p{L}']+/gu;

/** Counts English and French function words in a piece of text (cached per line by the analyzer). */
export function langVotes(text: string): LangVotes {
  const votes = { en: 0, fr: 0 };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const w = m[0].toLowerCase();
    if (EN.has(w)) votes.en++;
    if (FR.has(w)) votes.fr++;
    else if (/^(?:[ldjnsmtc]|qu)'/.test(w) || /[éèêàçùûôî]/.test(w)) votes.fr += 0.5;
  }
  return votes;
}

export function pickLang(votes: LangVotes): Lang {
  return votes.fr > votes.en ? 'fr' : 'en';
}
