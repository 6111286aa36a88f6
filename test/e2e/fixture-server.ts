// What the fixture server answers, whichever browser asks: the fixture pages at the real Gmail and Outlook
// addresses with a Gmail-like CSP (Trusted Types), their assets, and nothing else (null: record and abort).
// Browser-independent: the Chromium harness (playwright) and the Firefox one (puppeteer) both route with it.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { OUTLOOK_TRUSTED_TYPES_POLICY } from '../fixtures/webmail/src/common';
import { FIXTURE_DIR } from './paths';

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

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export type Resolved =
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

export const VIEWPORT = { width: 1280, height: 800 } as const;

export interface FixtureResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/** The response for a request `resolveFixtureRequest` answered. */
export async function fixtureResponse(resolved: Resolved): Promise<FixtureResponse> {
  if (resolved.kind === 'favicon') return { status: 204, headers: {}, body: '' };
  if (resolved.kind === 'asset') {
    return {
      status: 200,
      headers: {
        'content-type': CONTENT_TYPES[extname(resolved.file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
      body: await readFile(resolved.file),
    };
  }
  return {
    status: 200,
    headers: {
      'content-type': CONTENT_TYPES['.html'] as string,
      'content-security-policy': contentSecurityPolicy(siteOf(resolved.fixture)),
      'cache-control': 'no-cache, no-store, max-age=0, must-revalidate',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
    },
    body: await readFile(join(FIXTURE_DIR, `${resolved.fixture}.html`)),
  };
}

/** Serves the fixtures at the real webmail URLs for every page of a Chromium context; aborts everything else. */
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
    await route.fulfill(await fixtureResponse(resolved));
  });
  return log;
}
