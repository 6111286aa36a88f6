import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  loadSettings,
  NO_POLICY,
  onSettingsChanged,
  type Settings,
  saveSettings,
  updateSettings,
} from '../../src/settings/settings';
import { fake, SYNC_QUOTA_BYTES_PER_ITEM } from '../support/fake-browser';
import { template } from './helpers';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('../support/fake-browser')).fake.browser,
}));

beforeEach(() => fake.reset());

/** Templates whose stored size is `bytes` or more: too big for one sync item from about 8 KB. */
const bigTemplates = (bytes: number) =>
  Array.from({ length: Math.ceil(bytes / 1000) }, (_, i) => template(`t${i}`, { body: 'x'.repeat(1000) }));

const mine = (extra: Partial<Settings> = {}): Settings => ({
  ...defaultSettings(),
  presendCheck: 'off',
  allowPhrases: ['ASAP'],
  profile: { ...DEFAULT_SETTINGS.profile, company: 'Statbird' },
  templates: [template('a'), template('b')],
  ...extra,
});

describe('loadSettings', () => {
  it('gives the defaults, no policy, in sync, on a fresh install', async () => {
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, policy: NO_POLICY, storedIn: 'sync' });
    expect(fake.sync.calls).toContainEqual({ method: 'get', arg: ['settings', 'settingsIn'] });
  });

  it('migrates what the first, unversioned version stored', async () => {
    fake.sync.seed({ settings: { presendCheck: 'off', disabledRules: ['hedging'], allowPhrases: ['ASAP'] } });
    expect(await loadSettings()).toMatchObject({
      ...DEFAULT_SETTINGS,
      presendCheck: 'off',
      disabledRules: ['hedging'],
      allowPhrases: ['ASAP'],
      storedIn: 'sync',
    });
  });

  it('keeps the readable templates of corrupted storage and defaults the broken fields', async () => {
    fake.sync.seed({
      settings: {
        version: 1,
        presendCheck: 17,
        sensitivity: 'gentle',
        profile: 'Statbird',
        templates: [template('a'), { id: 'b', stage: 'whenever' }, template('c'), ['garbage']],
      },
    });
    const loaded = await loadSettings();
    expect(loaded.presendCheck).toBe('warn');
    expect(loaded.sensitivity).toBe('gentle');
    expect(loaded.profile).toEqual(DEFAULT_SETTINGS.profile);
    expect(loaded.templates).toEqual([template('a'), template('c')]);
  });

  it('never throws: garbage, or storage that cannot be read at all', async () => {
    fake.sync.seed({ settings: 'not an object', settingsIn: 42 });
    expect(await loadSettings()).toMatchObject(DEFAULT_SETTINGS);
    fake.sync.broken = new Error('sync is off');
    fake.local.broken = new Error('disk full');
    fake.managed.broken = new Error('Managed storage manifest not found');
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, policy: NO_POLICY, storedIn: 'sync' });
  });

  it('reads the local copy when sync cannot be read', async () => {
    fake.local.seed({ settings: { version: 1, ...mine() } });
    fake.sync.broken = new Error('sync is off');
    expect(await loadSettings()).toMatchObject({ ...mine(), storedIn: 'local' });
  });
});

describe('saveSettings', () => {
  it('saves to sync, versioned, and reads back the same', async () => {
    expect(await saveSettings(mine())).toBe('sync');
    expect(fake.sync.data.get('settings')).toEqual({ version: 1, ...mine() });
    expect(fake.sync.data.get('settingsIn')).toBe('sync');
    expect(fake.local.data.has('settings')).toBe(false);
    expect(await loadSettings()).toEqual({ ...mine(), policy: NO_POLICY, storedIn: 'sync' });
  });

  it('drops what is not a setting (such as the policy of loaded settings)', async () => {
    await saveSettings({ ...(await loadSettings()), presendCheck: 'off' });
    expect(Object.keys(fake.sync.data.get('settings') as object)).not.toContain('policy');
    expect(Object.keys(fake.sync.data.get('settings') as object)).not.toContain('storedIn');
  });

  it('saves the whole object to local when it is too big for one sync item, and marks it in sync', async () => {
    const big = mine({ templates: bigTemplates(SYNC_QUOTA_BYTES_PER_ITEM) });
    expect(await saveSettings(big)).toBe('local');
    expect(fake.sync.errors.map((e) => e.message)).toEqual(['QUOTA_BYTES_PER_ITEM quota exceeded']);
    expect(fake.local.data.get('settings')).toEqual({ version: 1, ...big });
    expect(fake.sync.data.get('settingsIn')).toBe('local');
    expect(fake.sync.data.has('settings')).toBe(false);
    expect(await loadSettings()).toEqual({ ...big, policy: NO_POLICY, storedIn: 'local' });
  });

  it('follows the marker to local even when sync still holds an older copy', async () => {
    await saveSettings(mine({ allowPhrases: ['old'] }));
    const big = mine({ templates: bigTemplates(SYNC_QUOTA_BYTES_PER_ITEM) });
    await saveSettings(big);
    expect((fake.sync.data.get('settings') as Settings).allowPhrases).toEqual(['old']);
    expect((await loadSettings()).templates).toHaveLength(big.templates.length);
  });

  it('goes back to sync once they fit again, and removes the local copy', async () => {
    await saveSettings(mine({ templates: bigTemplates(SYNC_QUOTA_BYTES_PER_ITEM) }));
    expect(await saveSettings(mine())).toBe('sync');
    expect(fake.sync.data.get('settingsIn')).toBe('sync');
    expect(fake.local.data.has('settings')).toBe(false);
    expect(await loadSettings()).toEqual({ ...mine(), policy: NO_POLICY, storedIn: 'sync' });
  });

  it('falls back to local for the total sync quota (QUOTA_BYTES) too', async () => {
    // Other keys already fill most of sync.
    for (let i = 0; i < 13; i++) fake.sync.seed({ [`other${i}`]: 'y'.repeat(7_800) });
    expect(await saveSettings(mine({ templates: bigTemplates(4_000) }))).toBe('local');
    expect(fake.sync.errors.map((e) => e.message)).toEqual(['QUOTA_BYTES quota exceeded']);
    expect((await loadSettings()).storedIn).toBe('local');
  });

  it('falls back to local for any other error from sync', async () => {
    fake.sync.refuseSet = (items) =>
      'settings' in items ? new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded') : null;
    expect(await saveSettings(mine())).toBe('local');
    expect(await loadSettings()).toMatchObject({ ...mine(), storedIn: 'local' });
  });

  it('on a device where the marker says local but there is no local copy, reads the copy left in sync', async () => {
    fake.sync.seed({ settings: { version: 1, ...mine() }, settingsIn: 'local' });
    expect(await loadSettings()).toMatchObject({ ...mine(), storedIn: 'local' });
  });

  it('rejects when the settings can be saved nowhere', async () => {
    fake.sync.broken = new Error('sync is off');
    fake.local.broken = new Error('disk full');
    await expect(saveSettings(mine())).rejects.toThrow('disk full');
  });

  it('rejects when sync cannot be told the settings are in local', async () => {
    fake.sync.refuseSet = () => new Error('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded');
    await expect(saveSettings(mine())).rejects.toThrow('sync could not be told where they are');
  });
});

