/**
 * The settings layer of the whole extension: load, save and watch the user's settings, with the
 * administrator's policy applied.
 *
 * Storage layout:
 * - `storage.sync`:  `settings` = `{ version: 1, ...Settings }`, `settingsIn` = `'sync' | 'local'` (where the
 *   current settings are; absent = `'sync'`, as written by the first, unversioned version).
 * - `storage.local`: `settings` = `{ version: 1, ...Settings }`, only while `settingsIn` is `'local'`: when
 *   sync refuses a save (too big for `QUOTA_BYTES_PER_ITEM` / `QUOTA_BYTES`, or any other error), the whole
 *   object is saved here instead. Every save tries sync first again, so settings go back to sync once they fit.
 * - `storage.managed` (read-only, policy): `lockPresendCheck`, `houseTemplates`; see policy.ts.
 */
import browser from 'webextension-polyfill';
import { NO_POLICY, type Policy, parsePolicy } from './policy';
import { defaultSettings, migrate, SETTINGS_VERSION, type Settings, sanitizeSettings } from './schema';

export type { Policy } from './policy';
export { NO_POLICY, parsePolicy } from './policy';
export * from './schema';
export * from './transfer';

export type SettingsArea = 'sync' | 'local';

/** What `loadSettings` returns: the settings in effect (policy applied), the policy, and where they are. */
export interface LoadedSettings extends Settings {
  /** The administrator's policy (empty when there is none). */
  policy: Policy;
  /** Where the user's settings are kept: `local` when they were too big for sync (they don't roam then). */
  storedIn: SettingsArea;
}

const KEY = 'settings';
const MARKER = 'settingsIn';

type StorageArea = typeof browser.storage.local;

/**
 * The settings in effect: the user's, migrated and read field by field, with the policy applied (a locked
 * check before sending overrides the user's value). Never throws: anything unreadable gets its default.
 */
export async function loadSettings(): Promise<LoadedSettings> {
  try {
    const [stored, policy] = await Promise.all([readStored(), loadPolicy()]);
    return inEffect(stored.settings, policy, stored.area);
  } catch {
    return inEffect(defaultSettings(), NO_POLICY, 'sync');
  }
}

/** The administrator's policy from `storage.managed`; empty when there is none or it can't be read. */
export async function loadPolicy(): Promise<Policy> {
  try {
    const managed = (browser.storage as { managed?: StorageArea }).managed;
    return managed ? parsePolicy(await managed.get()) : NO_POLICY;
  } catch {
    return NO_POLICY;
  }
}

/**
 * Saves the user's settings (extra fields such as `policy` are dropped) and says where they went. While the
 * policy locks the check before sending, the user's own stored value for it is kept, whatever is passed.
 * Rejects only when they could be saved nowhere.
 */
export function saveSettings(settings: Settings): Promise<SettingsArea> {
  return serialized(async () => {
    const [stored, policy] = await Promise.all([readStored(), loadPolicy()]);
    return write(respectingPolicy(sanitizeSettings(settings), stored.settings, policy));
  });
}

/**
 * Reads the user's own settings (without the policy applied, so that spreading them never writes a policy
 * value back), applies `change`, saves, and returns the settings now in effect. Updates run one at a time.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<LoadedSettings> {
  return serialized(async () => {
    const [stored, policy] = await Promise.all([readStored(), loadPolicy()]);
    const next = respectingPolicy(sanitizeSettings(change(stored.settings)), stored.settings, policy);
    const area = await write(next);
    return inEffect(next, policy, area);
  });
}

/**
 * Calls `listener` with the settings in effect whenever they change: in sync, in local (settings too big for
 * sync), or in the policy. Returns the function that stops listening.
 */
export function onSettingsChanged(listener: (settings: LoadedSettings) => void): () => void {
  let active = true;
  let latest = 0;
  let delivered: string | undefined;
  const handler = (changes: Record<string, unknown>, area: string) => {
    const relevant =
      area === 'managed' ||
      (KEY in changes && (area === 'sync' || area === 'local')) ||
      (area === 'sync' && MARKER in changes);
    if (!relevant) return;
    // One change can come as several events (local copy, then marker): only the last reload is delivered.
    const ticket = ++latest;
    void loadSettings().then((settings) => {
      if (!active || ticket !== latest) return;
      const json = JSON.stringify(settings);
      if (json === delivered) return;
      delivered = json;
      listener(settings);
    });
  };
  browser.storage.onChanged.addListener(handler);
  return () => {
    active = false;
    browser.storage.onChanged.removeListener(handler);
  };
}

// ---------------------------------------------------------------------------------------------------------

function inEffect(settings: Settings, policy: Policy, storedIn: SettingsArea): LoadedSettings {
  return {
    ...settings,
    presendCheck: policy.lockedPresendCheck ?? settings.presendCheck,
    policy,
    storedIn,
  };
}

function respectingPolicy(next: Settings, stored: Settings, policy: Policy): Settings {
  return policy.presendCheckLocked ? { ...next, presendCheck: stored.presendCheck } : next;
}

async function readLocal(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(KEY))[KEY];
  } catch {
    return undefined;
  }
}

/** The user's settings as stored, following the marker. Never throws. */
async function readStored(): Promise<{ settings: Settings; area: SettingsArea }> {
  let sync: Record<string, unknown>;
  try {
    sync = await browser.storage.sync.get([KEY, MARKER]);
  } catch {
    // Sync can't be read: a local copy, if there is one, is the latest this device saved.
    const local = await readLocal();
    return local === undefined
      ? { settings: defaultSettings(), area: 'sync' }
      : { settings: migrate(local), area: 'local' };
  }
  if (sync[MARKER] === 'local') {
    // The marker syncs to other devices, the local copy does not: there, the last copy in sync is the best.
    const local = await readLocal();
    return { settings: migrate(local ?? sync[KEY]), area: 'local' };
  }
  return { settings: migrate(sync[KEY]), area: 'sync' };
}

/** Saves to sync (settings and marker in one write), or to local with the marker in sync. */
async function write(settings: Settings): Promise<SettingsArea> {
  const value = { version: SETTINGS_VERSION, ...settings };
  try {
    await browser.storage.sync.set({ [KEY]: value, [MARKER]: 'sync' });
  } catch {
    // QUOTA_BYTES_PER_ITEM, QUOTA_BYTES, write rate limits, sync switched off…: keep them on this device.
    await browser.storage.local.set({ [KEY]: value });
    try {
      await browser.storage.sync.set({ [MARKER]: 'local' });
    } catch (err) {
      throw new Error('Tactful: settings kept on this device, but sync could not be told where they are', {
        cause: err,
      });
    }
    return 'local';
  }
  try {
    await browser.storage.local.remove(KEY);
  } catch {
    // A stale local copy is harmless: the marker says sync.
  }
  return 'sync';
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs writes one after another, so that two quick updates don't overwrite each other. */
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}
