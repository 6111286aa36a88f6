import type { Rule } from './rule';

/** Sarcasm and passive aggression: the jab without the rude word. */
export const sarcasm: Rule = {
  id: 'sarcasm',
  category: 'aggressive',
  severity: 'error',
  description:
    'Sarcasm and passive aggression ("per my last email", "I\'m sure you\'re aware", "obviously you…").',
  message: {
    en: 'This reads as passive-aggressive; say it plainly and kindly instead.',
    fr: 'Cette tournure se lit comme passive-agressive : dites-le simplement et aimablement.',
  },
  phrases: {
    en: [
      {
        match: 'per (my|our) (last|previous|earlier) (email|e-mail|message|note|reminder)s?',
        suggest: ['Following up on my earlier message'],
      },
      {
        match:
          "as (I|we)('ve| have)? (already )?(said|stated|mentioned|explained|told you|asked|written|pointed out) (multiple|several|many|countless|numerous|three|four|five|a few|a dozen|so many|too many)( times)?",
        suggest: ['As a quick follow-up'],
      },
      {
        match:
          "as (I|we)('ve| have)? (already )?(said|told you|explained) (before|again and again|over and over)",
        suggest: ['As a quick follow-up'],
      },
      {
        match: '(for the|this is the) (second|third|fourth|fifth|\\w+th|umpteenth|hundredth|last) time',
        suggest: [],
      },
      {
        match:
          "(I'm|I am|we're|we are) sure (you're|you are|you've|you have) (well )?(aware|noticed|seen|realised|realized|understand)",
        suggest: ['As you may know'],
      },
      {
        match: "(I'm|I am|we're|we are) sure you (know|understand|realise|realize|remember)",
        suggest: ['As you may know'],
      },
      {
        match:
          "(I|we) (shouldn't|should not|should never) (have to|need to) (keep )?(remind|reminding|chase|chasing|ask|asking|tell|telling|explain|explaining)( you)?( again)?",
        suggest: ['Just a reminder'],
      },
      { match: "(I|we) (really )?(hate|don't like) (having|to have) to (chase|remind|ask)", suggest: [] },
      { match: '(obviously|clearly|surely|of course) you( \\w+)?', span: 'toClauseEnd', suggest: [] },
      { match: 'as you (well |surely |obviously |very well )(know|are aware)', suggest: ['As you may know'] },
      { match: '(lost|got lost|stuck|went missing) in the (mail|post)', span: 'clause', suggest: [] },
      {
        match:
          '(thanks|thank you) (in advance )?for nothing|must be nice|(nice|good) to know|how convenient|what a surprise',
        suggest: [],
      },
      {
        match: "(I'm|I am) (sure|certain) you('re| are) (very |extremely |terribly )?(busy|swamped)",
        suggest: [],
      },
      { match: 'yet again', suggest: [] },
      { match: 'not that (you|it) (care|cares|matters)', suggest: [] },
      { match: '(hello|hi)\\?+|anyone (there|home)\\?', suggest: [] },
    ],
    fr: [
      {
        match:
          "comme (je|nous) (te |vous )?(l')?(ai|avons) (déjà )?(dit|écrit|indiqué|expliqué|rappelé|signalé)( (plusieurs|trente-six|mille|maintes) fois| à (plusieurs|maintes) reprises)?",
        suggest: ['Pour faire suite à mon précédent message'],
      },
      {
        match: "(pour la|c'est la) (deuxième|troisième|quatrième|cinquième|énième|dernière) fois",
        suggest: [],
      },
      {
        match:
          "(j'imagine|je suppose|je me doute|nous imaginons) (que )?(tu es|vous êtes|tu as|vous avez) (très |bien |sûrement |certainement )?(occupée?s?|débordée?s?|autre chose)[^.!?]*",
        suggest: [],
      },
      { match: '(évidemment|bien évidemment|naturellement|comme par hasard)', suggest: [] },
      {
        match:
          '(je|nous) (ne )?(devrais|devrions|devrait) (pas |plus )?(avoir à|devoir) (te |vous )?(relancer|rappeler|redire|réclamer)',
        suggest: ['Je me permets de revenir vers vous'],
      },
      {
        match:
          "(vous|tu) (n’|n')?(êtes|es|savez|sais) (sans doute|sûrement|certainement|bien) (pas )?(au courant|conscients?|que)",
        suggest: [],
      },
      { match: 'perdu (dans|par) (le courrier|la poste)', span: 'clause', suggest: [] },
      { match: '(encore|une fois de plus|à nouveau) (une fois|sans réponse)', suggest: [] },
    ],
  },
};
