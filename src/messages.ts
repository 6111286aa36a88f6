/**
 * Typed messages between the extension's parts. One discriminated union per direction; each request type
 * maps to exactly one response type, so a sender gets a typed answer and a handler cannot answer wrongly.
 */

import type { Report } from './analyzer/types';

/** The user's switches that shape an analysis (from the settings). */
export interface AnalysisOptions {
  disabledRules: string[];
  allow: string[];
  flag: { phrase: string; category: 'aggressive' | 'vague'; message?: string }[];
}

/** Requests sent to the background (from the popup, the options page or a content script). */
export type ToBackground =
  | { type: 'ping' }
  | { type: 'load-compose-tools' }
  /** The full analysis (rules and the learned model), run off the page's main thread. */
  | { type: 'analyze'; text: string; options: AnalysisOptions };

/** The background's answer to each request type. */
export interface BackgroundResponses {
  ping: { type: 'pong'; version: string };
  'load-compose-tools': { type: 'compose-tools-loaded' };
  analyze: { type: 'report'; report: Report };
}

export type ToBackgroundType = ToBackground['type'];
export type ResponseTo<M extends ToBackground> = BackgroundResponses[M['type']];

const TO_BACKGROUND_TYPES: ReadonlySet<string> = new Set<ToBackgroundType>([
  'ping',
  'load-compose-tools',
  'analyze',
]);

const isStringList = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

function isAnalysisOptions(x: unknown): x is AnalysisOptions {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return (
    isStringList(o.disabledRules) &&
    isStringList(o.allow) &&
    Array.isArray(o.flag) &&
    o.flag.every(
      (f: unknown) =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as Record<string, unknown>).phrase === 'string' &&
        ['aggressive', 'vague'].includes((f as Record<string, unknown>).category as string) &&
        ['string', 'undefined'].includes(typeof (f as Record<string, unknown>).message),
    )
  );
}

/** Whether an incoming runtime message is one of ours, field by field (anything else is ignored). */
export function isToBackground(message: unknown): message is ToBackground {
  if (typeof message !== 'object' || message === null || !('type' in message)) return false;
  if (typeof message.type !== 'string' || !TO_BACKGROUND_TYPES.has(message.type)) return false;
  if (message.type !== 'analyze') return true;
  const m = message as Record<string, unknown>;
  return typeof m.text === 'string' && isAnalysisOptions(m.options);
}

/** One handler per request type; the background's router is built from this. */
export type BackgroundHandlers = {
  [K in ToBackgroundType]: (
    message: Extract<ToBackground, { type: K }>,
    sender?: import('webextension-polyfill').Runtime.MessageSender,
  ) => BackgroundResponses[K] | Promise<BackgroundResponses[K]>;
};

/** A finding as the popup shows it (offsets stay in the page). */
export interface DraftFinding {
  id: string;
  category: 'aggressive' | 'vague' | 'inconsistent';
  text: string;
  message: string;
  suggestions: string[];
  inSubject: boolean;
}

/** The report on the compose the user was last typing in, for the popup. */
export interface DraftReport {
  site: 'gmail' | 'outlook' | 'generic';
  tone: { score: number; label: 'friendly' | 'professional' | 'firm' | 'aggressive' } | null;
  /** Null when the draft is not a payment request. */
  stage: string | null;
  lang: 'en' | 'fr';
  findings: DraftFinding[];
  facts: { kind: string; text: string }[];
  missing: ('amount' | 'invoice' | 'dueDate' | 'paymentInstructions')[];
  /** The body has no text of the user's yet: an inserted reminder replaces it. */
  empty: boolean;
}

/** Requests sent to the compose tools in a tab (from the popup or the background). */
export type ToContent =
  | { type: 'get-draft-report' }
  | { type: 'apply-suggestion'; findingId: string; suggestion: string }
  | { type: 'insert-reminder'; subject: string; body: string }
  | { type: 'open-quick-insert' };

export interface ContentResponses {
  'get-draft-report': DraftReport | null;
  'apply-suggestion': { applied: boolean };
  'insert-reminder': { inserted: boolean };
  'open-quick-insert': { opened: boolean };
}

const TO_CONTENT_TYPES: ReadonlySet<string> = new Set<ToContent['type']>([
  'get-draft-report',
  'apply-suggestion',
  'insert-reminder',
  'open-quick-insert',
]);

export function isToContent(message: unknown): message is ToContent {
  return (
    typeof message === 'object' &&
    message !== null &&
    'type' in message &&
    typeof message.type === 'string' &&
    TO_CONTENT_TYPES.has(message.type)
  );
}
