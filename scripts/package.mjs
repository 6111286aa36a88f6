// Zips the built extensions into store-ready archives:
//   dist/chrome  → dist/tactful-chrome-<version>.zip
//   dist/firefox → dist/tactful-firefox-<version>.zip
// Run after `vite build` (`npm run package` does both).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// A fixed date keeps the archives byte-identical between builds of the same sources.
const mtime = new Date('2000-01-01T00:00:00Z');

/** Every file under `dir`, sorted, skipping dotfiles and source maps (not shipped to stores). */
function listFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile() && !entry.name.endsWith('.map')) out.push(path);
  }
  return out.sort();
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let failed = false;
for (const browser of ['chrome', 'firefox']) {
  const dir = join(dist, browser);
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`package: ${relative(root, dir)}/manifest.json is missing; run \`npm run build\` first`);
    failed = true;
    continue;
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  if (manifest.version !== version) {
    console.error(`package: ${browser} manifest version ${manifest.version} ≠ package.json ${version}`);
    failed = true;
    continue;
  }
  const files = {};
  let raw = 0;
  for (const path of listFiles(dir)) {
    const data = readFileSync(path);
    raw += statSync(path).size;
    // Zip entry names always use "/" and are relative to the extension root (manifest.json at the top).
    files[relative(dir, path).split(sep).join('/')] = [data, { mtime }];
  }
  const zip = zipSync(files, { level: 9 });
  const out = join(dist, `tactful-${browser}-${version}.zip`);
  writeFileSync(out, zip);
  console.log(
    `${relative(root, out)}  ${kb(zip.length)} (${Object.keys(files).length} files, ${kb(raw)} unpacked)`,
  );
}
if (failed) process.exit(1);
