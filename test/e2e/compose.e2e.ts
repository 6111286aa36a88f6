// biome-ignore-all lint/performance/useDomNodeTextContent: the browser tests assert what the user sees, and innerText follows the layout where textContent would include text the page never shows
// The built extension at work in the webmail fixtures, in a real Chromium: underlines, card, one-click fixes
// with undo, independent composes, quotes and signatures skipped, the check before sending, no network, and
// typing that stays smooth. Screenshots <fixture>.png with the underlines and a card open (see paths.ts).
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  extensionForFile,
  type FixtureName,
  fixtureState,
  longTasksDuring,
  openFixture,
  SELECTORS,
} from './harness';
import { type Highlights, phrasePoint, tactfulHighlights, underlined } from './page-probes';
import { SCREENSHOTS } from './paths';

const ext = extensionForFile();

/** Every Tactful highlight of the page: its name and the text of each range (read from the page's registry). */
const highlights = (page: Page): Promise<Highlights> => page.evaluate(tactfulHighlights);

async function waitForUnderline(page: Page, category: string, text: string): Promise<void> {
  await expect
    .poll(async () => underlined(await highlights(page), category).join(' | '), { timeout: 10_000 })
    .toContain(text);
}

/** Moves the mouse onto `phrase` inside `body` (main world geometry), which opens its card. */
async function hover(page: Page, body: Locator, phrase: string): Promise<void> {
  const point = await body.evaluate(phrasePoint, phrase);
  if (!point) throw new Error(`"${phrase}" is not in the body`);
  await page.mouse.move(point.x, point.y);
}

async function screenshot(page: Page, name: FixtureName): Promise<void> {
  await page.waitForTimeout(150);
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
}

