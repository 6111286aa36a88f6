/// <reference types="vitest/config" />
import { spawnSync } from 'node:child_process';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

/**
 * Build modes:
 * - `chrome`  → dist/chrome   (the extension for Chromium browsers)
 * - `firefox` → dist/firefox  (the same extension, with Firefox's manifest differences)
 * - `compose-chrome`, `compose-firefox` → dist/<browser>/compose.js (the compose tools, one file injected on demand)
 * - `lib`     → dist/lib      (analyzer.js + cli.js for Node; no extension plugin)
 * - `test`    → vitest (set by vitest itself)
 * `vite --mode chrome|firefox` (dev server) writes to dist/<browser>-dev, never over a production build.
 */
type Browser = 'chrome' | 'firefox';

const GECKO_ID = 'tactful@tactful.app';
const FIREFOX_MIN_VERSION = '140.0'; // CSS Custom Highlight API
/** Firefox for Android reads `data_collection_permissions` from 142 on. */
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** The content script runs on every webmail tab: one self-contained file, nothing web-accessible. */
const CONTENT_SCRIPT = manifest.content_scripts[0]?.js[0] ?? 'src/content/index.ts';

function manifestFor(browser: Browser): ManifestV3Export {
  const common = { ...manifest, version: pkg.version };
  if (browser === 'chrome') return common;
  const { background, ...rest } = common;
  const firefox = {
    ...rest,
    // Firefox runs MV3 backgrounds as event pages (`scripts`), not service workers.
    background: { scripts: [background.service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Everything runs on the device: the extension collects and transmits nothing.
        data_collection_permissions: { required: ['none' as const] },
      },
      // Not in crxjs's manifest type, hence the widening below.
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
  return firefox as ManifestV3Export;
}

function extensionConfig(browser: Browser, command: 'build' | 'serve'): UserConfig {
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(browser),
        browser,
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
        // A reload of the host page would lose the user's draft.
        liveReload: false,
      }),
    ],
    build: {
      outDir: command === 'serve' ? `dist/${browser}-dev` : `dist/${browser}`,
      emptyOutDir: true,
    },
    server: { strictPort: true, port: browser === 'chrome' ? 5173 : 5174 },
  };
}

/**
 * Writes the analyzer's type declarations (dist/lib/analyzer/index.d.ts, the `types` of the package's
 * `./analyzer` export) with the TypeScript compiler. Type errors are reported by `npm run typecheck`;
 * here they only produce a warning, the declarations are written anyway.
 */
function analyzerDeclarations(): Plugin {
  return {
    name: 'tactful:analyzer-declarations',
    apply: 'build',
    closeBundle() {
      const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin/tsc');
      // Files on the command line replace tsconfig.json (`--ignoreConfig`): the options that matter are repeated.
      const args = [
        ...['--ignoreConfig', '--declaration', '--emitDeclarationOnly', '--noEmit', 'false'],
        ...['--rootDir', 'src', '--outDir', 'dist/lib'],
        ...['--target', 'ES2022', '--module', 'ESNext', '--moduleResolution', 'Bundler'],
        ...['--strict', '--skipLibCheck', '--resolveJsonModule', '--verbatimModuleSyntax', '--types', 'node'],
        'src/analyzer/index.ts',
      ];
      const result = spawnSync(process.execPath, [tsc, ...args], { encoding: 'utf8' });
      if (result.status !== 0) {
        this.warn(`analyzer declarations written with type errors:\n${result.stdout}${result.stderr}`);
      }
    },
  };
}

/**
 * The compose tools (analyzer, overlay) as one classic script, injected by the background with
 * `scripting.executeScript` when a compose is first focused: not listed in the manifest, not web-accessible.
 * Built after the extension (which empties its folder), into the same folder.
 */
function composeToolsConfig(browser: Browser): UserConfig {
  return {
    publicDir: false,
    plugins: [preact()],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: false,
      target: 'es2022',
      lib: {
        entry: 'src/webmail/main.ts',
        formats: ['iife'],
        name: 'tactfulCompose',
        fileName: () => 'compose.js',
      },
    },
  };
}

const libConfig: UserConfig = {
  publicDir: false,
  plugins: [analyzerDeclarations()],
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    lib: {
      entry: { analyzer: 'src/analyzer/index.ts', cli: 'src/cli/main.ts' },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rollupOptions: {
      // Runtime dependencies stay imports (installed with the package); so do Node's built-ins.
      external: [/^chrono-node(\/|$)/, /^node:/, ...builtinModules],
      preserveEntrySignatures: 'allow-extension',
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
};

const testConfig: UserConfig = {
  plugins: [preact({ prefreshEnabled: false })],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
};

export default defineConfig(({ mode, command }) => {
  switch (mode) {
    case 'chrome':
    case 'firefox':
      return extensionConfig(mode, command);
    case 'compose-chrome':
      return composeToolsConfig('chrome');
    case 'compose-firefox':
      return composeToolsConfig('firefox');
    case 'lib':
      return libConfig;
    case 'test':
      return testConfig;
    default:
      throw new Error(
        `Unknown mode "${mode}": use --mode chrome, firefox or lib (see package.json scripts).`,
      );
  }
});
