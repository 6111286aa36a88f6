import type { RawMatch, Rule } from './rule';

const PLACEHOLDER = /\[[^\]\n]{1,40}\]|\{[A-Za-z][\w.]{0,30}\}/g;
// "[ Pay now ]", "[Payer en ligne]", "[View invoice]": a button as a plain-text email shows it, not a blank.
const BUTTON =
  /^\[\s*(?:pay|view|update|download|open|see|manage|sign in|log in|reply|confirm|book|renew|accept|approve|set up|add|payer|voir|afficher|r[ée]gler|mettre à jour|t[ée]l[ée]charger|ouvrir|consulter|acc[ée]der|confirmer|r[ée]server|renouveler|accepter|modifier|ajouter)(?:\s+[^\]]*)?\]$/iu;

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
      if (BUTTON.test(m[0])) continue;
      out.push({ rule: 'placeholder', start: m.index, end: m.index + m[0].length });
    }
    return out;
  },
};
