import type { Lang, Stage } from '../analyzer/index';

/** The values a template can use, as `{name}` in its subject and body. */
export const PLACEHOLDERS = [
  'client',
  'amount',
  'invoice',
  'dueDate',
  'daysOverdue',
  'deadline',
  'terms',
  'paymentInstructions',
  'sender',
  'company',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** A reminder template: built in, or written by the user (or shared by the team in a settings file). */
export interface Template {
  id: string;
  name: string;
  lang: Lang;
  stage: Stage;
  subject: string;
  body: string;
  /** Typed after the quick-insert trigger (e.g. "final" for ";final"). */
  shortcut?: string;
  builtIn?: boolean;
}

/** What the user (or the business profile) knows; anything missing stays a visible `[placeholder]`. */
export interface TemplateValues {
  client?: string;
  /** A number in the currency's major unit, e.g. 1250.5. */
  amount?: number;
  /** ISO 4217 code, e.g. "EUR". */
  currency?: string;
  invoice?: string;
  /** ISO date yyyy-mm-dd. */
  dueDate?: string;
  /** ISO date yyyy-mm-dd: the date asked for now. */
  deadline?: string;
  terms?: string;
  paymentInstructions?: string;
  sender?: string;
  company?: string;
}

export interface RenderedEmail {
  subject: string;
  body: string;
  /** Placeholders that had no value and are left as `[label]` in the text. */
  unfilled: Placeholder[];
}

/** A problem in a template's text, with where it is (UTF-16 offsets into the field). */
export interface TemplateProblem {
  field: 'subject' | 'body';
  start: number;
  end: number;
  message: string;
}
