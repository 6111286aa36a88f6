import type { Category, RequiredFact, Stage, ToneLabel } from './analyzer/index';
import type { MessageKey } from './i18n';

/** The interface string of each analyzer value, shared by the in-page overlay, the popup and the options. */
export const CATEGORY_LABEL: Record<Category, MessageKey> = {
  aggressive: 'categoryAggressive',
  vague: 'categoryVague',
  inconsistent: 'categoryInconsistent',
};

export const CATEGORY_COUNT: Record<Category, MessageKey> = {
  aggressive: 'countAggressive',
  vague: 'countVague',
  inconsistent: 'countInconsistent',
};

export const TONE_LABEL: Record<ToneLabel, MessageKey> = {
  friendly: 'toneFriendly',
  professional: 'toneProfessional',
  firm: 'toneFirm',
  aggressive: 'toneAggressive',
};

export const FACT_LABEL: Record<RequiredFact, MessageKey> = {
  amount: 'factAmount',
  invoice: 'factInvoice',
  dueDate: 'factDueDate',
  paymentInstructions: 'factPaymentInstructions',
};

export const STAGE_LABEL: Record<Stage, MessageKey> = {
  upcoming: 'stageUpcoming',
  due: 'stageDue',
  overdue: 'stageOverdue',
  firm: 'stageFirm',
  final: 'stageFinal',
  correction: 'stageCorrection',
};
