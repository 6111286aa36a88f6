import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateBrowser } from './browsers';

describe('finding the browser for the browser tests', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-browsers-'));
  const fake = join(dir, 'chromium');
  writeFileSync(fake, '#!/bin/sh\n');
  chmodSync(fake, 0o755);
  const notExecutable = join(dir, 'firefox');
  writeFileSync(notExecutable, '');

  it('takes the path given in CHROMIUM_PATH', () => {
    expect(locateBrowser('chromium', { CHROMIUM_PATH: fake, PATH: '' })).toBe(fake);
  });

  it('says so in one line when the given path is not a program', () => {
    expect(() => locateBrowser('firefox', { FIREFOX_PATH: notExecutable, PATH: '' })).toThrow(
      `FIREFOX_PATH=${notExecutable} is not an executable file.`,
    );
  });

  it('finds the browser on the PATH before the distributions’ usual places', () => {
    expect(locateBrowser('chromium', { PATH: `/nonexistent:${dir}` })).toBe(fake);
  });

  it('does not take a file that cannot be run', () => {
    expect(locateBrowser('firefox', { PATH: dir })).not.toBe(notExecutable);
  });
});
