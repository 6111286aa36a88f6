import nlp from 'compromise';
import { type LangPack, memoized, posOfTags, tagList, type WordInfo } from './pack';

// compromise's own lexicon and inflection rules, used word by word: its full tagger costs about 1 ms a
// sentence, more than the whole analysis may take.
interface Transforms {
  verb: { toInfinitive(word: string, model: object, form: string): string };
  noun: { toSingular(word: string, model: object): string };
}
const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
const lexicon = model.one.lexicon;
const transform = (nlp.methods() as { two: { transform: Transforms } }).two.transform;
const VERB_FORMS = new Set(['PastTense', 'PresentTense', 'Gerund', 'Participle']);

function lookup(norm: string): WordInfo {
  const tags = tagList(lexicon[norm]);
  if (tags.length === 0) return { lemma: norm, pos: 'other' };
  const pos = posOfTags(tags);
  let lemma = norm;
  const form = tags.find((t) => VERB_FORMS.has(t));
  if (pos === 'verb' && form) lemma = transform.verb.toInfinitive(norm, model, form) || norm;
  else if (pos === 'noun' && tags.includes('Plural')) lemma = transform.noun.toSingular(norm, model) || norm;
  return { lemma, pos };
}

export const en: LangPack = memoized('en', lookup);
