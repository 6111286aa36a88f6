import type { Rule } from './rule';

/** Vague call to action: "let me know when you can" with no date or action. */
export const vagueCallToAction: Rule = {
  id: 'vague-cta',
  category: 'vague',
  kind: 'vague-cta',
  severity: 'warning',
  description: 'Vague call to action ("let me know when you can") with no date or action.',
  message: {
    en: 'An open-ended ask gets an open-ended answer; ask for one action by a date.',
    fr: 'Une demande sans date appelle une réponse sans date : demandez une action précise avant une date.',
  },
  phrases: {
    en: [
      {
        match:
          '(give|drop|send) (me|us) a (shout|call|ring|line|buzz|note|message|text)( \\w+)? when(ever)? (you|it) ?(can|get a chance|have a (moment|minute|sec)|suits|works)?',
        suggest: ['Could you confirm by [date] when payment will be made?'],
      },
      {
        match: '(get|come) back to (me|us) (whenever|at some point|eventually|sometime)',
        suggest: ['Could you reply by [date]?'],
      },
      {
        match: '^(let|tell) (me|us) know[.!]?$',
        suggest: ['Could you confirm by [date] when payment will be made?'],
      },
      {
        match:
          '(let|tell) (me|us) know (when|whenever|if) (you can|you get a chance|you have a (moment|minute|chance)|convenient|possible|it suits)',
        suggest: ['Could you confirm by [date] when payment will be made?'],
      },
      {
        match:
          '(get|come) back to (me|us) (when(ever)? you can|at some point|eventually|when you get a chance)',
        suggest: ['Could you reply by [date]?'],
      },
      {
        match:
          '(?<=(^|you |you could |you can |please |could you |can you |would you ))(sort of |kind of )?(look|have a look|take a look) (into|at) (it|this|that)',
        suggest: ['arrange payment by [date]'],
      },
      { match: 'keep (me|us) posted', suggest: ['Could you confirm by [date] when payment will be made?'] },
    ],
    fr: [
      {
        match:
          "(revenez|reviens) vers (moi|nous) (à l'occasion|quand (vous|tu) (pourrez|pourras|voulez|veux))",
        suggest: ['Pourriez-vous me répondre d’ici le [date] ?'],
      },
      {
        match:
          '(dis|dites|fais|faites|tiens|tenez)(-| )(moi|nous) (savoir |au courant )?(quand|dès que|si) (tu peux|vous pouvez|tu pourras|vous pourrez|possible|tu as un moment|vous avez un moment)',
        suggest: ['Pourriez-vous me confirmer d’ici le [date] la date du règlement ?'],
      },
      {
        match:
          '(réponds|répondez|reviens|revenez)(-| )(moi|nous|vers moi|vers nous) (quand|dès que) (tu peux|vous pouvez|tu pourras|vous pourrez|possible)',
        suggest: ['Pourriez-vous me répondre d’ici le [date] ?'],
      },
      {
        match: '(tiens|tenez)(-| )(moi|nous) au courant',
        suggest: ['Pourriez-vous me confirmer d’ici le [date] la date du règlement ?'],
      },
      {
        match: "(regarder|jeter un (œil|oeil|coup d’œil|coup d'oeil)) (ça|à ça)",
        suggest: ['effectuer le règlement d’ici le [date]'],
      },
    ],
  },
};
