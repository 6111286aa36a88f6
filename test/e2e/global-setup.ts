// Vitest global setup for the e2e suite: bundles the fixture scripts and checks the extension is built.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtures } from './fixtures-build';
import { EXTENSION_DIRS } from './paths';

export default async function setup(): Promise<void> {
  const manifest = join(EXTENSION_DIRS.chrome, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`${manifest} is missing: run \`npm run build\` before the e2e tests.`);
  }
  await buildFixtures();
}
