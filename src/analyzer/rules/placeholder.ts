import type { RawMatch, Rule } from './rule';

const PLACEHOLDER = /\[[^\]\n]{1,40}\]|\{[A-Za-z][\w.]{0,30}\}/g;

/** A `[placeholder]` left from a suggestion or a template, that the user has not filled in yet. */
export const placeholder: Rule = {
  id: 'placeholder',
  category: 'vague',
  severity: 'warning',
  description: 'A [placeholder] from a suggestion or a template that has not been filled in.',
  message: {
    en: 'Fill in this placeholder before sending: the client needs the real value.',
    fr: 'Remplacez ce champ avant l’envoi : le client a besoin de la vraie valeur.',
  },
  find: (sentence) => {
    const out: RawMatch[] = [];
    PLACEHOLDER.lastIndex = sentence.includes('[') || sentence.includes('{') ? 0 : sentence.length;
    for (let m = PLACEHOLDER.exec(sentence); m !== null; m = PLACEHOLDER.exec(sentence)) {
      out.push({ rule: 'placeholder', start: m.index, end: m.index + m[0].length });
    }
    return out;
  },
};
