import type { DraftReport } from '../../src/messages';

/** The report the content script would send for a Gmail draft with one vague phrase and two facts missing. */
export const SAMPLE_DRAFT: DraftReport = {
  site: 'gmail',
  tone: { score: 80, label: 'aggressive' },
  stage: 'overdue',
  lang: 'en',
  findings: [
    {
      id: 'f1',
      category: 'vague',
      text: 'ASAP',
      message: 'A vague time gives the client no deadline.',
      suggestions: ['by [date]'],
      inSubject: false,
    },
  ],
  facts: [{ kind: 'invoice', text: '2025-014' }],
  missing: ['amount', 'paymentInstructions'],
  empty: false,
};