describe('Gmail: two new-message dialogs', () => {
  let page: Page;
  let first: Locator;
  let second: Locator;
  beforeAll(async () => {
    page = await openFixture(ext.session.context, 'gmail-compose');
    first = page.locator(`[data-testid="compose-1"] ${SELECTORS.gmail.body}`);
    second = page.locator(`[data-testid="compose-2"] ${SELECTORS.gmail.body}`);
  });

  it('underlines aggressive and vague phrases without changing the body', async () => {
    const before = await first.innerHTML();
    await first.click();
    await waitForUnderline(page, 'aggressive', "you obviously don't care about paying on time");
    await waitForUnderline(page, 'vague', 'ASAP');
    expect(await first.innerHTML()).toBe(before);
  });

  it('shows a status pill with the tone, the counts and the missing facts', async () => {
    const pill = page.getByRole('button', { name: 'Tactful: open the check of this draft' }).first();
    await expect
      .poll(() => pill.textContent())
      .toMatch(/Aggressive · \d aggressive · \d vague · missing: amount/);
    await pill.click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Tactful check' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('explains a phrase in a card and replaces it as an undoable edit', async () => {
    const before = await first.innerText();
    await hover(page, first, 'ASAP');
    const apply = page.getByRole('button', { name: 'Replace with: by [date]' });
    await apply.waitFor();
    await screenshot(page, 'gmail-compose');
    await apply.click();
    await expect.poll(() => first.innerText()).toBe(before.replace('ASAP', 'by [date]'));
    await page.keyboard.press('Control+z');
    await expect.poll(() => first.innerText()).toBe(before);
  });

  it('keeps the underlines on their words while the user types above them', async () => {
    await waitForUnderline(page, 'vague', 'ASAP');
    await first.evaluate((el) => {
      const selection = getSelection();
      selection?.collapse(el.firstChild as Text, 0);
    });
    await page.keyboard.type('Dear ');
    // Before the next analysis the ranges have moved with the text…
    expect(underlined(await highlights(page), 'vague')).toContain('ASAP');
    // …and after it they are still exactly on the flagged words.
    await page.waitForTimeout(400);
    expect(underlined(await highlights(page), 'vague')).toContain('ASAP');
    expect(underlined(await highlights(page), 'aggressive')).toContain(
      "you obviously don't care about paying on time",
    );
  });

  it('handles each compose on its own', async () => {
    const firstOnly = await highlights(page);
    await second.click();
    await page.keyboard.type('Please pay immediately. This is ridiculous.');
    await waitForUnderline(page, 'aggressive', 'This is ridiculous');
    const now = await highlights(page);
    const names = Object.keys(now).filter((n) => now[n]?.some((t) => t.includes('ridiculous')));
    expect(names).toHaveLength(1);
    expect(Object.keys(firstOnly)).not.toContain(names[0]);
    for (const [name, texts] of Object.entries(firstOnly)) expect(now[name]).toEqual(texts);
  });

  it('asks before sending aggressive wording, and "Send anyway" really sends', async () => {
    await page.locator(`[data-testid="compose-1"] ${SELECTORS.gmail.send}`).click();
    const dialog = page.getByRole('alertdialog', { name: 'Send this reminder as it is?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("you obviously don't care about paying on time");
    expect((await fixtureState(page)).sent).toHaveLength(0);
    await page.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(async () => (await fixtureState(page)).sent.length).toBe(1);
  });

  it('asks on Ctrl+Enter too, and "Review" leaves the draft unsent', async () => {
    await second.click();
    await page.keyboard.press('Control+Enter');
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('button', { name: 'Review' }).click();
    await page.waitForTimeout(200);
    expect((await fixtureState(page)).sent).toHaveLength(1);
    expect(await second.innerText()).toContain('Please pay immediately.');
  });
});

describe('Gmail: inline reply with quote and signature', () => {
  it('never underlines the quoted thread or the signature', async () => {
    const page = await openFixture(ext.session.context, 'gmail-reply');
    await page.locator(SELECTORS.gmail.showTrimmed).click();
    const body = page.locator(SELECTORS.gmail.body);
    await body.click();
    await waitForUnderline(page, 'vague', 'ASAP');
    const all = Object.values(await highlights(page)).flat();
    const quote = await page.locator('div.gmail_quote').innerText();
    const signature = await page.locator('.gmail_signature').innerText();
    for (const text of all) {
      expect(quote).not.toContain(text);
      expect(signature).not.toContain(text);
    }
    await hover(page, body, 'ASAP');
    await page.getByRole('button', { name: 'Replace with: by [date]' }).waitFor();
    await screenshot(page, 'gmail-reply');
  });
});

describe('Outlook: RoosterJS editor', () => {
  it('underlines while typing, fixes with one click and undoes with Ctrl+Z', async () => {
    const page = await openFixture(ext.session.context, 'outlook-compose');
    const body = page.locator(SELECTORS.outlook.body);
    await body.click();
    await page.keyboard.press('Control+End');
    await waitForUnderline(page, 'aggressive', 'collection agency');
    const signature = await page.locator('#Signature').innerText();
    for (const text of Object.values(await highlights(page)).flat()) expect(signature).not.toContain(text);
    await hover(page, body, "I'm tired of chasing you");
    await page.getByRole('dialog', { name: 'Aggressive' }).waitFor();
    await screenshot(page, 'outlook-compose');
    await page.keyboard.press('Escape');
    // Type at the end of the last line of the user's text (Ctrl+End would land in the signature).
    await body.evaluate((el) => {
      const line = [...el.querySelectorAll('div')].find((d) => d.textContent?.endsWith('collection agency.'));
      const text = line?.lastChild as Text;
      el.focus();
      getSelection()?.collapse(text, text.data.length);
    });
    await page.keyboard.type(' Please pay soon.');
    await waitForUnderline(page, 'vague', 'soon');
    const typed = await body.innerText();
    await hover(page, body, 'soon');
    await page.getByRole('button', { name: 'Replace with: by [date]' }).click();
    await expect.poll(() => body.innerText()).toBe(typed.replace('pay soon.', 'pay by [date].'));
    await page.keyboard.press('Control+z');
    await expect.poll(() => body.innerText()).toBe(typed);
  });

  it('asks before Ctrl+Enter sends, and "Send anyway" sends', async () => {
    const page = await openFixture(ext.session.context, 'outlook-compose');
    await page.locator(SELECTORS.outlook.body).click();
    await waitForUnderline(page, 'aggressive', 'collection agency');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('alertdialog').waitFor();
    expect((await fixtureState(page)).sent).toHaveLength(0);
    await page.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(async () => (await fixtureState(page)).sent.length).toBe(1);
  });

  it('skips the expanded history of a reply', async () => {
    const page = await openFixture(ext.session.context, 'outlook-reply');
    const body = page.locator(SELECTORS.outlook.body);
    await body.click();
    // The reply's own words are judged (which of its phrases is flagged is the analyzer's call); the history,
    // far ruder, never is.
    await expect
      .poll(async () => underlined(await highlights(page), 'aggressive').length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const flagged = underlined(await highlights(page), 'aggressive')[0] ?? '';
    const history = await page.locator('#divRplyFwdMsg').evaluate((el) => {
      let text = '';
      for (let n: Element | null = el; n; n = n.nextElementSibling) text += (n as HTMLElement).innerText;
      return text;
    });
    for (const text of Object.values(await highlights(page)).flat()) expect(history).not.toContain(text);
    await hover(page, body, flagged);
    await page.getByRole('dialog', { name: 'Aggressive' }).waitFor();
    await screenshot(page, 'outlook-reply');
  });
});

describe('a 3,000-word draft', () => {
  it('keeps typing smooth: no long task while typing', async () => {
    const page = await openFixture(ext.session.context, 'gmail-compose');
    const body = page.locator(`[data-testid="compose-2"] ${SELECTORS.gmail.body}`);
    await body.evaluate((el) => {
      const sentence =
        'Invoice 2025-014 for $1,250.00 was due on 3 March and is now overdue, so please pay soon or we will take legal action. ';
      const lines: HTMLElement[] = [];
      for (let i = 0; i < 130; i++) {
        const div = document.createElement('div');
        div.textContent = sentence.repeat(1);
        lines.push(div);
      }
      el.replaceChildren(...lines);
    });
    await body.click();
    await waitForUnderline(page, 'aggressive', 'legal action');
    const words = (await body.innerText()).split(/\s+/).length;
    const tasks = await longTasksDuring(page, async () => {
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Thank you for your help with this.', { delay: 35 });
      await page.waitForTimeout(400);
    });
    console.log(
      `typing in a ${words}-word draft: ${tasks.length} long task(s)${tasks.length ? `, longest ${Math.max(...tasks.map((t) => t.duration)).toFixed(0)} ms` : ''}`,
    );
    expect(words).toBeGreaterThan(2900);
    expect(tasks).toEqual([]);
  });
});

describe('composes that open and close, and the card from the keyboard', () => {
  it('picks up a new compose, and leaves no highlight or overlay behind when one closes', async () => {
    const page = await openFixture(ext.session.context, 'gmail-compose');
    await page.locator(`[data-testid="compose-1"] ${SELECTORS.gmail.body}`).click();
    await waitForUnderline(page, 'vague', 'ASAP');
    // Gmail's Compose button opens a third dialog: it gets its own underlines.
    await page.locator('.T-I.T-I-KE[role=button]').click();
    const bodies = page.locator(SELECTORS.gmail.body);
    await expect.poll(() => bodies.count()).toBe(3);
    await bodies.nth(2).click();
    await page.keyboard.type('Please pay soon.');
    await waitForUnderline(page, 'vague', 'soon');
    const overlays = () => page.locator('tactful-overlay').count();
    const before = await overlays();
    // Closing the first compose ("Save & close") releases it: its highlights and overlay go away.
    const names = Object.keys(await highlights(page));
    await page.locator('[data-testid="compose-1"] .Ha[role=button]').click();
    await expect.poll(overlays).toBe(before - 1);
    await expect
      .poll(async () => underlined(await highlights(page), 'aggressive').join(' | '))
      .not.toContain('obviously');
    expect(Object.keys(await highlights(page)).length).toBeLessThan(names.length);
  });

  it('opens the card with Alt+Enter, hides a finding with "Ignore" and closes on Escape', async () => {
    const page = await openFixture(ext.session.context, 'gmail-compose');
    const body = page.locator(`[data-testid="compose-1"] ${SELECTORS.gmail.body}`);
    await body.click();
    await waitForUnderline(page, 'vague', 'ASAP');
    await body.evaluate((el) => {
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const i = (n as Text).data.indexOf('ASAP');
        if (i >= 0) getSelection()?.collapse(n, i + 1);
      }
    });
    await page.keyboard.press('Alt+Enter');
    const apply = page.getByRole('button', { name: 'Replace with: by [date]' });
    await expect.poll(() => apply.evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => apply.count()).toBe(0);
    await page.keyboard.press('Alt+Enter');
    await page.getByRole('button', { name: 'Ignore' }).click();
    await expect.poll(async () => underlined(await highlights(page), 'vague')).not.toContain('ASAP');
  });

  it('analyzes the subject line too', async () => {
    const page = await openFixture(ext.session.context, 'gmail-compose');
    const subject = page.locator(`[data-testid="compose-2"] ${SELECTORS.gmail.subject}`);
    await page.locator(`[data-testid="compose-2"] ${SELECTORS.gmail.body}`).click();
    await page.keyboard.type('Hello Lea, invoice 12 for $300 is attached.');
    await subject.fill('FINAL WARNING!!!');
    // compose-1 was analyzed first (its pill comes first); compose-2's pill appears once it has text.
    const pills = page.getByRole('button', { name: 'Tactful: open the check of this draft' });
    await expect.poll(() => pills.count()).toBe(2);
    const pill = pills.nth(1);
    await expect.poll(() => pill.textContent()).toMatch(/^Aggressive · \d aggressive/);
    await pill.click();
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Tactful check' }).textContent())
      .toContain('in the subject');
  });
});

describe('settings from the page, and dark mode', () => {
  it('"Don\'t flag this phrase again" is saved: the phrase stays unflagged after a reload', async () => {
    const page = await openFixture(ext.session.context, 'gmail-reply');
    const body = page.locator(SELECTORS.gmail.body);
    await body.click();
    await waitForUnderline(page, 'vague', 'ASAP');
    await hover(page, body, 'ASAP');
    await page.getByRole('button', { name: "Don't flag this phrase again" }).click();
    await expect.poll(async () => underlined(await highlights(page), 'vague')).not.toContain('ASAP');
    const stored = () =>
      ext.session.serviceWorker.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome.storage.sync
          .get('settings')
          .then((r) => JSON.stringify(r)),
      );
    await expect.poll(stored, { timeout: 10_000 }).toContain('"allowPhrases":["ASAP"]');
    await page.reload();
    await page.locator(SELECTORS.gmail.body).click();
    await expect
      .poll(
        async () =>
          Object.keys(await highlights(page)).length > 0 ||
          (await page.locator('tactful-overlay').count()) > 0,
      )
      .toBe(true);
    await page.waitForTimeout(400);
    expect(underlined(await highlights(page), 'vague')).not.toContain('ASAP');
    // Put things back for the other tests.
    await ext.session.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }
      ).chrome.storage.sync.clear(),
    );
  });

  it("follows the webmail's dark theme", async () => {
    const page = await openFixture(ext.session.context, 'gmail-compose');
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('.nH.Hd, .Ap, [g_editable]')) {
        el.style.background = '#202124';
        el.style.color = '#e8eaed';
      }
    });
    await page.locator(`[data-testid="compose-1"] ${SELECTORS.gmail.body}`).click();
    await waitForUnderline(page, 'vague', 'ASAP');
    await expect
      .poll(() =>
        page
          .locator('tactful-overlay')
          .first()
          .evaluate((host) => host.shadowRoot?.querySelector('.layer')?.className),
      )
      .toContain('dark');
  });
});

