import type { Rule } from './rule';

/** Guilt and emotional pressure. */
export const guilt: Rule = {
  id: 'guilt',
  category: 'aggressive',
  kind: 'guilt',
  severity: 'error',
  description: 'Guilt and emotional pressure ("I trusted you", "I\'m begging you").',
  message: {
    en: 'Guilt puts pressure on the person rather than the invoice; keep it factual and offer help instead.',
    fr: 'La culpabilisation vise la personne plutôt que la facture : restez factuel et proposez votre aide.',
  },
  phrases: {
    en: [
      {
        match: 'is this how (you|a|an|your)[^?.!]{0,50}(treat|treats|repay|repays|thank|thanks)[^?.!]*[?]?',
        suggest: [],
      },
      {
        match: 'bend(ing|s)? over backwards|(feel|feeling) like a fool|for trusting you',
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          "(I|we) (have|'ve got|have got) (my|our) own (bills|rent|staff|family|mortgage|suppliers)( to pay)?( too)?",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          "(this is|that's|is this) how (I|we) (get |am |are )?(repaid|thanked|treated|rewarded)[^.!?]*[?!]?",
        suggest: [],
      },
      {
        match:
          "(this is|that's|is this|and this is) (the thanks|the gratitude|my reward|how I'm thanked)[^.!?]*[?!]?",
        suggest: [],
      },
      {
        match:
          "(I'm|I am|we're|we are) (honestly |literally |really |seriously )(begging|pleading)( with)?( you)?",
        suggest: ['I would really appreciate it'],
      },
      {
        match: '(I|we) thought we (had|were) (a )?(better|good|great|closer|real|friends)[^.!?,]*',
        suggest: [],
      },
      {
        match: '(doing|done|does) to (my|our) (family|kids|children|business|health|marriage)',
        span: 'clause',
        suggest: [],
      },
      { match: '(I|we) trusted you', span: 'toClauseEnd', suggest: [] },
      { match: "(this is|that's|is this) how you (repay|treat|thank)( me| us)?[^.!?]*[?!]?", suggest: [] },
      {
        match: "(I'm|I am|we're|we are) (begging|pleading with) (you)?",
        suggest: ['I would really appreciate it'],
      },
      {
        match: "after (everything|all) (I've|I have|we've|we have) done( for you)?",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          '(I|we) thought (we were friends|I could (count on|trust) you|you were (different|better|reliable))',
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          "(I|we) (can't|cannot|couldn't) (pay|make) (my|our) (rent|bills|staff|mortgage|payroll|suppliers)( because of you)?",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match: "(you are|you're) (hurting|killing|ruining) (my|our|me|us)",
        span: 'toClauseEnd',
        suggest: [],
      },
      { match: 'how could you', span: 'toClauseEnd', suggest: [] },
      {
        match: "(I|we) bent over backwards|(I've|I have) been more than (patient|fair|generous)",
        span: 'toClauseEnd',
        suggest: [],
      },
    ],
    fr: [
      {
        match:
          "(voilà|c'est) comment (tu|vous) (me|nous) (remercies|remerciez|traites|traitez)|(je pensais|je croyais) que (tu|vous) (valais|valiez) mieux",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match: "(je vous|je t'|je t’|nous vous) (ai|avons) fait confiance",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          "(c'est|c’est) comme ça que (tu|vous) (me|nous) (remercie|remercies|remerciez|traites|traitez)[^.!?]*[?!]?",
        suggest: [],
      },
      {
        match: "(je|nous) (vous|t') ?en (supplie|supplions|prie instamment)",
        suggest: ['je vous serais reconnaissant'],
      },
      { match: "(après|avec) tout ce que (j’ai|j'ai|nous avons) fait", span: 'toClauseEnd', suggest: [] },
      {
        match: '(je pensais|je croyais) (pouvoir (te|vous) faire confiance|que (tu|vous) étiez|que tu étais)',
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          "(je ne peux|je n’arrive|je n'arrive) (plus )?(pas )?(à )?(payer|régler) (mon loyer|mes factures|mes salariés)",
        span: 'toClauseEnd',
        suggest: [],
      },
    ],
  },
};
