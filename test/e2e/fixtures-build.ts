// Bundles the fixture pages' own scripts (RoosterJS included) for the browser. The pages load them from
// /_fixtures/dist/ on the fixture hosts; the CSP only allows same-origin scripts.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const FIXTURE_SRC = fileURLToPath(new URL('../fixtures/webmail/src/', import.meta.url));
export const FIXTURE_DIST = fileURLToPath(new URL('../fixtures/webmail/dist/', import.meta.url));

/** Writes test/fixtures/webmail/dist/{outlook-editor,gmail}.js. */
export async function buildFixtures(): Promise<void> {
  await build({
    entryPoints: {
      'outlook-editor': `${FIXTURE_SRC}outlook-editor.ts`,
      gmail: `${FIXTURE_SRC}gmail.ts`,
    },
    outdir: FIXTURE_DIST,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}
