import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/index';

// Runs the built command the way a user does (`npx tactful` → bin/tactful.js → dist/lib/cli.js).
const root = new URL('../../', import.meta.url).pathname;
function tactful(args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/tactful.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const FULL_EN = [
  ...['--client', 'Aisha', '--amount', '2350', '--currency', 'USD', '--invoice', '2024-061'],
  ...['--due', '2025-04-02', '--today', '2025-05-08', '--deadline', '2025-05-16'],
  ...['--terms', 'payment within 30 days, late fees of 1.5% per month (section 7 of our agreement)'],
  ...['--pay', 'bank transfer to First Harbor Bank, account 483920117, or by card at lenamarsh.com/pay'],
  ...['--sender', 'Lena Marsh', '--company', 'Lena Marsh LLC'],
];

describe('tactful draft', () => {
  it('lists the templates with id, stage, language and name', () => {
    const r = tactful(['draft', '--list']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(12);
    expect(lines).toContainEqual(expect.stringMatching(/^en-overdue\s+overdue\s+en\s+Friendly reminder/));
    expect(lines).toContainEqual(expect.stringMatching(/^fr-correction\s+correction\s+fr\s+Rectification/));
    const json = JSON.parse(tactful(['draft', '--list', '--json']).out);
    expect(json[0]).toEqual({
      id: 'en-upcoming',
      stage: 'upcoming',
      lang: 'en',
      name: expect.any(String),
      shortcut: 'upcoming',
    });
  });

  it('prints "Subject: …" then the body, filled with the values, ready for tactful check', () => {
    const r = tactful(['draft', '--stage', 'firm', ...FULL_EN]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Subject: Invoice 2024-061: could you confirm a payment date\?\n\nHello Aisha,\n/);
    expect(r.out).toContain(
      'invoice 2024-061 for $2,350.00, which was due on April 2, 2025 and is now 36 days',
    );
    expect(r.out).toContain('by May 16, 2025');
    expect(r.out.trimEnd().endsWith('Lena Marsh\nLena Marsh LLC')).toBe(true);
    const text = r.out.replace(/^Subject: /, '');
    const report = analyze(text, { stage: 'firm', lang: 'en', today: new Date(2025, 4, 8, 12) });
    expect(report.findings.filter((f) => f.category !== 'inconsistent')).toEqual([]);
    expect(report.missing).toEqual([]);
  });

  it('writes French with --lang fr, and takes a template by id or by shortcut', () => {
    const values = ['--amount', '1250', '--currency', 'eur', '--invoice', '2025-118', '--due', '2025-05-12'];
    const byStage = tactful([
      'draft',
      '--stage',
      'overdue',
      '--lang',
      'fr',
      '--today',
      '2025-05-20',
      ...values,
    ]);
    expect(byStage.code).toBe(0);
    expect(byStage.out).toContain('Subject: Rappel : facture n° 2025-118 de 1\u202f250,00\u00a0€');
    expect(byStage.out).toContain('échue le 12 mai 2025, n’a pas encore été réglée (8 jours de retard)');
    const byId = tactful(['draft', '--template', 'fr-overdue', '--today', '2025-05-20', ...values]);
    const byShortcut = tactful([
      'draft',
      '--template',
      'overdue',
      '--lang',
      'fr',
      '--today',
      '2025-05-20',
      ...values,
    ]);
    expect(byId.out).toBe(byStage.out);
    expect(byShortcut.out).toBe(byStage.out);
  });

  it('leaves [placeholders] for what is not given and says which options fill them', () => {
    const r = tactful(['draft', '--stage', 'due', '--client', 'Aisha']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Subject: Invoice [invoice number] is due today');
    expect(r.out).toContain('[amount]');
    expect(r.err).toMatch(/^tactful: left as placeholders: \[amount\], \[invoice number\], \[due date\]/);
    expect(r.err).toContain('--amount, --currency, --invoice, --due');
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('prints {subject, body, unfilled} with --json', () => {
    const r = tactful([
      'draft',
      '--template',
      'en-correction',
      '--json',
      '--amount',
      '480',
      '--currency',
      'GBP',
    ]);
    expect(r.code).toBe(0);
    const email = JSON.parse(r.out);
    expect(Object.keys(email)).toEqual(['subject', 'body', 'unfilled']);
    expect(email.body).toContain('£480.00 was left off the total');
    expect(email.unfilled).toEqual([
      'client',
      'invoice',
      'dueDate',
      'deadline',
      'paymentInstructions',
      'sender',
      'company',
    ]);
  });

  it('shows its own help', () => {
    const r = tactful(['draft', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/tactful draft --stage STAGE/);
    expect(tactful(['--help']).out).toMatch(/tactful draft/);
  });

  it.each([
    [['draft'], /draft needs --template ID or --stage STAGE/],
    [['draft', '--template', 'nope'], /unknown template "nope"/],
    [['draft', '--template', 'en-due', '--lang', 'fr'], /en-due is in en, not fr/],
    [['draft', '--template', 'en-due', '--stage', 'due'], /either --template or --stage/],
    [['draft', '--stage', 'later'], /--stage: unknown stage "later"/],
    [['draft', '--stage', 'due', '--lang', 'de'], /--lang: unknown language "de"/],
    [
      ['draft', '--stage', 'due', '--amount', 'lots'],
      /--amount: expected a number such as 1250.50, got "lots"/,
    ],
    [['draft', '--stage', 'due', '--amount', '1,250.50'], /--amount: expected a number/],
    [['draft', '--stage', 'due', '--currency', 'EURO'], /--currency: unknown currency "EURO"/],
    [['draft', '--stage', 'due', '--currency', 'XYZ'], /--currency: unknown currency "XYZ"/],
    [['draft', '--stage', 'due', '--due', '2025-02-30'], /--due: expected a date as YYYY-MM-DD/],
    [['draft', '--stage', 'due', '--deadline', 'Friday'], /--deadline: expected a date as YYYY-MM-DD/],
    [['draft', '--stage', 'due', '--today', '20/05/2025'], /--today: expected a date as YYYY-MM-DD/],
    [['draft', '--stage', 'due', '--colour'], /Unknown option '--colour'/],
    [['draft', '--stage', 'due', 'email.txt'], /draft takes no FILE/],
    [['--json', 'draft'], /write the command first/],
  ])('gives a one-line usage error and exit 2 for %j', (args, message) => {
    const r = tactful(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
