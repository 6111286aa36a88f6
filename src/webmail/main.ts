/**
 * The compose tools, injected into a webmail tab the first time the user focuses a compose (see
 * src/content/index.ts). Everything heavy — the analyzer, the overlay — lives here, not in the content script.
 */
import {
  DEFAULT_SETTINGS,
  loadSettings,
  onSettingsChanged,
  type Settings,
  updateSettings,
} from '../settings/settings';
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
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const adapter = adapterFor(location.hostname);
  const controller = new AbortController();
  const sessions = watchComposes(
    adapter,
    document,
    (compose) =>
      new ComposeSession(adapter, compose, {
        settings: () => settings,
        allowPhrase: (phrase) => {
          void updateSettings((s) => ({ ...s, allowPhrases: [...new Set([...s.allowPhrases, phrase])] }));
        },
      }),
    controller.signal,
  );
  const apply = (next: Settings) => {
    settings = next;
    for (const session of sessions.values()) session.refreshSettings();
  };
  void loadSettings().then(apply);
  onSettingsChanged(apply);
}

try {
  start();
} catch (err) {
  // Fail open: the webmail keeps working exactly as without Tactful.
  console.debug('Tactful: compose tools not started', err);
}
