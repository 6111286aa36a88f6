import type { Rule } from './rule';

/** Hedging that weakens the ask: "maybe", "I was just wondering if", "no rush at all". */
export const hedging: Rule = {
  id: 'hedging',
  category: 'vague',
  kind: 'hedging',
  severity: 'warning',
  description: 'Hedging that weakens the request ("maybe", "just wondering", "no rush", "sort of").',
  message: {
    en: 'Hedging makes the request easy to put off; ask clearly and politely.',
    fr: 'Ces précautions rendent la demande facile à repousser : demandez clairement et poliment.',
  },
  phrases: {
    en: [
      { match: 'if possible', suggest: [] },
      { match: 'just wondering( if| whether)?', suggest: ['Could you let me know'] },
      {
        match:
          'no (biggie|big deal|biggy|drama|stress|pressure|rush|hurry|worries)( (at all|either way|whatsoever|on this|on my end))?',
        suggest: [],
      },
      { match: "(please )?(don't|do not) (stress|worry|fret) (about it|too much|about this)", suggest: [] },
      {
        match: '(not|nothing) (a |too )?(big|huge|major|serious) (deal|thing|issue|problem)( at all)?',
        suggest: [],
      },
      {
        match: '(totally|entirely|completely|all|really) up to you|up to you (really|entirely|totally)',
        suggest: [],
      },
      { match: '(I think|I believe|I guess) (I|we) (might|may|could) have', suggest: [] },
      { match: 'pretty much|more or less|roughly speaking', suggest: [''] },
      {
        match:
          '(a (little )?bit|a little|slightly|somewhat) (less|more|short|extra|under)( than (I|we) should have)?',
        suggest: [],
      },
      {
        match: '(just )?forget (about )?(it|the (rest|balance|difference|payment))',
        suggest: [],
        message: 'Never offer not paying as an option; offer a choice of when or how instead.',
      },
      {
        match: "(I was|I'm|I am|we were|we're) (just )?(wondering|curious)( if| whether)?",
        suggest: ['Could you let me know'],
      },
      { match: '(maybe|perhaps|possibly|might possibly|may possibly)', suggest: [''] },
      { match: '(no rush|no hurry|no pressure|no stress)( at all| whatsoever)?', suggest: [] },
      {
        match:
          "no (worries|problem)( at all)? if (not|you can't|you cannot|it's late|you'd rather|you would rather|it takes)[^.!?]*",
        suggest: [],
      },
      {
        match: "(it's|it is|this is) not a (huge|big|major) (deal|thing|issue)|(it's|it is) no big deal",
        suggest: [],
      },
      { match: '(kind of|sort of|kinda|sorta)', suggest: [''] },
      {
        match:
          '(?<=(undercharged|under-charged|charged|billed|underbilled|under-billed|short|owe me|owe us) (you |me |us )?(by )?)a (little )?bit',
        suggest: [],
      },
      {
        match: "(if it's not too much trouble|if you don't mind|if at all possible|if that's ok(ay)?)",
        suggest: [],
      },
      {
        match: 'skip (it|this|the (payment|balance))|(forget|never mind) (about )?(it|the (payment|balance))',
        suggest: [],
        message: 'Never offer not paying as an option; offer a choice of when or how instead.',
      },
      { match: 'only if you (can|want)|if you (can|could) (possibly )?(spare|manage)', suggest: [] },
    ],
    fr: [
      { match: 'plus ou moins|à peu près', suggest: [] },
      { match: "pas de presse|pas pressée?|d'une (manière|façon) ou d'une autre", suggest: [] },
      { match: "rien (d'urgent|de pressé|ne presse)", suggest: [] },
      { match: "(c'est )?pas (grave|bien grave|un drame)( (pantoute|du tout|hein))?", suggest: [] },
      { match: "(si|s’il|s'il) (cela|ça) ne (vous|te) (dérange|gêne|ennuie) pas( trop)?", suggest: [] },
      { match: 'dans la mesure du possible', suggest: [] },
      { match: '(comme )?un petit quelque chose', suggest: [] },
      {
        match: '(laisse|laissez) (faire|tomber|courir)( si[^.!?]*)?',
        suggest: [],
        message: 'Ne proposez jamais de ne pas payer : proposez plutôt un choix de date ou de modalité.',
      },
      {
        match: '(je pense|je crois) que (je|nous) (me |nous )?(suis|sommes|ai|avons) peut-être',
        suggest: [],
      },
      { match: '(peut-être|éventuellement|possiblement|si possible|le cas échéant)', suggest: [''] },
      { match: '(serait-il|serait il) (éventuellement |peut-être )?possible', suggest: ['Pourriez-vous'] },
      {
        match: '(je me demandais|je voulais juste savoir|je me disais)( si)?',
        suggest: ['Pourriez-vous me dire'],
      },
      {
        match: "(pas de|aucun|pas d') ?(souci|soucis|problème|urgence|stress|pression)( si[^.!?]*)?",
        suggest: [],
      },
      {
        match:
          "(rien ne presse|ça ne presse pas|ce n'est pas (grave|urgent|pressé)|ce n’est pas (grave|urgent|pressé))",
        suggest: [],
      },
      {
        match:
          '(un peu|un petit peu) (trompée?s?|oubliée?s?|juste|court|moins|sous-facturée?s?)|genre|en quelque sorte',
        suggest: [''],
      },
      {
        match: '(laisse tomber|oublie(z)? (la facture|le paiement|ça))',
        suggest: [],
        message: 'Ne proposez jamais de ne pas payer : proposez plutôt un choix de date ou de modalité.',
      },
    ],
  },
  skip: (m, sentence) => {
    const word = sentence.slice(m.start, m.end).toLowerCase();
    // "un peu plus tard" belongs to vague time; "éventuellement" qualifying an offer is left to the writer.
    // "what kind of business" asks about a kind; it does not hedge.
    if (/^(kind|sort) of/.test(word))
      return /\b(what|which|this|that|the|any|some|every|no|a|one|same|other)\s+$/i.test(
        sentence.slice(0, m.start),
      );
    if (word === 'un peu') return /^\s+(plus tard|de retard)/i.test(sentence.slice(m.end));
    return false;
  },
};
