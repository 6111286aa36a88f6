import { insideCondition, type Rule } from './rule';

const OWN_IT_EN = ['It looks like this may have slipped through.'];
const OWN_IT_FR = ['Il est possible que ce point vous ait échappé.'];

/** Blame and accusation: "you failed to", "you ignored", "you never", "you still haven't". */
export const blame: Rule = {
  id: 'blame',
  category: 'aggressive',
  kind: 'blame',
  severity: 'error',
  description: 'Blame and accusation ("you ignored", "you still haven\'t paid", "your negligence").',
  message: {
    en: 'Blaming the client puts them on the defensive; assume an honest mistake and ask what is holding it up.',
    fr: 'Accuser le client le met sur la défensive : supposez un oubli et demandez ce qui bloque.',
  },
  phrases: {
    en: [
      {
        match:
          "your (\\w+ )?(team|office|staff|people|department) (didn't|did not|never|failed to|forgot to)",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match: 'because you( \\w+){0,2} (left|forgot|ignored|missed|waited|chose|decided|delayed)',
        span: 'toClauseEnd',
        suggest: [],
      },
      { match: "(it's|it is|that's|that is) on you", span: 'toClauseEnd', suggest: [] },
      {
        match:
          '(ignored|ignoring|dodged|dodging|ghosted|ghosting|brushed off) (every|all|each|my|our|both|several|multiple|the last \\w+)( \\w+)? (messages?|emails?|calls?|texts?|reminders?|letters?|voicemails?)',
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          "(this|it)( is|'s) (not|n't) the first time you|(this|it) isn't the first time you|not for the first time",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match: "you('ve| have)? (left|kept) (us|me) (waiting|hanging|in the dark|out of pocket)",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          "you (really |honestly |frankly |seriously |clearly |obviously )?(should have|should've|could have|could've|ought to have) (caught|noticed|checked|seen|told|known|paid|read|asked|spotted|flagged)",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match: 'you (always |usually |again )?(paid|pay|sent|send|replied|reply|responded)[^.;:,]{0,40} late',
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          'your (\\w+ )?(office|team|company|staff|manager|people|department|accountant|bookkeeper|assistant)( has| have| had)? (ignored|ignore|failed|forgot|forgotten|neglected|refused|dodged|never)',
        span: 'toClauseEnd',
        suggest: ['I may have missed a reply from your team'],
      },
      {
        match:
          '(you|your (\\w+ )?(team|office|staff|company|manager|people|accountant)) (sent|gave|delivered|submitted|provided|filled in|supplied)[^.;]{0,50}(late|wrong|incorrect|incomplete)',
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match: "(this|it|that) (wouldn't|would not|would never) have happened",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          "(dodging|dodge|dodged|ducking|avoiding|avoided|ghosting|ghosted) (a |my |our |the |your )?(\\w+('s)? )?(bill|invoice|payment|calls?|emails?|messages?|texts?|me|us)",
        span: 'toClauseEnd',
        suggest: [],
      },
      { match: 'because of your (negligence|carelessness|mistake|delay|lateness|attitude)', suggest: [] },
      {
        match:
          "you('ve| have)? (simply |just |completely |deliberately |repeatedly |conveniently )?(ignored|ignore|disregarded|dodged|avoided|brushed off)",
        span: 'toClauseEnd',
        suggest: ['I may have missed your reply to my earlier messages'],
      },
      { match: 'you (keep|kept) (ignoring|avoiding|dodging|putting (it|this) off)', span: 'toClauseEnd' },
      {
        match:
          "you (still|STILL) (haven't|have not|hasn't|didn't|did not|don't|do not|won't|refuse)( even)?( \\w+)?",
        span: 'toClauseEnd',
        suggest: ['the payment has not reached us yet'],
      },
      {
        match: "you (haven't|have not|didn't|did not) (even )?(bothered|bother|care|cared)",
        span: 'toClauseEnd',
      },
      {
        match:
          '(you|your (team|company|office|accounts department)) (never|failed to|neglected to) (paid|pay|replied|reply|responded|respond|answered|answer|got back|get back|bothered|sent|send|acknowledged|returned|called|kept|honou?red|followed)',
        span: 'toClauseEnd',
        suggest: ['I haven’t heard back yet'],
      },
      {
        match:
          'your (negligence|carelessness|incompetence|fault|excuses|lack of (professionalism|respect|organi[sz]ation))',
        span: 'clause',
      },
      { match: "(it's|it is|this is) (all )?your (fault|problem|responsibility)", span: 'clause' },
      {
        match: "because you (didn't|did not|never|failed to|forgot to|neglected to)",
        span: 'toClauseEnd',
        message:
          'Blaming the client for a billing problem damages trust; explain what happened without pointing a finger.',
      },
      {
        match: 'you should have (caught|noticed|checked|seen|told|known|paid|read)',
        span: 'toClauseEnd',
        message:
          'Telling the client what they should have done sounds like blame; explain the balance and offer options.',
      },
      {
        match:
          "(I've|I have|we've|we have) (already )?(spent|wasted) (weeks|days|months|hours|so much time) (chasing|waiting|running after)",
        span: 'toClauseEnd',
        suggest: OWN_IT_EN,
      },
      { match: "I'm not (doing|going through) (this|that|the same)", span: 'toClauseEnd' },
      { match: 'no (more )?(sob )?(excuses?|stories|games|nonsense|lies)', suggest: [] },
    ],
    fr: [
      { match: "(t'aurais|tu aurais|vous auriez|t’aurais) quand même (pu|dû)", span: 'toClauseEnd' },
      { match: "(t'aurais|tu aurais|vous auriez|t’aurais) (pu|dû)", span: 'toClauseEnd' },
      {
        match:
          "(vous|tu) (nous|me|m') ?(baladez|balades|menez en bateau|mènes en bateau|prenez pour (des idiots|un idiot|une idiote)|prends pour (des idiots|un idiot|une idiote)|roulez|roules|faites tourner|fais tourner)",
        span: 'clause',
      },
      { match: '(tu|vous) (disparais|disparaissez|as disparu|avez disparu|fais le mort|faites le mort)' },
      {
        match:
          "(vous|tu) ne (nous|m'|me) (aviez|avez|avais|as) (pas|jamais) (clairement |bien )?(indiqué|dit|précisé|signalé|prévenu|informé)",
        span: 'toClauseEnd',
      },
      {
        match: '(vous|tu) (avez|as) (encore |toujours )?(payé|réglé)[^.;,]{0,40} en retard',
        span: 'toClauseEnd',
      },
      {
        match:
          "(votre|ton|ta) (\\w+ )?(équipe|service|secrétariat|comptable|bureau) (a|n'a) (ignoré|oublié|négligé|refusé|jamais)",
        span: 'toClauseEnd',
      },
      {
        match:
          "(vous|tu) (n'avez|n'as|n'avez toujours|n'as toujours) (jamais|toujours pas|même pas|pas daigné|pas pris la peine)",
        span: 'toClauseEnd',
        suggest: ['nous n’avons pas encore reçu de réponse'],
      },
      {
        match:
          '(vous|tu) (ignorez|ignores|avez ignoré|as ignoré|négligez|négliges|esquivez|esquives|évitez|évites)',
        span: 'toClauseEnd',
        suggest: OWN_IT_FR,
      },
      { match: '(vous|tu) (refusez|refuses) de (payer|régler|répondre)', span: 'toClauseEnd' },
      { match: '(votre|ta) (négligence|faute|mauvaise foi|incompétence|désinvolture)', span: 'clause' },
      { match: "(c'est|c’est) (de )?(votre|ta) faute", span: 'clause' },
      { match: "parce que (vous|tu) (ne |n')", span: 'toClauseEnd' },
      { match: '(vous|tu) (auriez|aurais) dû', span: 'toClauseEnd' },
      {
        match:
          "(j'ai|nous avons) (déjà )?(perdu|passé) (des semaines|des jours|des mois|assez de temps) à (vous|te) (relancer|courir après)",
        span: 'toClauseEnd',
      },
      { match: "aucune excuse|pas d’excuse|pas d'excuse" },
    ],
  },
  skip: (m, sentence) => insideCondition(sentence, m.start),
};
