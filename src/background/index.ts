import browser, { type Runtime } from 'webextension-polyfill';
import { type Analyzer, createAnalyzer } from '../analyzer/index';
import {
  type AnalysisOptions,
  type BackgroundHandlers,
  isToBackground,
  type ToBackground,
  type ToContent,
} from '../messages';

/** The compose tools, built as one file and injected on demand (never web-accessible: pages cannot probe it). */
const COMPOSE_TOOLS = 'compose.js';

/**
 * One analyzer per set of user options, kept while the background lives: it caches per clause, so a
 * keystroke re-analyzes only what changed. The learned model and compromise load here, never in a page.
 */
const analyzers = new Map<string, Analyzer>();
const MAX_ANALYZERS = 8;

function analyzerFor(options: AnalysisOptions): Analyzer {
  const key = JSON.stringify(options);
  let analyzer = analyzers.get(key);
  if (!analyzer) {
    if (analyzers.size >= MAX_ANALYZERS) analyzers.clear();
    analyzer = createAnalyzer(options);
    analyzers.set(key, analyzer);
  }
  return analyzer;
}

const handlers: BackgroundHandlers = {
  ping: () => ({ type: 'pong', version: browser.runtime.getManifest().version }),
  'load-compose-tools': async (_message, sender) => {
    const tabId = sender?.tab?.id;
    if (tabId === undefined) throw new Error('load-compose-tools comes from a tab');
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender?.frameId ?? 0] },
      files: [COMPOSE_TOOLS],
    });
    return { type: 'compose-tools-loaded' };
  },
  analyze: (message) => ({ type: 'report', report: analyzerFor(message.options).analyze(message.text) }),
};

function handle(message: ToBackground, sender: Runtime.MessageSender): Promise<unknown> {
  // `handlers` is keyed by message type, so each handler only ever receives its own message type.
  const handler = handlers[message.type] as (m: ToBackground, s: Runtime.MessageSender) => unknown;
  return Promise.resolve(handler(message, sender));
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only this extension's pages and content scripts get an answer; anything else is ignored.
  if (sender.id !== browser.runtime.id || !isToBackground(message)) return undefined;
  return handle(message, sender);
});

// The keyboard command (user-changeable in the browser's shortcuts page) opens quick insert in the compose
// the user is writing in.
browser.commands.onCommand.addListener(async (command: string) => {
  if (command !== 'open-quick-insert') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: ToContent = { type: 'open-quick-insert' };
  await browser.tabs.sendMessage(tab.id, message).catch(() => {
    // No compose tools in this tab (no compose focused yet): nothing to open.
  });
});
