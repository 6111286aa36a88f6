#!/usr/bin/env node
// Launcher for the `tactful` command: runs the built CLI (dist/lib/cli.js).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/lib/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('tactful: run `npm run build` first\n');
  process.exit(2);
}
await import(cli.href);
