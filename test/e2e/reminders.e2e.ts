// biome-ignore-all lint/performance/useDomNodeTextContent: the browser tests assert what the user sees, and innerText follows the layout where textContent would include text the page never shows
// Writing reminders with the built extension in a real Chromium: the popup's form inserted into a Gmail
// draft, quick insert from a typed trigger in Gmail and Outlook, and screenshots of the popup and options.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionForFile, openFixture, SELECTORS } from './harness';
import { SCREENSHOTS } from './paths';

const ext = extensionForFile();

const extensionPage = async (path: string, size = { width: 400, height: 820 }): Promise<Page> => {
  const page = await ext.session.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${ext.session.extensionId}/${path}`);
  return page;
};

describe('popup: write a reminder', () => {
  it('fills the form, previews the email and inserts it into the focused Gmail draft', async () => {
    const gmail = await openFixture(ext.session.context, 'gmail-compose');
    const body = gmail.locator(`[data-testid="compose-2"] ${SELECTORS.gmail.body}`);
    await body.click();
    const popup = await extensionPage('src/popup/index.html');
    // The popup acts on the active tab: bring Gmail to the front, then let the popup read it again.
    await gmail.bringToFront();
    await popup.reload();
    await popup.getByText('This draft').waitFor();
    await popup.getByLabel('Client name').fill('Aisha');
    await popup.getByLabel('Amount').fill('2350');
    await popup.getByLabel('Currency').fill('USD');
    await popup.getByLabel('Invoice reference').fill('2024-061');
    const sixDaysAgo = new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10);
    await popup.getByLabel('Due date', { exact: true }).fill(sixDaysAgo);
    await popup.getByLabel('How to pay').fill('card at lenamarsh.com/pay');
    // Six days late: the stage proposed is the friendly overdue reminder.
    await expect.poll(() => popup.getByLabel('Stage').inputValue()).toBe('overdue');
    const preview = popup.getByRole('figure', { name: 'Preview' });
    await expect.poll(() => preview.textContent()).toContain('$2,350.00');
    await popup.screenshot({ path: `${SCREENSHOTS}popup.png`, fullPage: true });
    await popup.getByRole('button', { name: 'Insert into draft' }).click();
    await popup.getByText('Inserted into the draft (Ctrl+Z undoes it).').waitFor();
    const text = await body.innerText();
    expect(text).toContain('Aisha');
    expect(text).toContain('$2,350.00');
    expect(text).toContain('lenamarsh.com/pay');
    // The subject was empty: it is filled too.
    expect(
      await gmail.locator(`[data-testid="compose-2"] ${SELECTORS.gmail.subject}`).inputValue(),
    ).toContain('2024-061');
    await popup.close();
  });
});

describe('quick insert', () => {
  it('opens from ";;" in Gmail, searches, asks for the missing values and inserts at the caret', async () => {
    const page = await openFixture(ext.session.context, 'gmail-compose');
    const body = page.locator(`[data-testid="compose-2"] ${SELECTORS.gmail.body}`);
    await body.click();
    await page.keyboard.type(';;');
    const search = page.getByRole('searchbox', { name: 'Search templates' });
    await search.waitFor();
    await page.keyboard.type('firm follow');
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: /Values for Firm follow-up/ });
    await form.waitFor();
    await page.getByLabel('Client name').fill('Mr Whitfield');
    await page.getByLabel('Amount').fill('6480');
    await page.getByLabel('Invoice reference').fill('PRJ-2207');
    await page.screenshot({ path: `${SCREENSHOTS}quick-insert.png` });
    await page.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect.poll(() => body.innerText()).toContain('Mr Whitfield');
    const text = await body.innerText();
    expect(text).toContain('PRJ-2207');
    expect(text).not.toContain(';;');
    // What was not given stays visible as a placeholder, for the check before sending to catch.
    expect(text).toMatch(/\[[a-z ]+\]/);
  });

  it('leaves the draft exactly as it was on Escape', async () => {
    const page = await openFixture(ext.session.context, 'gmail-compose');
    const body = page.locator(`[data-testid="compose-2"] ${SELECTORS.gmail.body}`);
    await body.click();
    await page.keyboard.type('Hello ;;');
    const before = await body.innerHTML();
    await page.getByRole('searchbox', { name: 'Search templates' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('searchbox', { name: 'Search templates' }).count()).toBe(0);
    expect(await body.innerHTML()).toBe(before);
  });

  it('opens from a template shortcut in Outlook and inserts through RoosterJS', async () => {
    const page = await openFixture(ext.session.context, 'outlook-compose');
    const body = page.locator(SELECTORS.outlook.body);
    await body.click();
    await body.evaluate((el) => {
      const line = [...el.querySelectorAll('div')].find((d) => d.textContent?.endsWith('collection agency.'));
      const text = line?.lastChild as Text;
      getSelection()?.collapse(text, text.data.length);
    });
    await page.keyboard.type(' ;overdue');
    const form = page.getByRole('form', { name: /Values for Friendly reminder/ });
    await form.waitFor();
    await page.getByLabel('Client name').fill('Tom');
    await page.getByLabel('Amount').fill('1250');
    await page.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect.poll(() => body.innerText()).toContain('Hello Tom');
    expect(await body.innerText()).not.toContain(';overdue');
  });
});

describe('keyboard command', () => {
  it('opens quick insert at the caret of the compose the user is in (the message the command sends)', async () => {
    const page = await openFixture(ext.session.context, 'gmail-compose');
    await page.locator(`[data-testid="compose-2"] ${SELECTORS.gmail.body}`).click();
    await page.keyboard.type('Hello');
    // What the background does on the command: message the active tab. (Headless Chromium has no global
    // shortcuts to press.)
    await ext.session.serviceWorker.evaluate(async () => {
      type Tabs = {
        query(q: { url: string }): Promise<{ id?: number }[]>;
        sendMessage(id: number, m: unknown): Promise<unknown>;
      };
      const c = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      // The newest Gmail tab is this test's page (earlier tests leave theirs open).
      const tabs = await c.tabs.query({ url: 'https://mail.google.com/*' });
      const id = Math.max(...tabs.map((t) => t.id ?? -1));
      await c.tabs.sendMessage(id, { type: 'open-quick-insert' });
    });
    await page.getByRole('searchbox', { name: 'Search templates' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('searchbox', { name: 'Search templates' }).count()).toBe(0);
  });
});

describe('options page', () => {
  it('renders every section', async () => {
    const page = await extensionPage('src/options/index.html', { width: 1000, height: 1400 });
    for (const name of [
      'Business profile',
      'Rules',
      'Check before sending',
      'Templates',
      'Import and export',
    ]) {
      await page.getByRole('heading', { name, exact: true }).waitFor();
    }
    await page.screenshot({ path: `${SCREENSHOTS}options.png` });
    await page.close();
  });
});
