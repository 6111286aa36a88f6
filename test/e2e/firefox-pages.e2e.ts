// biome-ignore-all lint/performance/useDomNodeTextContent: the browser tests assert what the user sees, and innerText follows the layout where textContent would include text the page never shows
// The built Firefox popup and options pages. Firefox will not open moz-extension:// pages in a tab driven over
// WebDriver BiDi, so the test serves dist/firefox's own HTML and bundles at a test origin, with a fake of the
// `browser.*` API put in place before their scripts (storage from test/support/fake-browser.ts; an active tab
// whose compose answers the popup's messages). The code under test is the built Firefox bundle.
import { describe, expect, it } from 'vitest';
import { SAMPLE_DRAFT } from '../support/sample-draft';
import {
  fakeState,
  fieldByLabel,
  firefoxForFile,
  hasRole,
  openExtensionPage,
  textOf,
  waitForRole,
} from './firefox-harness';

const ff = firefoxForFile();
const POLL = { timeout: 20_000, interval: 100 };

const DRAFT = SAMPLE_DRAFT;

const PROFILE = { version: 1, profile: { sender: 'Lena Marsh', company: 'Keep Me Ltd', currency: 'USD' } };

describe('Firefox popup (built bundle)', () => {
  it("shows the draft's report and applies a suggestion in the tab", async () => {
    const popup = await openExtensionPage(ff.session, 'src/popup/index.html', { sync: {}, draft: DRAFT });
    await waitForRole(popup, 'heading', 'This draft');
    await expect.poll(() => textOf(popup, 'section.draft'), POLL).toContain('Aggressive');
    const report = await textOf(popup, 'section.draft');
    expect(report).toContain('“ASAP”');
    expect(report).toContain('Missing: amount, how to pay');
    expect(await popup.$eval('meter', (m) => m.getAttribute('value'))).toBe('80');
    await (await waitForRole(popup, 'button', 'Replace with: by [date]')).click();
    await expect
      .poll(async () => (await fakeState(popup)).sent, POLL)
      .toContainEqual({
        type: 'apply-suggestion',
        findingId: 'f1',
        suggestion: 'by [date]',
      });
    // The popup reads the draft again: the fixed phrase is gone from the report.
    await expect.poll(() => hasRole(popup, 'button', 'Replace with: by [date]'), POLL).toBe(false);
    expect(await textOf(popup, 'section.draft')).not.toContain('“ASAP”');
  });

  it('writes a reminder from the facts and the profile, and inserts it into the draft', async () => {
    const popup = await openExtensionPage(ff.session, 'src/popup/index.html', {
      sync: { settings: PROFILE },
      draft: { ...DRAFT, findings: [], tone: null, empty: true },
    });
    await (await fieldByLabel(popup, 'Client name')).type('Aisha');
    await (await fieldByLabel(popup, 'Amount')).type('2350');
    await (await fieldByLabel(popup, 'Invoice reference')).type('2024-061');
    const sixDaysAgo = new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10);
    await (await fieldByLabel(popup, 'Due date')).evaluate((input, value) => {
      (input as HTMLInputElement).value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, sixDaysAgo);
    // Six days late: the stage proposed is the friendly overdue reminder.
    await expect
      .poll(
        async () => (await fieldByLabel(popup, 'Stage')).evaluate((s) => (s as HTMLSelectElement).value),
        POLL,
      )
      .toBe('overdue');
    const preview = await waitForRole(popup, 'figure', 'Preview');
    await expect
      .poll(() => preview.evaluate((el) => (el as HTMLElement).innerText), POLL)
      .toContain('$2,350.00');
    const text = await preview.evaluate((el) => (el as HTMLElement).innerText);
    expect(text).toContain('Aisha');
    expect(text).toContain('2024-061');
    expect(text).toContain('Lena Marsh');
    await (await waitForRole(popup, 'button', 'Insert into draft')).click();
    await popup.waitForFunction(
      () => document.body.innerText.includes('Inserted into the draft (Ctrl+Z undoes it).'),
      { timeout: 15_000, polling: 100 },
    );
    const inserted = (await fakeState(popup)).sent.find((m) => m.type === 'insert-reminder');
    expect(inserted && 'body' in inserted ? inserted.body : '').toContain('$2,350.00');
  });
});

describe('Firefox options page (built bundle)', () => {
  it('shows the saved business profile and saves a change', async () => {
    const options = await openExtensionPage(
      ff.session,
      'src/options/index.html',
      { sync: { settings: PROFILE }, draft: null },
      { width: 1000, height: 1400 },
    );
    const company = await fieldByLabel(options, 'Company');
    await expect
      .poll(() => company.evaluate((el) => (el as HTMLInputElement).value), POLL)
      .toBe('Keep Me Ltd');
    await company.evaluate((input) => (input as HTMLInputElement).select());
    await company.type('Keller Design Studio');
    await options.keyboard.press('Tab');
    await expect.poll(() => textOf(options, '[role=status]'), POLL).toBe('Saved.');
    const stored = (await fakeState(options)).sync.settings as { profile?: Record<string, string> };
    expect(stored.profile?.company).toBe('Keller Design Studio');
    expect(stored.profile?.sender).toBe('Lena Marsh');
  });
});
