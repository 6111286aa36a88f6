import { styleText } from 'node:util';
import type { Finding, Report } from '../analyzer/index';

type Style = Parameters<typeof styleText>[0];
export type Paint = (style: Style, text: string) => string;

export const plain: Paint = (_style, text) => text;
export const colour: Paint = (style, text) => styleText(style, text);

const CATEGORY_STYLE: Record<string, Style> = { aggressive: 'red', vague: 'yellow', inconsistent: 'magenta' };
const FACT_LABELS: Record<string, string> = {
  amount: 'amount',
  invoice: 'invoice',
  dueDate: 'due date',
  paymentInstructions: 'how to pay',
  deadline: 'deadline',
  contact: 'contact',
};

/** 1-based line and column (in UTF-16 code units, as editors count) of an offset. */
export function lineColumn(text: string, offset: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return [line, offset - lineStart + 1];
}

function findingLines(text: string, f: Finding, paint: Paint): string[] {
  const [line, col] = lineColumn(text, f.start);
  const where = `${line}:${col}`.padEnd(7);
  const quoted = JSON.stringify(f.text.length > 70 ? `${f.text.slice(0, 67)}…` : f.text);
  const out = [
    `  ${paint('dim', where)} ${paint(CATEGORY_STYLE[f.category] ?? 'white', f.category.padEnd(12))} ${quoted}  ${paint('dim', `${f.kind ?? f.rule} · ${f.source} ${Math.round(f.confidence * 100)}%`)}`,
    `          ${f.message}`,
  ];
  for (const s of f.suggestions)
    out.push(`          ${paint('green', '→')} ${s === '' ? paint('dim', '(remove it)') : s}`);
  return out;
}

/** A linter-like report: findings with line:column, then facts found and missing, then the tone. */
export function formatReport(name: string, text: string, report: Report, paint: Paint): string {
  const lines = [paint('bold', name)];
  if (report.findings.length === 0)
    lines.push(`  ${paint('green', 'No aggressive, vague or inconsistent wording found.')}`);
  for (const f of report.findings) lines.push(...findingLines(text, f, paint));
  lines.push('');
  const found = Object.entries(report.facts)
    .filter(([, mentions]) => mentions.length > 0)
    .map(([kind, mentions]) => `${FACT_LABELS[kind] ?? kind} ${mentions.map((m) => m.text).join(', ')}`);
  lines.push(`  Facts:   ${found.length ? found.join(' · ') : paint('dim', 'none found')}`);
  const missing = report.missing.map((k) => FACT_LABELS[k] ?? k).join(', ');
  if (report.reminder.is)
    lines.push(`  Missing: ${missing ? paint('yellow', missing) : paint('green', 'nothing')}`);
  const counts = (['aggressive', 'vague', 'inconsistent'] as const)
    .map((c) => [c, report.findings.filter((f) => f.category === c).length] as const)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${n} ${c}`)
    .join(', ');
  const kind = report.reminder.is
    ? `stage ${report.stage} (${report.stageSource})`
    : `not a payment request (${Math.round((1 - report.reminder.confidence) * 100)}%): only plain hostility is checked`;
  lines.push(
    `  Tone:    ${paint('bold', report.tone.label)} (${report.tone.score}/100) · ${kind} · ${report.lang}${counts ? ` · ${counts}` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}
