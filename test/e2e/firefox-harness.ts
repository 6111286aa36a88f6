// biome-ignore-all lint/performance/useDomNodeTextContent: the browser tests assert what the user sees, and innerText follows the layout where textContent would include text the page never shows
// Helpers for the Firefox end-to-end tests: the built Firefox add-on (dist/firefox) installed as a temporary
// add-on in Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core. Fixture pages are served at
// the real webmail URLs by request interception (the same answers as the Chromium harness), every other
// request is recorded and aborted, and the browser's proxy points at a local trap that records and refuses
// whatever escapes the interception (the add-on's background, Firefox's own services).
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { FakePageConfig, FakePageState } from './fake-extension-api';
import {
  CONTENT_TYPES,
  FIXTURE_URLS,
  type FixtureName,
  type FixtureResponse,
  fixtureResponse,
  type RequestLog,
  resolveFixtureRequest,
  VIEWPORT,
} from './fixture-server';
import { type PageFixtureState, readFixtureState } from './page-probes';
import { EXTENSION_DIRS } from './paths';

const FIREFOX_DIR = EXTENSION_DIRS.firefox; // ends with a separator
/** Where the built popup and options pages are served, with the fake extension API (see fake-extension-api.ts). */
export const EXTENSION_PAGES_ORIGIN = 'https://tactful-extension.test';
/** Firefox's default Content-Security-Policy for Manifest V3 extension pages. */
const EXTENSION_PAGES_CSP = "script-src 'self'; upgrade-insecure-requests;";
/** Firefox's own services: blocked by the trap like everything else, but not the add-on's doing. */
const BROWSER_SERVICES = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|dummy\.test)$/;