describe('a 4,300-word draft of distinct text', () => {
  it('opens with no long task: the tools load, read and analyze it without blocking the page', async () => {
    const page = await openFixture(ext.session.context, 'gmail-compose');
    const body = page.locator(`[data-testid="compose-2"] ${SELECTORS.gmail.body}`);
    await body.evaluate((el) => {
      const who = ['Aisha', 'Tom', 'Claire', 'Ravi', 'Maeve', 'Jonas', 'Léa', 'Sam', 'Priya', 'Marco'];
      const what = [
        'the logo work',
        'the March delivery',
        'the roof repair',
        'the spring campaign',
        'the audit',
      ];
      const lines: HTMLElement[] = [];
      for (let i = 0; i < 222; i++) {
        const div = document.createElement('div');
        div.textContent = `Note ${i}: ${who[i % who.length]} asked about ${what[i % what.length]} and invoice ${4000 + i} for $${(i * 17 + 90).toFixed(2)}, due on day ${(i % 28) + 1}; please pay soon.`;
        lines.push(div);
      }
      el.replaceChildren(...lines);
    });
    const words = (await body.innerText()).split(/\s+/).length;
    const tasks = await longTasksDuring(page, async () => {
      await body.click();
      await waitForUnderline(page, 'vague', 'soon');
      await page.waitForTimeout(500);
    });
    console.log(
      `opening a ${words}-word draft: ${tasks.length} long task(s)${tasks.length ? `, longest ${Math.max(...tasks.map((t) => t.duration)).toFixed(0)} ms` : ''}`,
    );
    expect(words).toBeGreaterThan(4300);
    expect(tasks).toEqual([]);
  });
});

describe('the learned model, in the background', () => {
  it('underlines a jab no phrase rule knows, and the card names its kind and the words that weighed', async () => {
    const page = await openFixture(ext.session.context, 'gmail-compose');
    const body = page.locator(`[data-testid="compose-2"] ${SELECTORS.gmail.body}`);
    await body.click();
    await page.keyboard.type(
      'Hi Dana, invoice INV-42 for $1,250.00 was due on 2 June. Funny how the money always shows up for your new van but never for the people who did the work.',
    );
    await waitForUnderline(page, 'aggressive', 'Funny how the money always shows up');
    // (The status pill still sits on the draft's first line: hover the jab's second line.)
    await hover(page, body, 'never for the people');
    const card = page.getByRole('dialog', { name: 'Aggressive' });
    await card.waitFor();
    await expect.poll(async () => card.innerText()).toMatch(/sarcastic|passive-aggressive/i);
    expect(await card.innerText()).toMatch(/Words that weighed most/);
  });
});
