import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs the built command the way a user does (`npx tactful` → bin/tactful.js → dist/lib/cli.js).
const root = new URL('../../', import.meta.url).pathname;
function tactful(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [join(root, 'bin/tactful.js'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const tmp = mkdtempSync(join(tmpdir(), 'tactful-cli-'));

describe('tactful check', () => {
  it('reports findings with line:column, facts, missing facts and tone, and exits 1 on aggressive wording', () => {
    const r = tactful(['check', 'examples/angry-firm.txt']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/1:\d+\s+aggressive\s+"Pay immediately"/);
    expect(r.out).toContain('→ Could you please arrange payment by [date]?');
    expect(r.out).toMatch(/Missing: nothing/);
    expect(r.out).toMatch(/Tone:\s+aggressive/);
    expect(r.out).not.toContain('\u001b['); // no colour when piped
  });

  it('exits 0 for a clean reminder and lists what is missing', () => {
    const r = tactful(['check', 'examples/friendly-overdue.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('No aggressive, vague or inconsistent wording found.');
    const vague = tactful(['check', 'examples/vague-correction.txt']);
    expect(vague.code).toBe(0);
    expect(vague.out).toMatch(/Missing: amount, invoice, due date, how to pay/);
  });

  it('reads standard input with - and honours --stage, --lang and --json', () => {
    const text = 'Under clause 9.2, hosting will be suspended on 8 August 2025. Invoice H-3307, €480.00.';
    const overdue = JSON.parse(tactful(['check', '-', '--json', '--stage', 'overdue'], text).out);
    const final = JSON.parse(tactful(['check', '-', '--json', '--stage', 'final', '--lang', 'en'], text).out);
    expect(overdue.findings.map((f: { rule: string }) => f.rule)).toContain('threat');
    expect(final.findings).toEqual([]);
    expect(final).toMatchObject({ stage: 'final', lang: 'en', missing: ['dueDate', 'paymentInstructions'] });
  });

  it('scores JSON lines, one report per input line', () => {
    const r = tactful(
      ['check', '--jsonl'],
      `${'{"id":"x","text":"Invoice 12 for $400 is overdue. Pay it right now or I will see you in court."}'}\n\n{"id":"y","text":"Merci !","lang":"fr"}\n`,
    );
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['x', 'y']);
    expect(lines[1].lang).toBe('fr');
    expect(r.code).toBe(1);
  });

  it('names the line of a bad JSON line and still answers the others', () => {
    const r = tactful(['check', '--jsonl'], '{"id":1,"text":"Hello"}\n{oops\n{"id":3}\n');
    expect(r.code).toBe(2);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/line 2: not valid JSON/);
    expect(r.err).toMatch(/line 3: "text" must be a non-empty string/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it.each([
    [['check', 'no/such/file.txt'], /cannot read no\/such\/file.txt: no such file/],
    [['check', 'examples'], /cannot read examples: is a folder/],
    [['check', 'x.txt', '--stage', 'later'], /unknown stage "later"/],
    [['check', 'x.txt', '--lang', 'de'], /unknown language "de"/],
    [['check', 'x.txt', '--colour'], /Unknown option '--colour'/],
    [['send'], /unknown command "send"/],
    [[], /Usage:/],
  ])('gives a one-line usage error and exit 2 for %j', (args, message) => {
    const r = tactful(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('refuses binary, non-UTF-8 and empty input with a clear message', () => {
    writeFileSync(join(tmp, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(join(tmp, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20]));
    writeFileSync(join(tmp, 'empty.txt'), '  \n');
    expect(tactful(['check', join(tmp, 'image.png')]).err).toMatch(/looks like a binary file/);
    expect(tactful(['check', join(tmp, 'latin1.txt')]).err).toMatch(/is not UTF-8 text/);
    const empty = tactful(['check', '-'], '  \n');
    expect(empty.err).toMatch(/standard input: is empty/);
    expect(empty.code).toBe(2);
    // Three processes, each loading the analyzer: not a speed test, and slow on a cold machine.
  }, 30_000);
});