export interface FirefoxSession extends RequestLog {
  browser: Browser;
  extensionId: string;
  /** Requests that reached the proxy trap (none should: they bypassed the interception), Firefox's own excepted. */
  escapedRequests: string[];
  /** A new tab with the interception in place. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** The answer to a request for EXTENSION_PAGES_ORIGIN: a built file of dist/firefox, or null (not ours). */
async function extensionPageResponse(method: string, rawUrl: string): Promise<FixtureResponse | null> {
  const url = new URL(rawUrl);
  if (method !== 'GET' || url.origin !== EXTENSION_PAGES_ORIGIN) return null;
  if (url.pathname === '/favicon.ico') return { status: 204, headers: {}, body: '' };
  const file = resolve(FIREFOX_DIR, decodeURIComponent(url.pathname.slice(1)));
  if (!file.startsWith(FIREFOX_DIR) || !existsSync(file) || !statSync(file).isFile()) return null;
  const type = extname(file);
  return {
    status: 200,
    headers: {
      'content-type':
        CONTENT_TYPES[type] ?? (type === '.json' ? 'application/json' : 'application/octet-stream'),
      'cache-control': 'no-store',
      ...(type === '.html' ? { 'content-security-policy': EXTENSION_PAGES_CSP } : {}),
    },
    body: await readFile(file),
  };
}

async function startProxyTrap(): Promise<{ server: Server; port: number; escaped: string[] }> {
  const escaped: string[] = [];
  const record = (entry: string, host: string) => {
    if (!BROWSER_SERVICES.test(host.replace(/:\d+$/, ''))) escaped.push(entry);
  };
  const server = createServer((req, res) => {
    record(`${req.method} ${req.url}`, new URL(req.url ?? '', 'http://unknown').host);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    record(`CONNECT ${req.url}`, req.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as AddressInfo).port, escaped };
}

const proxyPrefs = (port: number) => ({
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': port,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': port,
  'network.proxy.share_proxy_settings': false,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
});

/** Launches firefox-esr with a fresh profile and installs dist/firefox as a temporary add-on. */
export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(`${FIREFOX_DIR}manifest.json`)) {
    throw new Error(`${FIREFOX_DIR} has no manifest.json: run \`npm run build\` first.`);
  }
  const trap = await startProxyTrap();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: inject('firefoxPath'),
      headless: true,
      defaultViewport: VIEWPORT,
      extraPrefsFirefox: proxyPrefs(trap.port),
    });
  } catch (error) {
    trap.server.close();
    throw error;
  }
  const log: RequestLog = { unexpectedRequests: [], servedRequests: [] };
  const handle = async (request: HTTPRequest) => {
    const url = request.url();
    // Not the network: inline data, and the add-on's own files.
    if (/^(data|blob|moz-extension):/.test(url)) return request.continue();
    const entry = `${request.method()} ${url}`;
    const resolved = resolveFixtureRequest(request.method(), url);
    const response = resolved
      ? await fixtureResponse(resolved)
      : await extensionPageResponse(request.method(), url);
    if (!response) {
      log.unexpectedRequests.push(entry);
      return request.abort('blockedbyclient');
    }
    log.servedRequests.push(entry);
    return request.respond(response);
  };
  const close = async () => {
    await browser.close();
    await new Promise((done) => trap.server.close(done));
  };
  try {
    const extensionId = await browser.installExtension(FIREFOX_DIR.replace(/[/\\]$/, ''));
    return {
      ...log,
      browser,
      extensionId,
      escapedRequests: trap.escaped,
      newPage: async () => {
        const page = await browser.newPage();
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          handle(request).catch((error: unknown) => {
            log.unexpectedRequests.push(`${request.method()} ${request.url()} (not answered: ${error})`);
          });
        });
        return page;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * One Firefox session for a test file: launched before its tests, closed after them, and checked for
 * requests that left (or tried to leave) the browser.
 */
export function firefoxForFile(): { session: FirefoxSession } {
  const holder = {} as { session: FirefoxSession };
  beforeAll(async () => {
    holder.session = await launchFirefox();
  }, 120_000);
  afterAll(async () => {
    // Read before closing: requests cut short by the shutdown itself are not the tests' doing.
    const unexpected = [...holder.session.unexpectedRequests];
    const escaped = [...holder.session.escapedRequests];
    await holder.session.close();
    expect(unexpected, 'requests that left the pages').toEqual([]);
    expect(escaped, 'requests that bypassed the interception').toEqual([]);
  });
  return holder;
}

/** Opens a fixture at its real URL in a new tab and waits for its scripts. */
export async function openFixture(session: FirefoxSession, name: FixtureName): Promise<Page> {
  const page = await session.newPage();
  await page.goto(FIXTURE_URLS[name], { waitUntil: 'load' });
  await page.waitForFunction(() => '__fixture' in window);
  return page;
}

export function fixtureState(page: Page): Promise<PageFixtureState> {
  return page.evaluate(readFixtureState);
}

const FAKE_API_ENTRY = fileURLToPath(new URL('./fake-extension-api.ts', import.meta.url));
let fakeApiSource: Promise<string> | undefined;

/** fake-extension-api.ts bundled into one classic script. */
function fakeApi(): Promise<string> {
  fakeApiSource ??= build({
    entryPoints: [FAKE_API_ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'firefox140',
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return fakeApiSource;
}

/**
 * Opens a page of the built add-on (e.g. `src/popup/index.html`) at EXTENSION_PAGES_ORIGIN, with the fake
 * extension API in place before any of its scripts runs.
 */
export async function openExtensionPage(
  session: FirefoxSession,
  path: string,
  config: Omit<FakePageConfig, 'extensionId'>,
  viewport = { width: 400, height: 820 },
): Promise<Page> {
  const page = await session.newPage();
  await page.setViewport(viewport);
  const full: FakePageConfig = { ...config, extensionId: session.extensionId };
  await page.evaluateOnNewDocument(
    `globalThis.__tactfulFakeConfig = ${JSON.stringify(full)};\n${await fakeApi()}`,
  );
  await page.goto(`${EXTENSION_PAGES_ORIGIN}/${path}`, { waitUntil: 'load' });
  return page;
}

export function fakeState(page: Page): Promise<FakePageState> {
  return page.evaluate(() => globalThis.__tactfulFakeState());
}

/** In the page: the visible element of `role` named `name`, in the document or an open shadow root, or null. */
function findByRole(role: string, name: string, exact: boolean): Element | null {
  const implicit: Record<string, string> = { button: 'button', figure: 'figure', textarea: 'textbox' };
  for (const h of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) implicit[h] = 'heading';
  const roots: (Document | ShadowRoot)[] = [document];
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      if ((el.getAttribute('role') ?? implicit[el.localName]) !== role) continue;
      const labelledBy = el.getAttribute('aria-labelledby');
      const label =
        el.getAttribute('aria-label') ??
        (labelledBy ? root.querySelector(`#${CSS.escape(labelledBy)}`)?.textContent : el.textContent) ??
        '';
      const text = label.trim();
      if ((exact ? text === name : text.includes(name)) && el.getClientRects().length > 0) return el;
    }
  }
  return null;
}

/** Waits for a visible element of `role` named `name` (also inside Tactful's shadow roots). */
export async function waitForRole(
  page: Page,
  role: string,
  name: string,
  { exact = true, timeout = 15_000 } = {},
): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(findByRole, { timeout, polling: 100 }, role, name, exact);
  const element = handle.asElement();
  if (!element) throw new Error(`no ${role} "${name}"`);
  return element as ElementHandle<Element>;
}

/** Whether a visible element of `role` named `name` is there now. */
export async function hasRole(page: Page, role: string, name: string, exact = true): Promise<boolean> {
  const handle = await page.evaluateHandle(findByRole, role, name, exact);
  try {
    return handle.asElement() !== null;
  } finally {
    await handle.dispose();
  }
}

/** Presses a key with modifiers held, e.g. `chord(page, 'Control', 'z')`. */
export async function chord(page: Page, ...keys: Parameters<Page['keyboard']['press']>[0][]): Promise<void> {
  const key = keys.pop();
  if (!key) return;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

/** What the user sees of the element at `selector` (`innerText`). */
export function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el as HTMLElement).innerText);
}

/** The form control of the `<label>` whose own text is `label` (what a user reads next to the field). */
export async function fieldByLabel(page: Page, label: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (label) => {
      for (const el of document.querySelectorAll('label')) {
        const own = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('')
          .trim();
        if (own === label && el.control) return el.control;
      }
      return null;
    },
    { timeout: 15_000, polling: 100 },
    label,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no field labelled "${label}"`);
  return element as ElementHandle<Element>;
}
