/**
 * The compose tools, injected into a webmail tab the first time the user focuses a compose (see
 * src/content/index.ts). Everything heavy — the analyzer, the overlay — lives here, not in the content script.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isToContent, type ResponseTo, type ToBackground, type ToContent } from '../messages';
import {
  DEFAULT_SETTINGS,
  type LoadedSettings,
  loadSettings,
  onSettingsChanged,
  updateSettings,
} from '../settings/settings';
import { BUILTIN_TEMPLATES, renderTemplate } from '../templates/index';
import { adapterFor } from './adapters/registry';
import { ComposeSession } from './session';
import { watchComposes } from './watcher';

declare global {
  interface Window {
    __tactfulCompose?: boolean;
  }
}

function start(): void {
  if (window.__tactfulCompose) return;
  window.__tactfulCompose = true;
  let settings: LoadedSettings = {
    ...DEFAULT_SETTINGS,
    policy: { presendCheckLocked: false, houseTemplates: [] },
    storedIn: 'sync',
  };
  const adapter = adapterFor(location.hostname);
  const controller = new AbortController();
  const sessions = watchComposes(
    adapter,
    document,
    (compose) =>
      new ComposeSession(adapter, compose, {
        settings: () => settings,
        allowPhrase: (phrase) => {
          updateSettings((s) => ({ ...s, allowPhrases: [...new Set([...s.allowPhrases, phrase])] })).catch(
            (err) => console.debug('Tactful: phrase not saved', err),
          );
        },
        // The user's own templates first, then the team's, then the built-in ones.
        templates: () => [...settings.templates, ...settings.policy.houseTemplates, ...BUILTIN_TEMPLATES],
        profile: () => {
          const p = settings.profile;
          return {
            sender: p.sender || undefined,
            company: p.company || undefined,
            currency: p.currency || undefined,
            terms: p.terms || undefined,
            paymentInstructions: p.paymentInstructions || undefined,
          };
        },
        render: (template, values) => renderTemplate(template, values),
        judge: async (text, options) => {
          const message: ToBackground = { type: 'analyze', text, options };
          const answer = (await browser.runtime.sendMessage(message)) as
            | ResponseTo<typeof message>
            | undefined;
          return answer?.type === 'report' ? answer.report : null;
        },
      }),
    controller.signal,
  );
  // The compose the user last worked in answers the popup and the keyboard command.
  let active: ComposeSession | null = null;
  document.addEventListener(
    'focusin',
    (event) => {
      for (const session of sessions.values()) {
        if (session.compose.root.contains(event.target as Node)) active = session;
      }
    },
    { capture: true, signal: controller.signal },
  );
  // The focus that brought the tools in happened before this listener existed.
  active = [...sessions.values()].find((s) => s.compose.root.contains(document.activeElement)) ?? null;
  const current = (): ComposeSession | null =>
    active && sessions.has(active.body) ? active : ([...sessions.values()][0] ?? null);

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !isToContent(message)) return undefined;
    return answer(message, current());
  });

  const apply = (next: LoadedSettings) => {
    settings = next;
    for (const session of sessions.values()) session.refreshSettings();
  };
  void loadSettings().then(apply);
  onSettingsChanged(apply);
}

async function answer(message: ToContent, session: ComposeSession | null): Promise<unknown> {
  switch (message.type) {
    case 'get-draft-report':
      return session?.draftReport() ?? null;
    case 'apply-suggestion':
      return { applied: (await session?.applySuggestion(message.findingId, message.suggestion)) ?? false };
    case 'insert-reminder':
      return { inserted: (await session?.insertReminder(message.subject, message.body)) ?? false };
    case 'open-quick-insert':
      return { opened: session?.openQuickInsert() ?? false };
  }
}

try {
  start();
} catch (err) {
  // Fail open: the webmail keeps working exactly as without Tactful.
  console.debug('Tactful: compose tools not started', err);
}
