import { parseArgs } from 'node:util';
import { LANGS, type Lang, STAGES, type Stage } from '../analyzer/index';
import {
  BUILTIN_TEMPLATES,
  builtinTemplate,
  findTemplate,
  isoDay,
  PLACEHOLDER_LABELS,
  type Placeholder,
  renderTemplate,
  type Template,
  type TemplateValues,
} from '../templates/index';
import { UsageError } from './input';

export const DRAFT_HELP = `tactful draft — write a payment reminder from a built-in template

Usage:
  tactful draft --stage STAGE [--lang LANG] [values…]     the built-in template for a stage
  tactful draft --template ID [values…]                   a template by id (en-overdue) or shortcut (overdue)
  tactful draft --list                                    list the templates

Values (anything left out stays a visible [placeholder] in the text):
  --client NAME        --amount 1250.50     --currency EUR (ISO 4217)    --invoice REF
  --due YYYY-MM-DD     --deadline YYYY-MM-DD (the date asked for now)    --terms TEXT
  --pay TEXT (how to pay)                   --sender NAME                --company NAME

Options:
  --stage STAGE   ${STAGES.join(' | ')}
  --lang LANG     en | fr (default: en, or the template's language)
  --today DATE    reference date for the days overdue, YYYY-MM-DD (default: today)
  --json          print {subject, body, unfilled} as JSON
  -h, --help      show this help
`;

const OPTIONS = {
  template: { type: 'string' },
  stage: { type: 'string' },
  lang: { type: 'string' },
  client: { type: 'string' },
  amount: { type: 'string' },
  currency: { type: 'string' },
  invoice: { type: 'string' },
  due: { type: 'string' },
  terms: { type: 'string' },
  pay: { type: 'string' },
  deadline: { type: 'string' },
  sender: { type: 'string' },
  company: { type: 'string' },
  today: { type: 'string' },
  json: { type: 'boolean' },
  list: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options that fill each placeholder (`daysOverdue` comes from a past `--due`). */
const FILLED_BY: Record<Placeholder, string[]> = {
  client: ['--client'],
  amount: ['--amount', '--currency'],
  invoice: ['--invoice'],
  dueDate: ['--due'],
  daysOverdue: ['--due'],
  deadline: ['--deadline'],
  terms: ['--terms'],
  paymentInstructions: ['--pay'],
  sender: ['--sender'],
  company: ['--company'],
};

function parseStage(value: string | undefined): Stage | undefined {
  if (value === undefined) return undefined;
  if ((STAGES as readonly string[]).includes(value)) return value as Stage;
  throw new UsageError(`--stage: unknown stage ${JSON.stringify(value)} (use one of ${STAGES.join(', ')})`);
}

function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if ((LANGS as readonly string[]).includes(value)) return value as Lang;
  throw new UsageError(`--lang: unknown language ${JSON.stringify(value)} (use en or fr)`);
}

function parseDate(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (isoDay(value) === null)
    throw new UsageError(`${option}: expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

function parseAmount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const amount = /^\d+(?:\.\d+)?$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isFinite(amount))
    throw new UsageError(`--amount: expected a number such as 1250.50, got ${JSON.stringify(value)}`);
  return amount;
}

function parseCurrency(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !Intl.supportedValuesOf('currency').includes(code))
    throw new UsageError(
      `--currency: unknown currency ${JSON.stringify(value)} (use an ISO 4217 code such as EUR, USD, GBP)`,
    );
  return code;
}

function pickTemplate(id: string | undefined, stage: Stage | undefined, lang: Lang | undefined): Template {
  if (id !== undefined && stage !== undefined)
    throw new UsageError('use either --template or --stage, not both');
  if (stage !== undefined) return builtinTemplate(stage, lang ?? 'en');
  if (id === undefined) throw new UsageError('draft needs --template ID or --stage STAGE (or --list)');
  const template = findTemplate(id, lang);
  if (template) return template;
  const other = findTemplate(id);
  if (other && lang && other.lang !== lang)
    throw new UsageError(
      `--template ${id} is in ${other.lang}, not ${lang}: leave out --lang or pick another`,
    );
  throw new UsageError(
    `--template: unknown template ${JSON.stringify(id)} (see tactful draft --list for the ids)`,
  );
}

function listTemplates(json: boolean): string {
  if (json) {
    const list = BUILTIN_TEMPLATES.map(({ id, stage, lang, name, shortcut }) => ({
      id,
      stage,
      lang,
      name,
      shortcut,
    }));
    return `${JSON.stringify(list, null, 2)}\n`;
  }
  const idWidth = Math.max(...BUILTIN_TEMPLATES.map((t) => t.id.length));
  const stageWidth = Math.max(...STAGES.map((s) => s.length));
  return BUILTIN_TEMPLATES.map(
    (t) => `${t.id.padEnd(idWidth)}  ${t.stage.padEnd(stageWidth)}  ${t.lang}  ${t.name}\n`,
  ).join('');
}

/** `tactful draft …`: prints a reminder rendered from a template; returns the exit status. */
export function draft(argv: string[]): number {
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  }
  try {
    parsed = parse();
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0] ?? 'bad option');
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(DRAFT_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(
      `draft takes no FILE (got ${JSON.stringify(positionals[0])}); see tactful draft --help`,
    );
  if (values.list) {
    process.stdout.write(listTemplates(Boolean(values.json)));
    return 0;
  }
  const template = pickTemplate(values.template, parseStage(values.stage), parseLang(values.lang));
  const todayIso = parseDate('--today', values.today);
  const today = todayIso ? new Date(`${todayIso}T12:00:00`) : undefined;
  const input: TemplateValues = {
    client: values.client,
    amount: parseAmount(values.amount),
    currency: parseCurrency(values.currency),
    invoice: values.invoice,
    dueDate: parseDate('--due', values.due),
    deadline: parseDate('--deadline', values.deadline),
    terms: values.terms,
    paymentInstructions: values.pay,
    sender: values.sender,
    company: values.company,
  };
  const email = renderTemplate(template, input, today ? { today } : {});
  if (values.json) {
    process.stdout.write(`${JSON.stringify(email, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`Subject: ${email.subject}\n\n${email.body}\n`);
  if (email.unfilled.length > 0) {
    const labels = email.unfilled.map((p) => `[${PLACEHOLDER_LABELS[template.lang][p]}]`);
    const options = [...new Set(email.unfilled.flatMap((p) => FILLED_BY[p]))];
    process.stderr.write(
      `tactful: left as placeholders: ${labels.join(', ')} (fill them in, or pass ${options.join(', ')})\n`,
    );
  }
  return 0;
}
