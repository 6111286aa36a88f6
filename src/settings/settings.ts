import browser from 'webextension-polyfill';

/** What the user can set. Stored in `storage.sync`; anything unreadable falls back to the default. */
export interface Settings {
  /** Ask before sending a draft that still has aggressive wording or unfilled [placeholders]. */
  presendCheck: 'off' | 'warn';
  /** Rule ids switched off. */
  disabledRules: string[];
  /** Phrases never to flag ("Don't flag this phrase again"). */
  allowPhrases: string[];
}

export const DEFAULT_SETTINGS: Settings = { presendCheck: 'warn', disabledRules: [], allowPhrases: [] };
const KEY = 'settings';

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Keeps every readable field, replaces the rest with its default. */
export function sanitizeSettings(raw: unknown): Settings {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    presendCheck:
      r.presendCheck === 'off' || r.presendCheck === 'warn' ? r.presendCheck : DEFAULT_SETTINGS.presendCheck,
    disabledRules: isStringList(r.disabledRules) ? r.disabledRules : [],
    allowPhrases: isStringList(r.allowPhrases) ? r.allowPhrases : [],
  };
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    return sanitizeSettings(stored[KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = sanitizeSettings(change(await loadSettings()));
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && KEY in changes) listener(sanitizeSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
