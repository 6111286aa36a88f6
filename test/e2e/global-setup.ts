// Vitest global setup for the e2e suite: finds (or installs) the browsers, bundles the fixture scripts and
// checks both builds of the extension are there.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBrowser } from './browsers';
import { buildFixtures } from './fixtures-build';
import { EXTENSION_DIRS } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    firefoxPath: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  for (const dir of Object.values(EXTENSION_DIRS)) {
    const manifest = join(dir, 'manifest.json');
    if (!existsSync(manifest)) {
      throw new Error(`${manifest} is missing: run \`npm run build\` before the e2e tests.`);
    }
  }
  project.provide('chromiumPath', ensureBrowser('chromium'));
  project.provide('firefoxPath', ensureBrowser('firefox'));
  await buildFixtures();
}
