// biome-ignore-all lint/performance/useDomNodeTextContent: the browser tests assert what the user sees, and innerText follows the layout where textContent would include text the page never shows
// The built Firefox add-on (dist/firefox) at work in the webmail fixtures, in Debian's firefox-esr over
// WebDriver BiDi: underlines drawn with no change to the editor's HTML, a fix from the card undone by Ctrl+Z,
// quotes and signatures never underlined, the check before sending, and no request out of the browser.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { chord, firefoxForFile, fixtureState, openFixture, textOf, waitForRole } from './firefox-harness';
import { type FixtureName, SELECTORS } from './fixture-server';
import { type Highlights, phrasePoint, tactfulHighlights, underlined } from './page-probes';

const ff = firefoxForFile();

const GMAIL_FIRST = `[data-testid="compose-1"] ${SELECTORS.gmail.body}`;
const POLL = { timeout: 20_000, interval: 100 };

const highlights = (page: Page): Promise<Highlights> => page.evaluate(tactfulHighlights);

async function waitForUnderline(page: Page, category: string, text: string): Promise<void> {
  await expect
    .poll(async () => underlined(await highlights(page), category).join(' | '), POLL)
    .toContain(text);
}

const html = (page: Page, selector: string) => page.$eval(selector, (el) => el.innerHTML);

/** Moves the mouse onto `phrase` inside the element at `selector`, which opens its card. */
async function hover(page: Page, selector: string, phrase: string): Promise<void> {
  const point = await page.$eval(selector, phrasePoint, phrase);
  if (!point) throw new Error(`"${phrase}" is not in ${selector}`);
  await page.mouse.move(point.x, point.y);
}

/**
 * Applies the card's "Replace with" for `phrase`: the phrase, and nothing else, is replaced; Ctrl+Z then
 * restores the text exactly.
 */
async function fixThenUndo(page: Page, body: string, phrase: string, replacement: string): Promise<void> {
  const before = await textOf(page, body);
  await hover(page, body, phrase);
  await (await waitForRole(page, 'button', `Replace with: ${replacement}`)).click();
  await expect.poll(() => textOf(page, body), POLL).toBe(before.replace(phrase, replacement));
  await chord(page, 'Control', 'z');
  await expect.poll(() => textOf(page, body), POLL).toBe(before);
}

/** Opens a fixture and puts the caret in its (first) body, which starts the analysis. */
async function openAndFocus(name: FixtureName, body: string): Promise<Page> {
  const page = await openFixture(ff.session, name);
  await page.click(body);
  return page;
}

/** Puts the caret at the end of the Outlook line that ends with `ending` (Ctrl+End would land in the signature). */
async function caretAfter(page: Page, ending: string): Promise<void> {
  await page.$eval(
    SELECTORS.outlook.body,
    (el, ending) => {
      const line = [...el.querySelectorAll('div')].find((d) => d.textContent?.endsWith(ending));
      const text = line?.lastChild as Text;
      (el as HTMLElement).focus();
      getSelection()?.collapse(text, text.data.length);
    },
    ending,
  );
}

describe('Firefox, Gmail', () => {
  it('underlines an aggressive phrase and leaves the editor HTML as it was', async () => {
    const page = await openFixture(ff.session, 'gmail-compose');
    const before = await html(page, GMAIL_FIRST);
    await page.click(GMAIL_FIRST);
    await waitForUnderline(page, 'aggressive', "you obviously don't care about paying on time");
    await waitForUnderline(page, 'vague', 'ASAP');
    expect(await html(page, GMAIL_FIRST)).toBe(before);
  });

  it('replaces a phrase from its card, and Ctrl+Z restores the original text exactly', async () => {
    const page = await openAndFocus('gmail-compose', GMAIL_FIRST);
    await waitForUnderline(page, 'vague', 'ASAP');
    await fixThenUndo(page, GMAIL_FIRST, 'ASAP', 'by [date]');
  });

  it('never underlines the quoted thread or the signature of a reply', async () => {
    const page = await openFixture(ff.session, 'gmail-reply');
    await page.click(SELECTORS.gmail.showTrimmed);
    await page.click(SELECTORS.gmail.body);
    await waitForUnderline(page, 'vague', 'ASAP');
    const all = Object.values(await highlights(page)).flat();
    const quote = await textOf(page, 'div.gmail_quote');
    const signature = await textOf(page, '.gmail_signature');
    expect(quote.length).toBeGreaterThan(0);
    expect(signature.length).toBeGreaterThan(0);
    for (const text of all) {
      expect(quote).not.toContain(text);
      expect(signature).not.toContain(text);
    }
  });

  it('asks before sending aggressive wording, and "Send anyway" really sends', async () => {
    const page = await openAndFocus('gmail-compose', GMAIL_FIRST);
    await waitForUnderline(page, 'aggressive', "you obviously don't care about paying on time");
    await page.click(`[data-testid="compose-1"] ${SELECTORS.gmail.send}`);
    const dialog = await waitForRole(page, 'alertdialog', 'Send this reminder as it is?');
    expect(await dialog.evaluate((el) => el.textContent)).toContain(
      "you obviously don't care about paying on time",
    );
    expect((await fixtureState(page)).sent).toHaveLength(0);
    await (await waitForRole(page, 'button', 'Send anyway')).click();
    await expect.poll(async () => (await fixtureState(page)).sent.length, POLL).toBe(1);
    expect((await fixtureState(page)).sent[0]?.text).toContain(
      "you obviously don't care about paying on time",
    );
  });
});

describe('Firefox, Outlook (RoosterJS)', () => {
  it('underlines without touching the HTML, skips the signature, fixes with one click and undoes with Ctrl+Z', async () => {
    const page = await openFixture(ff.session, 'outlook-compose');
    const body = SELECTORS.outlook.body;
    const before = await html(page, body);
    await page.click(body);
    await waitForUnderline(page, 'aggressive', 'collection agency');
    expect(await html(page, body)).toBe(before);
    const signature = await textOf(page, '#Signature');
    for (const text of Object.values(await highlights(page)).flat()) expect(signature).not.toContain(text);
    await caretAfter(page, 'collection agency.');
    await page.keyboard.type(' Please pay soon.');
    await waitForUnderline(page, 'vague', 'soon');
    await fixThenUndo(page, body, 'soon', 'by [date]');
  });

  it('asks before Ctrl+Enter sends, and "Send anyway" sends', async () => {
    const page = await openAndFocus('outlook-compose', SELECTORS.outlook.body);
    await waitForUnderline(page, 'aggressive', 'collection agency');
    await chord(page, 'Control', 'Enter');
    await waitForRole(page, 'alertdialog', 'Send this reminder as it is?');
    expect((await fixtureState(page)).sent).toHaveLength(0);
    await (await waitForRole(page, 'button', 'Send anyway')).click();
    await expect.poll(async () => (await fixtureState(page)).sent.length, POLL).toBe(1);
  });

  it('never underlines the expanded history of a reply', async () => {
    const page = await openAndFocus('outlook-reply', SELECTORS.outlook.body);
    // Which of the reply's own phrases is flagged is the analyzer's call; the history, far ruder, never is.
    await expect
      .poll(async () => underlined(await highlights(page), 'aggressive').length, POLL)
      .toBeGreaterThan(0);
    const history = await page.$eval('#divRplyFwdMsg', (el) => {
      let text = '';
      for (let n: Element | null = el; n; n = n.nextElementSibling) text += (n as HTMLElement).innerText;
      return text;
    });
    expect(history.length).toBeGreaterThan(0);
    for (const text of Object.values(await highlights(page)).flat()) expect(history).not.toContain(text);
  });
});
