/**
 * Typed messages between the extension's parts. One discriminated union per direction; each request type
 * maps to exactly one response type, so a sender gets a typed answer and a handler cannot answer wrongly.
 */

/** Requests sent to the background (from the popup, the options page or a content script). */
export type ToBackground = { type: 'ping' } | { type: 'load-compose-tools' };

/** The background's answer to each request type. */
export interface BackgroundResponses {
  ping: { type: 'pong'; version: string };
  'load-compose-tools': { type: 'compose-tools-loaded' };
}

export type ToBackgroundType = ToBackground['type'];
export type ResponseTo<M extends ToBackground> = BackgroundResponses[M['type']];

const TO_BACKGROUND_TYPES: ReadonlySet<string> = new Set<ToBackgroundType>(['ping', 'load-compose-tools']);

/** Whether an incoming runtime message is one of ours (anything else is ignored). */
export function isToBackground(message: unknown): message is ToBackground {
  return (
    typeof message === 'object' &&
    message !== null &&
    'type' in message &&
    typeof message.type === 'string' &&
    TO_BACKGROUND_TYPES.has(message.type)
  );
}

/** One handler per request type; the background's router is built from this. */
export type BackgroundHandlers = {
  [K in ToBackgroundType]: (
    message: Extract<ToBackground, { type: K }>,
    sender?: import('webextension-polyfill').Runtime.MessageSender,
  ) => BackgroundResponses[K] | Promise<BackgroundResponses[K]>;
};
