import type { Rule } from './rule';

/** Intimidation and personal threats: wrong at every stage, final notice included. */
export const intimidation: Rule = {
  id: 'intimidation',
  category: 'aggressive',
  kind: 'intimidation',
  severity: 'error',
  description: 'Intimidation and personal threats ("you will regret it", "don\'t test me"), at every stage.',
  message: {
    en: 'Intimidation is never acceptable, even in a final notice: state the facts and the next step calmly.',
    fr: 'L’intimidation n’est jamais acceptable, même dans un dernier avis : énoncez les faits et la suite calmement.',
  },
  phrases: {
    en: [
      {
        match:
          '(posting|post|leave|leaving|write|writing|put|putting) (up )?(an? )?(honest |bad |negative |1-star |one-star |scathing )?reviews? (on|about) (google|yelp|trustpilot|facebook|you|your)',
        span: 'toClauseEnd',
      },
      { match: '(I|we) know where (you|your)', span: 'toClauseEnd' },
      { match: "(we'd|I'd|we would|I would) hate for (anything|something) to happen", span: 'toClauseEnd' },
      { match: '(ruin|wreck|destroy) your (credit|reputation|business|name)', span: 'toClauseEnd' },
      { match: "don't (test|push|try) us" },
      { match: '(it )?would be a (real |great |terrible )?shame if', span: 'toClauseEnd' },
      { match: '(talk to each other|word gets around|word travels fast|people talk)', span: 'clause' },
      {
        match:
          '(leave|leaving|post|posting|write|writing) (you )?(a |an )?(honest |bad |negative |1-star |one-star |scathing )?(review|post|comment)s? (about|on|of) (you|your|this)',
        span: 'toClauseEnd',
      },
      {
        match:
          '(warn|tell|let) (other|every|all the|all my) (businesses|clients|customers|suppliers|traders|people|contacts)',
        span: 'toClauseEnd',
      },
      {
        match:
          '(post|share|put) (this|it|about this|about you) (online|on (facebook|social media|google|linkedin|instagram))',
        span: 'toClauseEnd',
      },
      { match: '(make sure|ensure) you (regret|pay for|never forget|suffer)', span: 'toClauseEnd' },
      { match: '(regret|rue) (ever|the day)', span: 'toClauseEnd' },
      { match: "(don't|do not|wouldn't|would not)( want to)? (test|try|cross|mess with|push) me" },
      {
        match:
          '(tell|telling|warn|warning|let|letting|inform|informing) (everyone|everybody|every \\w+|all (the |my |our )?\\w+s|the whole \\w+)( in (town|the (city|industry|area|trade|business)))?',
        span: 'toClauseEnd',
      },
      { match: "don't make me", span: 'toClauseEnd' },
      { match: 'think again' },
      { match: "you('d| had) better", span: 'toClauseEnd' },
      { match: "(or )?you('ll| will) (find out|see what|learn|pay for|be hearing)", span: 'toClauseEnd' },
      { match: 'what (this|it)( really| will)? (costs?|cost) you' },
      {
        match: '(do )?you think you can (just )?(stiff|get away|walk away|ignore|skip|dodge|not pay|mess)',
        span: 'toClauseEnd',
      },
      {
        match:
          "(I'll|I will|we'll|we will|I'm going to|we're going to) be (telling|warning|letting) (everyone|every|all|people|the whole)",
        span: 'toClauseEnd',
      },
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
      {
        match: '(laisse|laisser|mettre|mets|poster|publier) un avis (sur (google|facebook)|négatif)',
        span: 'toClauseEnd',
      },
      { match: '(prévenir|avertir|prévenu|averti) (les autres|tous les) \\w+', span: 'toClauseEnd' },
      {
        match: '(tout|toute) (le |la )?[A-Za-z\\u00C0-\\u024F]+ (saura|sera au courant)',
        span: 'toClauseEnd',
      },
      {
        match: '(je|nous) (viendrai|viendrons|vais venir|passerai|passerons)[^.!?]{0,50}(récupérer|chercher)',
        span: 'toClauseEnd',
      },
      { match: 'ne (jouez|joue) pas avec moi' },
      {
        match:
          '(tout le|toute la|tous les) \\w+( \\w+){0,3} (saura|sauront|sera au courant|seront au courant)',
        span: 'toClauseEnd',
      },
      {
        match:
          '(je|on) connai(s|t) (pas mal de |beaucoup de |du )?monde|les gens parlent|ça se saura|ça va se savoir',
        span: 'clause',
      },
      { match: '(vous|te) faire une (sale |mauvaise |belle )?réputation', span: 'toClauseEnd' },
      {
        match:
          '(laisser|mettre|publier|poster) (un |des )?(avis|commentaires?) (négatifs?|sur (vous|toi|ton|votre))',
        span: 'toClauseEnd',
      },
      {
        match:
          '(vous|tu) (le )?(regretterez|regretteras|allez le regretter|vas le regretter|le paierez|le paieras)',
        span: 'clause',
      },
      { match: '(je vous|je te) (garantis|promets|assure) que', span: 'toClauseEnd' },
      {
        match:
          '(tout le quartier|toute la ville|tout le monde|tous tes clients|tous vos clients|tout le village) (saura|va savoir|sera au courant|saura pourquoi)',
        span: 'clause',
      },
      {
        match:
          '(je|nous) (viendrai|viendrons|vais venir|passerai|passerons) (récupérer|chercher|me servir|nous servir)',
        span: 'toClauseEnd',
      },
      { match: 'avec ou sans (votre|ton) (accord|permission)' },
      {
        match:
          '(je|nous) (préviens|préviendrai|vais prévenir|raconterai|vais raconter|dirai à|vais dire à) (tous|toutes|tout le monde|toute la)',
        span: 'toClauseEnd',
      },
      { match: "(j'aurai|quand j'aurai) (raconté|dit|parlé)", span: 'clause' },
      { match: 'plus (aucun|personne|aucune)[^.!?,]{0,40}ne (voudra|travaillera|fera)', span: 'clause' },
      { match: '(vous allez|tu vas) (voir|comprendre|le sentir)' },
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
