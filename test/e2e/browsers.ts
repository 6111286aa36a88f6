/**
 * Finds the real browser the browser tests drive: the path in CHROMIUM_PATH / FIREFOX_PATH, else the PATH,
 * else where the distributions put it. Where there is none and the tests run as root on a machine with apt,
 * Debian's package is installed, saying so (as `playwright install --with-deps` does); otherwise the run
 * stops with one line that says how to get it. Browser tests are never skipped for want of a browser.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

interface BrowserSpec {
  label: string;
  env: string;
  commands: readonly string[];
  paths: readonly string[];
  aptPackage: string;
}

// Branded Google Chrome no longer loads an unpacked extension from the command line: Chromium only.
const SPECS: Record<BrowserName, BrowserSpec> = {
  chromium: {
    label: 'Chromium',
    env: 'CHROMIUM_PATH',
    commands: ['chromium', 'chromium-browser'],
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/lib/chromium/chromium',
      '/snap/bin/chromium',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    aptPackage: 'chromium',
  },
  firefox: {
    label: 'Firefox',
    env: 'FIREFOX_PATH',
    commands: ['firefox-esr', 'firefox'],
    paths: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/usr/lib/firefox-esr/firefox-esr',
      '/usr/lib/firefox/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ],
    aptPackage: 'firefox-esr',
  },
};

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The browser's executable, or null when this machine has none where one is usually found. */
export function locateBrowser(name: BrowserName, env: NodeJS.ProcessEnv = process.env): string | null {
  const spec = SPECS[name];
  const given = env[spec.env];
  if (given) {
    if (!isExecutable(given)) throw new Error(`${spec.env}=${given} is not an executable file.`);
    return given;
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const command of spec.commands)
    for (const dir of dirs) if (isExecutable(join(dir, command))) return join(dir, command);
  return spec.paths.find(isExecutable) ?? null;
}

const canInstallWithApt = () =>
  process.platform === 'linux' &&
  process.getuid?.() === 0 &&
  spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;

function run(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0)
    throw new Error(`\`${command} ${args.join(' ')}\` failed (exit ${result.status}).`);
}

/** The browser's executable, installing Debian's package first where it is missing and that is possible. */
export function ensureBrowser(name: BrowserName, log: (line: string) => void = console.log): string {
  const found = locateBrowser(name);
  if (found) return found;
  const spec = SPECS[name];
  if (!canInstallWithApt())
    throw new Error(
      `The browser tests need ${spec.label}: install it (Debian or Ubuntu: sudo apt-get install ${spec.aptPackage}) or set ${spec.env} to its executable.`,
    );
  log(
    `The browser tests need ${spec.label} and none was found: installing Debian's ${spec.aptPackage} with apt-get.`,
  );
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', spec.aptPackage]);
  const installed = locateBrowser(name);
  if (!installed)
    throw new Error(`${spec.aptPackage} was installed but no ${spec.label} executable was found.`);
  log(`${spec.label}: ${installed}`);
  return installed;
}
