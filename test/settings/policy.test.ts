import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  loadPolicy,
  loadSettings,
  NO_POLICY,
  onSettingsChanged,
  parsePolicy,
  saveSettings,
  updateSettings,
} from '../../src/settings/settings';
import { fake } from '../support/fake-browser';
import { template } from './helpers';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('../support/fake-browser')).fake.browser,
}));

beforeEach(() => fake.reset());

describe('policy (storage.managed)', () => {
  it('is empty when there is no managed storage, or it cannot be read, or it holds nothing', async () => {
    expect(await loadPolicy()).toEqual(NO_POLICY);
    fake.managed.broken = new Error('Managed storage manifest not found');
    expect(await loadPolicy()).toEqual(NO_POLICY);
    fake.removeManaged();
    expect(await loadPolicy()).toEqual(NO_POLICY);
    expect((await loadSettings()).policy).toEqual({ presendCheckLocked: false, houseTemplates: [] });
  });

  it('a locked check before sending overrides the user’s value', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, presendCheck: 'off' });
    fake.setPolicy({ lockPresendCheck: 'warn' });
    const loaded = await loadSettings();
    expect(loaded.presendCheck).toBe('warn');
    expect(loaded.policy).toEqual({
      presendCheckLocked: true,
      lockedPresendCheck: 'warn',
      houseTemplates: [],
    });
  });

  it('can lock the check off', async () => {
    fake.setPolicy({ lockPresendCheck: 'off' });
    expect((await loadSettings()).presendCheck).toBe('off');
  });

  it('keeps the user’s own value while locked, for when the lock is lifted', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, presendCheck: 'off' });
    fake.setPolicy({ lockPresendCheck: 'warn' });
    // The options page saves back what it loaded (locked to "warn"), and a toggle tries to change it.
    await saveSettings({ ...(await loadSettings()), uiLanguage: 'fr' });
    await updateSettings((s) => ({ ...s, presendCheck: 'warn' }));
    expect(fake.sync.data.get('settings')).toMatchObject({ presendCheck: 'off', uiLanguage: 'fr' });
    fake.setPolicy({});
    expect((await loadSettings()).presendCheck).toBe('off');
  });

  it('gives the house templates, dropping the unreadable ones, apart from the user’s own', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, templates: [template('mine')] });
    fake.setPolicy({
      houseTemplates: [
        template('house-1'),
        { id: 'house-2', stage: 'soon' },
        template('house-3', { lang: 'fr' }),
      ],
    });
    const loaded = await loadSettings();
    expect(loaded.templates).toEqual([template('mine')]);
    expect(loaded.policy.houseTemplates).toEqual([template('house-1'), template('house-3', { lang: 'fr' })]);
    expect(loaded.policy.presendCheckLocked).toBe(false);
  });

  it('ignores a lock it cannot read', () => {
    expect(parsePolicy({ lockPresendCheck: 'Warn', houseTemplates: 'none' })).toEqual(NO_POLICY);
    expect(parsePolicy(null)).toEqual(NO_POLICY);
  });

  it('tells listeners when the administrator changes it', async () => {
    const seen: string[] = [];
    onSettingsChanged((s) => seen.push(s.presendCheck));
    fake.setPolicy({ lockPresendCheck: 'off' });
    await vi.waitFor(() => expect(seen).toEqual(['off']));
  });
});
