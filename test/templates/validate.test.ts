import { describe, expect, it } from 'vitest';
import { proposeStage, type Template, validateTemplate } from '../../src/templates/index';

const check = (body: string, subject = 'Invoice {invoice}') =>
  validateTemplate({ subject, body } as Template);
const spans = (body: string) => check(body).map((p) => [p.start, p.end, body.slice(p.start, p.end)]);

describe('validateTemplate', () => {
  it('accepts every known placeholder', () => {
    expect(
      check(
        '{client} {amount} {invoice} {dueDate} {daysOverdue} {deadline} {terms} {paymentInstructions} {sender} {company}',
      ),
    ).toEqual([]);
  });

  it('reports an unknown placeholder with its offsets and the known ones', () => {
    const body = 'Hello {foo}, invoice {invoice}.';
    const [p, ...rest] = check(body);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ field: 'body', start: 6, end: 11 });
    expect(body.slice(p?.start, p?.end)).toBe('{foo}');
    expect(p?.message).toMatch(/^Unknown placeholder \{foo\}: use one of \{client\}, \{amount\}/);
  });

  it('suggests the placeholder meant when only the case or separators differ', () => {
    const [p] = check('Due {due_date}, {Amount}');
    expect(p?.message).toBe('Unknown placeholder {due_date}: did you mean {dueDate}?');
    expect(check('{Amount}')[0]?.message).toBe('Unknown placeholder {Amount}: did you mean {amount}?');
  });

  it('reports an unclosed placeholder', () => {
    expect(spans('Pay {amount by {deadline}.')).toEqual([[4, 11, '{amount']]);
    expect(check('Pay {amount')[0]?.message).toBe('"{amount" is not closed: write {amount}.');
    expect(spans('A lone { here')).toEqual([[7, 8, '{']]);
  });

  it('reports a placeholder with no opening brace', () => {
    expect(spans('Pay amount} now')).toEqual([[4, 11, 'amount}']]);
    expect(check('Pay amount} now')[0]?.message).toBe('"amount}" has no opening brace: write {amount}.');
    expect(spans('a } b')).toEqual([[2, 3, '}']]);
  });

  it('reports an empty placeholder, spaces inside one, and nesting', () => {
    expect(spans('Total: {}.')).toEqual([[7, 9, '{}']]);
    expect(check('Total: {}.')[0]?.message).toMatch(/^Empty placeholder/);
    expect(spans('Total: { amount }.')).toEqual([[7, 17, '{ amount }']]);
    expect(check('{ amount }')[0]?.message).toBe('"{ amount }" is not a valid placeholder: write {amount}.');
    expect(spans('x {amount{invoice}} y')).toEqual([[2, 19, '{amount{invoice}}']]);
    expect(check('{{amount}}')[0]?.message).toBe('Placeholders cannot be nested: "{{amount}}".');
  });

  it('never lets a brace reach across lines', () => {
    expect(spans('Pay {amount\nby {deadline}')).toEqual([[4, 11, '{amount']]);
  });

  it('names the field and counts offsets in UTF-16 code units', () => {
    const subject = 'Échéance 📅 {dueDat}';
    const [p] = validateTemplate({ subject, body: 'ok' });
    expect(p).toMatchObject({ field: 'subject', start: 12, end: 20 });
    expect(subject.slice(p?.start, p?.end)).toBe('{dueDat}');
  });

  it('gives one sentence per problem', () => {
    for (const p of check('{foo} {amount {} amount} {a{b}} { x }')) expect(p.message).toMatch(/^[^\n]+[.?]$/);
  });
});

describe('proposeStage', () => {
  const today = new Date(2025, 4, 20, 12);
  it.each([
    ['2025-06-20', 'upcoming'],
    ['2025-05-21', 'upcoming'],
    ['2025-05-20', 'due'],
    ['2025-05-19', 'overdue'],
    ['2025-05-06', 'overdue'],
    ['2025-05-05', 'firm'],
    ['2025-04-05', 'firm'],
    ['2025-04-04', 'final'],
    ['2024-01-01', 'final'],
    [undefined, 'overdue'],
    ['', 'overdue'],
    ['20 May 2025', 'overdue'],
    ['2025-02-30', 'overdue'],
  ] as const)('due %s → %s', (due, stage) => {
    expect(proposeStage(due, today)).toBe(stage);
  });

  it('counts calendar days, whatever the hour of today', () => {
    expect(proposeStage('2025-05-20', new Date(2025, 4, 20, 0, 0))).toBe('due');
    expect(proposeStage('2025-05-20', new Date(2025, 4, 20, 23, 59))).toBe('due');
    expect(proposeStage('2025-05-19', new Date(2025, 4, 20, 0, 1))).toBe('overdue');
  });
});
