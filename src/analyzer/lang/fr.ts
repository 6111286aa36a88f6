import fr from './fr-lib.js';
import { type LangPack, memoized, posOfTags, tagList, type WordInfo } from './pack';

// fr-compromise's lexicon and inflection rules, word by word (its tagger is too slow for every keystroke).
const lexicon = fr.model().one.lexicon as Record<string, string | string[]>;
const transform = fr.methods().two.transform;
const PERSONS = [
  'FirstPerson',
  'SecondPerson',
  'ThirdPerson',
  'FirstPersonPlural',
  'SecondPersonPlural',
  'ThirdPersonPlural',
];

function lookup(norm: string): WordInfo {
  const tags = tagList(lexicon[norm]);
  if (tags.length === 0) return { lemma: norm, pos: 'other' };
  const pos = posOfTags(tags);
  const person = PERSONS.find((p) => tags.includes(p));
  let lemma = norm;
  if (tags.includes('PresentTense') && person) lemma = transform.verb.fromPresentTense(norm, person);
  else if (tags.includes('FutureTense') && person) lemma = transform.verb.fromFutureTense(norm, person);
  else if (tags.includes('PastParticiple') || tags.includes('PastTense'))
    lemma = transform.verb.fromPastParticiple(norm);
  else if (pos === 'noun' && tags.includes('Plural')) lemma = transform.noun.fromPlural(norm);
  else if (tags.includes('FemaleAdjective')) lemma = transform.adjective.fromFemale(norm);
  else if (tags.includes('PluralAdjective')) lemma = transform.adjective.fromPlural(norm);
  return { lemma: lemma || norm, pos };
}

export const frPack: LangPack = memoized('fr', lookup);