describe('updateSettings', () => {
  it('changes the stored settings and returns the settings in effect (as the compose tools use it)', async () => {
    fake.sync.seed({ settings: { presendCheck: 'warn', disabledRules: [], allowPhrases: ['ASAP'] } });
    const next = await updateSettings((s) => ({
      ...s,
      allowPhrases: [...new Set([...s.allowPhrases, 'kindly'])],
    }));
    expect(next).toMatchObject({ allowPhrases: ['ASAP', 'kindly'], storedIn: 'sync', policy: NO_POLICY });
    expect(fake.sync.data.get('settings')).toEqual({
      ...DEFAULT_SETTINGS,
      version: 1,
      allowPhrases: ['ASAP', 'kindly'],
    });
  });

  it('runs one update at a time, so quick updates do not overwrite each other', async () => {
    const add = (phrase: string) =>
      updateSettings((s) => ({ ...s, allowPhrases: [...s.allowPhrases, phrase] }));
    await Promise.all([add('one'), add('two'), add('three')]);
    expect((await loadSettings()).allowPhrases).toEqual(['one', 'two', 'three']);
  });

  it('cleans up what the change returns', async () => {
    const next = await updateSettings((s) => ({
      ...s,
      allowPhrases: ['a', 'a', ''],
      sensitivity: 'loud' as never,
    }));
    expect(next.allowPhrases).toEqual(['a']);
    expect(next.sensitivity).toBe('standard');
  });

  it('keeps working after a failed update', async () => {
    await expect(
      updateSettings(() => {
        throw new Error('oops');
      }),
    ).rejects.toThrow('oops');
    expect((await updateSettings((s) => ({ ...s, uiLanguage: 'fr' }))).uiLanguage).toBe('fr');
  });
});

describe('onSettingsChanged', () => {
  it('calls back with the new settings when they change in sync', async () => {
    const seen: string[][] = [];
    onSettingsChanged((s) => seen.push(s.allowPhrases));
    await saveSettings(mine({ allowPhrases: ['one'] }));
    await vi.waitFor(() => expect(seen).toEqual([['one']]));
  });

  it('calls back when they move to local and change there', async () => {
    const seen: { storedIn: string; count: number }[] = [];
    onSettingsChanged((s) => seen.push({ storedIn: s.storedIn, count: s.templates.length }));
    const big = mine({ templates: bigTemplates(SYNC_QUOTA_BYTES_PER_ITEM) });
    await saveSettings(big);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ storedIn: 'local', count: big.templates.length }));
    await saveSettings({
      ...big,
      templates: [...big.templates, template('more', { body: 'x'.repeat(1000) })],
    });
    await vi.waitFor(() =>
      expect(seen.at(-1)).toEqual({ storedIn: 'local', count: big.templates.length + 1 }),
    );
  });

  it('calls back when an event comes straight from local storage (another part of the extension)', async () => {
    fake.sync.seed({ settingsIn: 'local' });
    const seen: string[] = [];
    onSettingsChanged((s) => seen.push(s.uiLanguage));
    await fake.local.set({ settings: { version: 1, uiLanguage: 'fr' } });
    await vi.waitFor(() => expect(seen).toEqual(['fr']));
  });

  it('ignores keys that are not the settings', async () => {
    const listener = vi.fn();
    onSettingsChanged(listener);
    await fake.sync.set({ somethingElse: 1 });
    await fake.local.set({ cache: 2 });
    await new Promise((r) => setTimeout(r, 10));
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops when asked', async () => {
    const listener = vi.fn();
    const stop = onSettingsChanged(listener);
    stop();
    await saveSettings(mine());
    await new Promise((r) => setTimeout(r, 10));
    expect(listener).not.toHaveBeenCalled();
    expect(fake.listeners.size).toBe(0);
  });
});
