import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/webmail/', import.meta.url));
export const EXTENSION_DIRS = {
  chrome: fileURLToPath(new URL('../../dist/chrome/', import.meta.url)),
} as const;

/** Where the browser tests save what they show (the README displays them). */
export const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
