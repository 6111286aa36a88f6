// Checks the BUILT extensions (`npm test` builds first): what reaches the stores must not leak the
// extension to web pages, ask for more than it needs, or depend on a dev server.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const BROWSERS = ['chrome', 'firefox'] as const;
const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];
// storage: settings; scripting: inject the compose tools into a webmail tab when a compose is focused.
const PERMISSIONS = ['storage', 'scripting'];
/** Match patterns that cover every site (a web-accessible resource listed for them is probe-able by any page). */
const ALL_URLS = new Set([
  '<all_urls>',
  '*://*/*',
  'http://*/*',
  'https://*/*',
  '*://*/',
  'https://*/',
  'http://*/',
]);

interface BuiltManifest {
  manifest_version: number;
  version: string;
  default_locale?: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  content_scripts?: { matches?: string[]; js?: string[]; css?: string[] }[];
  web_accessible_resources?: { matches?: string[]; resources: string[]; use_dynamic_url?: boolean }[];
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
}

const distFile = (browser: string, path: string) => new URL(`../../dist/${browser}/${path}`, import.meta.url);
const readManifest = (browser: string): BuiltManifest =>
  JSON.parse(readFileSync(distFile(browser, 'manifest.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Every URL pattern the manifest grants or matches, wherever it is declared. */
function allPatterns(m: BuiltManifest): string[] {
  return [
    ...(m.host_permissions ?? []),
    ...(m.optional_host_permissions ?? []),
    ...(m.content_scripts ?? []).flatMap((cs) => cs.matches ?? []),
    ...(m.web_accessible_resources ?? []).flatMap((r) => r.matches ?? []),
  ];
}

describe.each(BROWSERS)('built %s manifest', (browser) => {
  const manifest = readManifest(browser);

  it('is MV3 with the package version and English as default locale', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.default_locale).toBe('en');
  });

  it('matches no localhost or plain-http pattern', () => {
    for (const pattern of allPatterns(manifest)) {
      expect(pattern).not.toMatch(/localhost|127\.0\.0\.1|^http:/);
    }
  });

  it('asks only for the expected permissions, on the webmail sites only', () => {
    expect(manifest.permissions ?? []).toEqual(PERMISSIONS);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.host_permissions ?? []).toEqual(WEBMAIL_MATCHES);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it('runs one content script on the webmail sites only', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts ?? [];
    expect([...(script?.matches ?? [])].sort()).toEqual([...WEBMAIL_MATCHES].sort());
  });

  it('builds the content script as a single standalone JS file', () => {
    const js = manifest.content_scripts?.[0]?.js ?? [];
    expect(js).toHaveLength(1);
    const file = js[0] ?? '';
    expect(file).toMatch(/\.js$/);
    expect(existsSync(distFile(browser, file))).toBe(true);
    const code = readFileSync(distFile(browser, file), 'utf8');
    // A module loader (crxjs's default) would import chunks, statically or through runtime.getURL.
    expect(code).not.toMatch(/(^|[;}\s])import\s*[\w{*'"]/);
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).not.toMatch(/\bexport\s*[{*]/);
    expect(code).not.toContain('getURL');
  });

  it('exposes no JS to web pages (nothing a page can probe to detect the extension)', () => {
    const contentScriptFiles = new Set((manifest.content_scripts ?? []).flatMap((cs) => cs.js ?? []));
    for (const entry of manifest.web_accessible_resources ?? []) {
      const what = JSON.stringify(entry);
      const scripts = entry.resources.filter((r) => /\.m?js(\.map)?$/.test(r) || r === '*' || r === '**/*');
      const everywhere = (entry.matches ?? []).some((m) => ALL_URLS.has(m));
      expect(everywhere && scripts.length > 0, `${what} exposes JS to every site`).toBe(false);
      // Chrome's extension URLs are fixed per extension id: a page can fetch a listed file to detect us,
      // unless it is only reachable through a per-session dynamic URL.
      if (browser === 'chrome' && !entry.use_dynamic_url) {
        expect(scripts, `${what} lets pages probe for JS chunks`).toEqual([]);
      }
      for (const file of contentScriptFiles) expect(entry.resources).not.toContain(file);
    }
  });
});

describe('built firefox manifest', () => {
  const manifest = readManifest('firefox');

  it('has the gecko id and the minimum Firefox version', () => {
    expect(manifest.browser_specific_settings?.gecko?.id).toBe('tactful@tactful.app');
    expect(manifest.browser_specific_settings?.gecko?.strict_min_version).toBe('140.0');
  });

  it('declares the background as scripts (Firefox has no MV3 service worker)', () => {
    expect(manifest.background?.scripts).toHaveLength(1);
    expect(manifest.background?.service_worker).toBeUndefined();
  });
});

describe('built chrome manifest', () => {
  const manifest = readManifest('chrome');

  it('uses a service worker and no Firefox-only keys', () => {
    expect(manifest.background?.service_worker).toBeTypeOf('string');
    expect(manifest.background?.scripts).toBeUndefined();
    expect(manifest.browser_specific_settings).toBeUndefined();
  });
});
