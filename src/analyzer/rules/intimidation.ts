import type { Rule } from './rule';

/** Intimidation and personal threats: wrong at every stage, final notice included. */
export const intimidation: Rule = {
  id: 'intimidation',
  category: 'aggressive',
  severity: 'error',
  description: 'Intimidation and personal threats ("you will regret it", "don\'t test me"), at every stage.',
  message: {
    en: 'Intimidation is never acceptable, even in a final notice: state the facts and the next step calmly.',
    fr: 'L’intimidation n’est jamais acceptable, même dans un dernier avis : énoncez les faits et la suite calmement.',
  },
  phrases: {
    en: [
      { match: "(will|'ll|going to|gonna) (destroy|ruin|crush|bury|finish|make) you", span: 'clause' },
      { match: "(you'll|you will|you're going to|you are going to) (regret|be sorry)", span: 'clause' },
      { match: "don't (test|push|mess with|play games with) me" },
      {
        match: "(I'll|I will|we'll|we will) make sure (everyone|every \\w+|the whole|all|people)",
        span: 'toClauseEnd',
      },
      {
        match: "(I'll|I will|we'll|we will) (tell|warn) (everyone|every \\w+|all|the whole)",
        span: 'toClauseEnd',
      },
      {
        match:
          '(name and shame|public(ly)? (review|shame|expose)|leave (you )?a (bad|terrible|1-star|one-star) review)',
        span: 'clause',
      },
      {
        match: '(I know where you (live|work)|watch your back|you have been warned|consider yourself warned)',
      },
    ],
    fr: [
      { match: '(je te|je vous) (jure|préviens) que', span: 'toClauseEnd' },
      { match: '(tu vas|vous allez) (le )?(regretter|voir ce qui|le payer cher)', span: 'clause' },
      {
        match: '(je vais|on va|nous allons) (te|vous) (ruiner|détruire|pourrir|faire regretter)',
        span: 'clause',
      },
      { match: '(tout le monde|toute la ville|tous mes contacts) (saura|sera au courant)', span: 'clause' },
      { match: '(ne me cherche(z)? pas|tu es prévenu|vous êtes prévenus?)' },
    ],
  },
};
