// Helpers for the end-to-end tests: the built extension in Debian's Chromium (playwright-core), the fixture
// pages served at the real webmail URLs with a Gmail-like CSP (Trusted Types), and every other request
// recorded and aborted.
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Route, type Worker } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { FixtureState, SentMail } from '../fixtures/webmail/src/common';
import { OUTLOOK_TRUSTED_TYPES_POLICY } from '../fixtures/webmail/src/common';
import { EXTENSION_DIRS, FIXTURE_DIR } from './paths';

export type Site = 'gmail' | 'outlook';
export const FIXTURE_NAMES = ['gmail-compose', 'gmail-reply', 'outlook-compose', 'outlook-reply'] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

export const GMAIL_HOSTS = ['mail.google.com'] as const;
export const OUTLOOK_HOSTS = ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'] as const;

/**
 * Where each fixture is served. The fragment never reaches the network, so Gmail's views are told apart by
 * `?fixture=` (a bare `/mail/u/0/` is the compose page); Outlook's by their real paths.
 */
export const FIXTURE_URLS: Record<FixtureName, string> = {
  'gmail-compose': 'https://mail.google.com/mail/u/0/#inbox?compose=new',
  'gmail-reply':
    'https://mail.google.com/mail/u/0/?fixture=gmail-reply#inbox/FMfcgzQZTfbWxLqKJdzGkWLvRkXhTqHp',
  'outlook-compose': 'https://outlook.live.com/mail/0/deeplink/compose',
  'outlook-reply': 'https://outlook.live.com/mail/0/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQA0',
};

export const siteOf = (name: FixtureName): Site => (name.startsWith('gmail') ? 'gmail' : 'outlook');

/** Selectors the tests use to reach the fixtures' parts (the extension keeps its own table). */
export const SELECTORS = {
  gmail: {
    compose: '.nH.Hd[role=dialog], .ip.adB',
    body: '.Ap [g_editable=true]',
    subject: 'input.aoT[name=subjectbox]',
    send: 'td.gU.Up .T-I.aoO[role=button]',
    showTrimmed: '.ajR[role=button]',
  },
  outlook: {
    compose: '[id*="docking_InitVisiblePart"]',
    body: 'div[id^="editorParent_"] > div[role=textbox][contenteditable=true]',
    subject: 'input[aria-label="Subject"]',
    send: 'button[aria-label="Send"]',
  },
} as const;

/**
 * The pages' Content-Security-Policy: Gmail's Trusted Types enforcement plus a strict script-src (no inline
 * script, no eval). The Outlook fixtures allow one more policy name, for RoosterJS's HTML parsing.
 */
export function contentSecurityPolicy(site: Site): string {
  const policies = site === 'gmail' ? 'default goog#html' : `default ${OUTLOOK_TRUSTED_TYPES_POLICY}`;
  return [
    "require-trusted-types-for 'script'",
    `trusted-types ${policies}`,
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

type Resolved =
  | { kind: 'document'; fixture: FixtureName }
  | { kind: 'asset'; file: string }
  | { kind: 'favicon' };

/** Maps a request URL to what the fixture server answers, or null (not ours: record and abort). */
export function resolveFixtureRequest(method: string, rawUrl: string): Resolved | null {
  if (method !== 'GET') return null;
  const url = new URL(rawUrl);
  if (url.protocol !== 'https:') return null;
  const site: Site | null = (GMAIL_HOSTS as readonly string[]).includes(url.hostname)
    ? 'gmail'
    : (OUTLOOK_HOSTS as readonly string[]).includes(url.hostname)
      ? 'outlook'
      : null;
  if (!site) return null;
  if (url.pathname === '/favicon.ico') return { kind: 'favicon' };
  if (url.pathname.startsWith('/_fixtures/')) {
    const file = resolve(FIXTURE_DIR, decodeURIComponent(url.pathname.slice('/_fixtures/'.length)));
    const inside = file.startsWith(FIXTURE_DIR); // FIXTURE_DIR ends with a separator
    return inside && existsSync(file) && statSync(file).isFile() ? { kind: 'asset', file } : null;
  }
  const requested = url.searchParams.get('fixture');
  if (requested) {
    const fixture = FIXTURE_NAMES.find((name) => name === requested && siteOf(name) === site);
    return fixture ? { kind: 'document', fixture } : null;
  }
  if (site === 'gmail' && url.pathname.startsWith('/mail/u/0/'))
    return { kind: 'document', fixture: 'gmail-compose' };
  if (site === 'outlook') {
    if (url.pathname.startsWith('/mail/0/deeplink/compose'))
      return { kind: 'document', fixture: 'outlook-compose' };
    if (url.pathname.startsWith('/mail/0/inbox/id/')) return { kind: 'document', fixture: 'outlook-reply' };
  }
  return null;
}

export interface RequestLog {
  /** `METHOD url` of every request the fixture server did not answer (all aborted). */
  unexpectedRequests: string[];
  /** `METHOD url` of every request it answered. */
  servedRequests: string[];
}

/** Serves the fixtures at the real webmail URLs for every page of `context`; aborts everything else. */
export async function routeFixtures(context: BrowserContext): Promise<RequestLog> {
  const log: RequestLog = { unexpectedRequests: [], servedRequests: [] };
  await context.route('**/*', async (route: Route) => {
    const request = route.request();
    // The extension's own pages (popup, options) load their files from the extension: not the network.
    if (request.url().startsWith('chrome-extension://')) {
      await route.continue();
      return;
    }
    const entry = `${request.method()} ${request.url()}`;
    const resolved = resolveFixtureRequest(request.method(), request.url());
    if (!resolved) {
      log.unexpectedRequests.push(entry);
      await route.abort('blockedbyclient');
      return;
    }
    log.servedRequests.push(entry);
    if (resolved.kind === 'favicon') {
      await route.fulfill({ status: 204, body: '' });
    } else if (resolved.kind === 'asset') {
      await route.fulfill({
        status: 200,
        headers: {
          'content-type': CONTENT_TYPES[extname(resolved.file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        },
        body: await readFile(resolved.file),
      });
    } else {
      await route.fulfill({
        status: 200,
        headers: {
          'content-type': CONTENT_TYPES['.html'] as string,
          'content-security-policy': contentSecurityPolicy(siteOf(resolved.fixture)),
          'cache-control': 'no-cache, no-store, max-age=0, must-revalidate',
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'SAMEORIGIN',
        },
        body: await readFile(join(FIXTURE_DIR, `${resolved.fixture}.html`)),
      });
    }
  });
  return log;
}

export interface BrowserSession extends RequestLog {
  context: BrowserContext;
  /** Closes the browser and deletes the temporary profile. */
  close(): Promise<void>;
}

export interface ExtensionSession extends BrowserSession {
  extensionId: string;
  serviceWorker: Worker;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 1280, height: 800 } as const;

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
      executablePath: CHROMIUM_PATH,
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
export async function fixtureState(
  page: Page,
): Promise<Pick<FixtureState, 'sent' | 'draftSaves' | 'cspViolations'>> {
  return page.evaluate(() => {
    const state = (window as unknown as { __fixture: FixtureState }).__fixture;
    return { sent: state.sent, draftSaves: state.draftSaves, cspViolations: state.cspViolations };
  });
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
