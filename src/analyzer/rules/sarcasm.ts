import type { Rule } from './rule';

// "Thanks as always" is warmth, not a jab.
const WARM_BEFORE = /(thanks|thank you|cheers|grateful|best|love|appreciate it)[\s,]*$/i;

/** Sarcasm and passive aggression: the jab without the rude word. */
export const sarcasm: Rule = {
  id: 'sarcasm',
  category: 'aggressive',
  kind: 'sarcasm',
  severity: 'error',
  description:
    'Sarcasm and passive aggression ("per my last email", "I\'m sure you\'re aware", "obviously you…").',
  message: {
    en: 'This reads as passive-aggressive; say it plainly and kindly instead.',
    fr: 'Cette tournure se lit comme passive-agressive : dites-le simplement et aimablement.',
  },
  phrases: {
    en: [
      { match: 'forgive me if|not in the mood for', span: 'toClauseEnd', suggest: [] },
      {
        match:
          'every other [A-Za-z\\u00C0-\\u024F]+( [A-Za-z\\u00C0-\\u024F]+){0,4} (manages|manage|pays|pay|seems able|seem able|has no trouble)',
        span: 'toClauseEnd',
        suggest: [],
      },
      { match: "what('s| is) so (complicated|difficult|hard)", span: 'toClauseEnd', suggest: [] },
      { match: "don't tell me (you|that)", span: 'toClauseEnd', suggest: [] },
      { match: 'with (all )?(due )?respect,? (I|you)', span: 'toClauseEnd', suggest: [] },
      {
        match:
          "you (don't|do not) (appreciate|understand|realise|realize|grasp) how (serious|important|urgent)",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          '(I|we) have (already )?(explained|told|said|written|mentioned|pointed out)[^.!?]{0,50}(more than once|twice|several times|repeatedly|again and again)',
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match: 'spell (it|this|them|that) out|in (simple|plain) (terms|english|words)',
        span: 'clause',
        suggest: [],
      },
      {
        match: "(I|we) (shouldn't|should not) (have to|need to) point out",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match: "(we'd|I'd|we would|I would) (rather|prefer) not (have to )?(chase|remind|ask)[^.!?,]*",
        suggest: [],
      },
      { match: '(more|better) than (I|we) can say (for|about)[^.!?,]*', suggest: [] },
      {
        match:
          '(another|yet another) (drawn-out |long |painful |endless )?(saga|ordeal|episode|battle|chase)',
        span: 'clause',
        suggest: [],
      },
      {
        match:
          '(every other|all (the )?other|the rest of (our|my|the)) (clients?|customers?|tenants?|members?|families|parents|patients)[^.!?]{0,30}(manage|manages|pay|pays|paid|have paid|seem able|are able)',
        span: 'toClauseEnd',
        suggest: [],
      },
      { match: '(work|works|working|do this|does this|did this) for free', span: 'clause', suggest: [] },
      {
        match:
          '(is it|is that|was it) (really |actually )?(that |so )?(hard|difficult|complicated) to[^.!?]*[?]?',
        suggest: [],
      },
      {
        match:
          '(thank you|thanks)( so much| again)? for (your|the) (continued |ongoing |deafening |total |complete )?(silence|radio silence|lack of (reply|response|interest))',
        suggest: [],
      },
      {
        match: '(we|I) (do so|really|just|so) (enjoy|love) (acting as|being|chasing|playing)[^.!?]*',
        suggest: [],
      },
      {
        match:
          "interest-free (lender|loan|bank|credit)|(I'm|I am|we're|we are) not (a|your) (bank|charity|lender)",
        span: 'clause',
        suggest: [],
      },
      {
        match:
          '(lost|got lost|went missing|disappeared) (at sea|in transit|in the ether|in cyberspace|in the post|somewhere)',
        span: 'clause',
        suggest: [],
      },
      {
        match: "apparently (\\w+ ){0,3}(didn't|did not|wasn't|was not|never|can't|isn't|doesn't)",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match: '(who|that) actually (pay|pays|paid|read|reads|reply|replies|answer)',
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          '(you|of) all people|, you know[.!]?$|(a|an) (grown|grown-up) (adult|man|woman|person)|like (a|a small) child',
        suggest: [],
      },
      {
        match: "(I|we) (shouldn't|should not) (have to|need to) spell (this|it) out",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match: '(how hard|how difficult|how complicated) (is it|can it be|could it be) to[^.!?]*[?]?',
        suggest: [],
      },
      { match: "what part of[^.!?]{0,60}(don't|do not) you (understand|get)[^.!?]*[?]?", suggest: [] },
      {
        match:
          '(do|did) you (think|expect|imagine) (I|we) (work|do this|am|are) (for free|a charity|running a charity)[^.!?]*[?]?',
        suggest: [],
      },
      {
        match: '(are you|were you) (even )?(reading|listening to|ignoring|serious)( my| our)?( \\w+)?[?]',
        suggest: [],
      },
      {
        match: 'do (I|we) (really |actually )?(need|have) to (remind|chase|spell|explain)[^.!?]*[?]?',
        suggest: [],
      },
      {
        match:
          'let me (explain|spell (it|this) out|make (it|this) (simple|clear))( (for you|again|slowly|one more time))*',
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match: "(it's|it is|this is) (not|hardly) (that |very |rocket )?(complicated|difficult|hard|science)",
        suggest: [],
      },
      { match: "in case you (forgot|missed it|didn't notice|hadn't noticed)", suggest: [] },
      { match: 'is (it|this|that) (really )?too much to ask', span: 'toClauseEnd', suggest: [] },
      {
        match:
          "you (obviously|clearly|evidently|apparently) (don't|do not|didn't|did not|never|can't|cannot|couldn't|won't) (care|bother|read|listen|understand|respect|value|think)",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          "(I've|I have|we've|we have) (already )?(asked|told|reminded|emailed|written to|chased|called|messaged) you (\\w+ ){0,2}(times|twice)( already| now| over)?",
        suggest: ['I wanted to follow up'],
      },
      {
        match:
          'per (my|our) (last|previous|earlier)( \\w+)? (emails?|e-mails?|messages?|notes?|reminders?|letters?|calls?)',
        suggest: ['Following up on my earlier message'],
      },
      {
        match:
          "(I'm|I am|we're|we are) (surprised|amazed|astonished|shocked|baffled|stunned) (that )?(we|I) (even |still |actually )?(need|have|had) to",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match: "(I|we) (can't|cannot|can not) believe (we|I) (even |still |actually )?(need|have|had) to",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match: '(pretty|rather|a bit|bit) rich|(a|what a) (fine|great|nice|lovely) way to (treat|thank)',
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          '(the rest of|all|every other|most of) (our |my |the )?(other )?(customers|clients|tenants|students|members|families|parents|patients) (manage|managed|seem|are able|pay|paid|have paid|have no trouble)',
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          "(won't|will not|doesn't|does not) take as long[^.!?]*|(just )?like (last time|the last time|every time|always)",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match: '(too much|too hard|too difficult|beneath you) to (ask|manage|expect)',
        span: 'clause',
        suggest: [],
      },
      {
        match: '(I guess|I suppose|I imagine) [^.;,]{0,60}(must be|is so|are so|must have)',
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match: 'must be (so|SO|really|such|very) (hard|exhausting|tiring|difficult|busy|nice|tough)',
        suggest: [],
      },
      { match: 'as (always|usual|ever)', suggest: [] },
      {
        match:
          "(as )?(I've|I have|we've|we have|I|we) (already )?(mentioned|said|told you|asked|explained|written|pointed out|stressed) (this )?(more than once|twice|repeatedly|again and again|before|several times|many times|multiple times)",
        suggest: ['As a quick follow-up'],
      },
      {
        match:
          "(I'm|I am|we're|we are) sure (you're|you are|you've|you have) (just )?(been )?(swamped|slammed|busy|snowed under|run off your feet|very busy|terribly busy)",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          '(if|if only) (you|your (\\w+ )?(team|office|staff|manager|people|accountant)) (could|would|had|did|bothered to) (just )?(follow|read|listen|pay attention|check|answer|reply|look)',
        span: 'clause',
        suggest: [],
      },
      {
        match:
          "(I|we)( really| honestly| frankly)? (shouldn't|should not|should never) (have to|need to) (keep )?(remind|reminding|chase|chasing|ask|asking|tell|telling|explain|explaining|beg)",
        span: 'toClauseEnd',
        suggest: ['Just a reminder'],
      },
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
      { match: 'merci (beaucoup |bien )?pour (ton|votre) (silence|absence de réponse)', suggest: [] },
      {
        match: '(tu savais|vous saviez) (où|comment) me (trouver|joindre)',
        span: 'toClauseEnd',
        suggest: [],
      },
      { match: "l['’]intention de (payer|régler)( un jour)?", span: 'toClauseEnd', suggest: [] },
      { match: '(te|vous) courir après|en faire toute une histoire', span: 'toClauseEnd', suggest: [] },
      {
        match: '(vous trouvez|tu trouves) (ça|cela) (normal|acceptable|correct|juste)[^.!?]*[?]?',
        suggest: [],
      },
      {
        match:
          "(je vais|laissez-moi|laisse-moi) (vous|te) l['’]expliquer (lentement|simplement|encore|une dernière fois)",
        suggest: [],
      },
      { match: '(ne me|ne nous) (fais|faites|refais|refaites) pas le coup[^.!?,;]*', suggest: [] },
      {
        match:
          "(c'est|ce n'est) (quand même |tout de même )?pas (si |très |bien )?(compliqué|difficile|sorcier)",
        suggest: [],
      },
      { match: "j['’]imagine qu['’]il (faudra|va falloir) (vous|te) relancer[^.!?]*[?]?", suggest: [] },
      { match: "(c'est|ce n'est) pas (si |très |bien )?compliqué( pourtant)?", suggest: [] },
      { match: '(vous vous fichez|tu te fiches|vous vous foutez|tu te fous) de (moi|nous|qui)', suggest: [] },
      { match: '(faut|il ne faut) pas (pousser|exagérer)', suggest: [] },
      {
        match:
          '(est-ce que )?(je dois|nous devons|il faut) (vraiment )?(vous|te) (rappeler|le rappeler|courir après)[^.!?]*[?]?',
        suggest: [],
      },
      {
        match:
          '(vous pensiez|tu pensais|vous croyiez|tu croyais|vous imaginiez|tu imaginais) (vraiment |sérieusement )?(qu|que)[^.!?]*[?!]?',
        suggest: [],
      },
      { match: "(il n'y a|y a|il n’y a) (plus )?personne", span: 'clause', suggest: [] },
      {
        match:
          "(comme d'habitude|comme toujours) avec (vous|toi)|il faut (toujours |encore )?(vous |te )?relancer",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match: '(tu te moques|vous vous moquez|tu te fous|vous vous foutez|on se moque) de (moi|nous)( \\?)?',
        suggest: [],
      },
      {
        match:
          '(vous vous croyez|tu te crois|vous vous pensez|tu te penses) (malins?|maligne|plus malin|au-dessus)[^.!?]*[?!]?',
        suggest: [],
      },
      {
        match:
          '(ne me refais|ne me refaites|ne nous refais|ne nous refaites) pas (le coup|le même coup)[^.!?]*',
        suggest: [],
      },
      { match: '(ça|cela) ne (passe|prend) plus', suggest: [] },
      {
        match:
          "(j'imagine|je suppose|je me doute|visiblement|apparemment)[^.!?]{0,80}(plus importante?s?|mieux à faire|occupée?s?|débordée?s?)[^.!?]*[?!]?",
        suggest: [],
      },
      {
        match:
          "(je ne suis pas|on n’est pas|on n'est pas|nous ne sommes pas) (une banque|votre banque|ta banque|votre banquier|ton banquier|une œuvre de charité)[^.!?]*",
        suggest: [],
      },
      { match: '(votre|ton) petit (manège|jeu|cinéma)', suggest: [] },
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
  skip: (m, sentence) =>
    /^as (always|usual|ever)$/i.test(sentence.slice(m.start, m.end)) &&
    WARM_BEFORE.test(sentence.slice(0, m.start)),
};
