// Helpers for the end-to-end tests: the built extension in Debian's Chromium (playwright-core), the fixture
// pages served at the real webmail URLs with a Gmail-like CSP (Trusted Types), and every other request
// recorded and aborted.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { SentMail } from '../fixtures/webmail/src/common';
import { FIXTURE_URLS, type FixtureName, type RequestLog, routeFixtures, VIEWPORT } from './fixture-server';
import { type PageFixtureState, readFixtureState } from './page-probes';
import { EXTENSION_DIRS } from './paths';

export {
  contentSecurityPolicy,
  FIXTURE_NAMES,
  FIXTURE_URLS,
  type FixtureName,
  GMAIL_HOSTS,
  OUTLOOK_HOSTS,
  type RequestLog,
  resolveFixtureRequest,
  routeFixtures,
  SELECTORS,
  type Site,
  siteOf,
  VIEWPORT,
} from './fixture-server';

export interface BrowserSession extends RequestLog {
  context: BrowserContext;
  /** Closes the browser and deletes the temporary profile. */
  close(): Promise<void>;
}

export interface ExtensionSession extends BrowserSession {
  extensionId: string;
  serviceWorker: Worker;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function launchChromium(extensionDir: string | null): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'tactful-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: inject('chromiumPath'),
      headless: true,
      viewport: VIEWPORT,
      args: [
        ...(extensionDir
          ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
          : ['--disable-extensions']),
        ...CHROMIUM_ARGS,
      ],
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const log = await routeFixtures(context);
  return {
    ...log,
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Launches Chromium with the built extension (dist/chrome) in a fresh profile, fixtures routed. */
export async function launchWithExtension(browser: 'chrome' = 'chrome'): Promise<ExtensionSession> {
  const extensionDir = EXTENSION_DIRS[browser].replace(/[/\\]$/, '');
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir} has no manifest.json: run \`npm run build\` first.`);
  }
  const session = await launchChromium(extensionDir);
  try {
    const { context } = session;
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return { ...session, serviceWorker, extensionId: new URL(serviceWorker.url()).host };
  } catch (error) {
    await session.close();
    throw error;
  }
}

/**
 * The same browser and routing without any extension: a baseline to check the fixtures themselves, or to
 * compare the page's behaviour (sending, undo, events) with and without Tactful.
 */
export async function launchWithoutExtension(): Promise<BrowserSession> {
  return launchChromium(null);
}

/** Opens a fixture at its real URL (or `url`, e.g. another Outlook host) and waits for its scripts. */
export async function openFixture(
  context: BrowserContext,
  name: FixtureName,
  options: { url?: string } = {},
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(options.url ?? FIXTURE_URLS[name], { waitUntil: 'load' });
  await page.waitForFunction(() => '__fixture' in window);
  return page;
}

/** What the page itself saw: mails sent, draft autosaves, CSP violations (see fixtures' common.ts). */
export async function fixtureState(page: Page): Promise<PageFixtureState> {
  return page.evaluate(readFixtureState);
}

export async function sentMails(page: Page): Promise<SentMail[]> {
  return (await fixtureState(page)).sent;
}

/**
 * Evaluates `expression` in the extension's content-script world (the isolated world Chromium creates for
 * it in the page's main frame), through the DevTools protocol. Waits for the world to exist: it appears
 * once the content script has been injected (`run_at: document_idle`).
 */
export async function evaluateInContentScript<T>(
  page: Page,
  extensionId: string,
  expression: string,
  timeoutMs = 10_000,
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const origin = `chrome-extension://${extensionId}`;
    let contextId: number | undefined;
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { frameId?: string; isDefault?: boolean } | undefined;
      if (context.origin === origin && aux?.frameId === frameTree.frame.id && !aux.isDefault)
        contextId = context.id;
    });
    await cdp.send('Runtime.enable');
    const deadline = Date.now() + timeoutMs;
    while (contextId === undefined) {
      if (Date.now() > deadline) throw new Error(`no content-script world of ${origin} in ${page.url()}`);
      await new Promise((done) => setTimeout(done, 50));
    }
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) {
      throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    }
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export interface LongTask {
  name: string;
  /** ms since the page's time origin. */
  startTime: number;
  duration: number;
  /** `containerType:containerSrc|containerName` of each attribution entry. */
  attribution: string[];
}

/**
 * Starts a `PerformanceObserver({ type: 'longtask', buffered: true })` in the page's main world (idempotent;
 * `buffered` also reports the long tasks since the page loaded). Long tasks of the content script count:
 * its isolated world runs on the page's main thread.
 */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Store = { entries: unknown[]; flush(): void };
    const w = window as unknown as { __longTasks?: Store };
    if (w.__longTasks) return;
    const entries: unknown[] = [];
    const push = (list: PerformanceEntryList) => {
      for (const entry of list) {
        const attribution = (
          (
            entry as unknown as {
              attribution?: { containerType: string; containerSrc: string; containerName: string }[];
            }
          ).attribution ?? []
        ).map((a) => `${a.containerType}:${a.containerSrc || a.containerName}`);
        entries.push({ name: entry.name, startTime: entry.startTime, duration: entry.duration, attribution });
      }
    };
    const observer = new PerformanceObserver((list) => push(list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
    w.__longTasks = { entries, flush: () => push(observer.takeRecords()) };
  });
}

/** The long tasks observed so far (starts the observer if needed), optionally only those after `since`. */
export async function collectLongTasks(page: Page, since = 0): Promise<LongTask[]> {
  await observeLongTasks(page);
  const all = await page.evaluate(async () => {
    // Let the observer's callback for the task that just ended be queued, then take what is pending.
    await new Promise((done) => setTimeout(done, 0));
    const store = (window as unknown as { __longTasks: { entries: unknown[]; flush(): void } }).__longTasks;
    store.flush();
    return store.entries as LongTask[];
  });
  return all.filter((task) => task.startTime >= since);
}

/** Runs `action` and returns the long tasks that started while it ran (plus `settleMs` after). */
export async function longTasksDuring(
  page: Page,
  action: () => Promise<void>,
  settleMs = 100,
): Promise<LongTask[]> {
  await observeLongTasks(page);
  const start = await page.evaluate(() => performance.now());
  await action();
  await page.waitForTimeout(settleMs);
  return collectLongTasks(page, start);
}

/** Focuses a contenteditable and puts the caret at its very end. */
export async function caretAtEnd(page: Page, selector: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.press('Control+End');
}

/**
 * One extension session for a test file: launched before its tests, closed after them, and checked for
 * requests that left the machine.
 */
export function extensionForFile(): { session: ExtensionSession } {
  const holder = {} as { session: ExtensionSession };
  beforeAll(async () => {
    holder.session = await launchWithExtension();
  });
  afterAll(async () => {
    expect(holder.session.unexpectedRequests, 'requests that left the machine').toEqual([]);
    await holder.session.close();
  });
  return holder;
}
