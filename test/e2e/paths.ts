import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/webmail/', import.meta.url));
export const EXTENSION_DIRS = {
  chrome: fileURLToPath(new URL('../../dist/chrome/', import.meta.url)),
  firefox: fileURLToPath(new URL('../../dist/firefox/', import.meta.url)),
} as const;

/**
 * Where the browser tests save what they show. `npm run screenshots` writes them into docs/screenshots (the
 * README displays them); a plain test run writes them to a temporary folder, so it leaves the tree as it was.
 */
export const SCREENSHOTS = process.env.TACTFUL_SCREENSHOTS
  ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
  : `${join(tmpdir(), 'tactful-screenshots')}/`;
mkdirSync(SCREENSHOTS, { recursive: true });
