/**
 * npm start: the built extension in a Chromium window, on the demo Gmail and Outlook compose pages served at
 * their real addresses from this machine (no account, and no request leaves the machine), so a newcomer sees
 * Tactful at work in a minute.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureBrowser } from '../test/e2e/browsers';
import { FIXTURE_URLS, routeFixtures } from '../test/e2e/fixture-server';
import { buildFixtures } from '../test/e2e/fixtures-build';
import { EXTENSION_DIRS } from '../test/e2e/paths';

const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay) {
  console.log(
    'No display here, so no browser window can open: try the analyzer in the terminal instead, e.g. npx tactful check examples/angry-firm.txt',
  );
  process.exit(0);
}

const executablePath = ensureBrowser('chromium');
await buildFixtures();
const profile = await mkdtemp(join(tmpdir(), 'tactful-demo-'));
const extension = EXTENSION_DIRS.chrome;
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: false,
  viewport: null,
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const log = await routeFixtures(context);
const [first] = context.pages();
const gmail = first ?? (await context.newPage());
await gmail.goto(FIXTURE_URLS['gmail-compose']);
const outlook = await context.newPage();
await outlook.goto(FIXTURE_URLS['outlook-compose']);
await gmail.bringToFront();
console.log(
  'Tactful is running in Chromium on demo Gmail and Outlook compose pages (served from this machine).\n' +
    'Type in a draft: aggressive wording is underlined in red, vague wording in orange; click a phrase for a fix.\n' +
    'Close the browser window to stop.',
);
await new Promise<void>((done) => context.on('close', () => done()));
await rm(profile, { recursive: true, force: true });
if (log.unexpectedRequests.length > 0)
  console.log(`Blocked ${log.unexpectedRequests.length} request(s) that would have left the machine.`);
