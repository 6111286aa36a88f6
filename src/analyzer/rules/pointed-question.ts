import type { RawMatch, Rule } from './rule';

/**
 * Pointed questions: a question to the client that accuses rather than asks ("Did you even read my email?",
 * "Why haven't you paid?", "Vous pensez vraiment que…?"). A question counts when it addresses the client, is
 * not a request ("Could you…", "Pourriez-vous…") and carries a loaded word; the words are data.
 */
const SECOND_PERSON = {
  en: /\b(?:you|your|you're|you've|you'd|yours)\b/i,
  fr: /(?:^|[^\p{L}])(?:vous|votre|vos|tu|ton|ta|tes|toi|t['’])(?:[^\p{L}]|$)/iu,
};
const REQUEST = {
  en: /^(?:(?:hi|hello|so|and|but|also|then)[\s,]+)?(?:please[\s,]+)?(?:could|would|can|will|may|might|shall)\b|^(?:do you (?:need|have|want|know if)|is there|are there|have you had|did you (?:get|receive|see)|would it|if you)\b/i,
  fr: /^(?:(?:bonjour|et|mais|alors)[\s,]+)?(?:pourriez|pourrais|pouvez|peux|puis|auriez|avez-vous (?:reçu|eu)|as-tu (?:reçu|eu)|est-ce que (?:vous pourriez|tu pourrais|vous avez reçu|tu as reçu)|serait-il|y a-t-il)/iu,
};
const LOADED = {
  en: /\b(?:(?:do|did|does|are|were|is|have|has|can|could|will|would) you (?:even|really|seriously|honestly|actually|ever)|you (?:even|really|seriously|honestly|actually) (?:think|expect|believe|read|care|need|want|mean)|supposed to|(?:do|did|don't|didn't) you (?:really |honestly |seriously )?(?:think|expect|imagine|believe|care)|you (?:really |honestly )?(?:think|expect|imagine|believe)|bother(?:ed)? to|how many (?:times|more|reminders|emails)|how long (?:does|will|do)|why (?:haven't|hasn't|didn't|won't|can't|isn't|aren't|is it so|do i have)|what(?:'s| is) (?:so )?(?:hard|difficult|the (?:problem|hold-up|excuse)))\b/i,
  fr: /(?:vraiment|sérieusement|même|pensez|penses|croyez|crois|imaginez|imagines|comptez|comptes|combien de (?:fois|relances)|pourquoi (?:n['’]|ne |vous ne|tu ne|faut-il))/iu,
};
const QUESTION = /\?[\s"'”»)]*$/;

export const pointedQuestion: Rule = {
  id: 'pointed-question',
  category: 'aggressive',
  kind: 'blame',
  severity: 'error',
  description:
    'Pointed questions that accuse rather than ask ("Did you even read my email?", "Why haven\'t you paid?").',
  message: {
    en: 'A pointed question reads as an accusation; ask plainly for what you need, with a date.',
    fr: 'Une question piquante se lit comme une accusation : demandez simplement ce qu’il vous faut, avec une date.',
  },
  find: (sentence, lang) => {
    const text = sentence.trim();
    if (!QUESTION.test(text) || REQUEST[lang].test(text)) return [];
    if (!SECOND_PERSON[lang].test(text) || !LOADED[lang].test(text)) return [];
    const start = sentence.indexOf(text[0] ?? '');
    return [{ rule: 'pointed-question', start, end: start + text.length } satisfies RawMatch];
  },
};
