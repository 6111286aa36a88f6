import { parseArgs } from 'node:util';
import { analyze, LANGS, type Lang, type Report, STAGES, type Stage } from '../analyzer/index';
import { draft } from './draft';
import { readInput, UsageError } from './input';
import { colour, formatReport, plain } from './report';

const HELP = `tactful — check the tone and completeness of a payment reminder, or draft one

Usage:
  tactful check FILE          report on an email (FILE or - for standard input)
  tactful check --jsonl       read {id, text, stage?, lang?} lines on standard input, write one report per line
  tactful draft --stage STAGE write a reminder from a built-in template (tactful draft --help for the values)
  tactful draft --list        list the templates

Options (check):
  --stage STAGE   upcoming | due | overdue | firm | final | correction (default: inferred from the text)
  --lang LANG     en | fr (default: detected)
  --today DATE    reference date, YYYY-MM-DD (default: today)
  --json          print the report as JSON
  -h, --help      show this help

Exit status: 0 nothing aggressive, 1 something aggressive, 2 usage or input error.
`;

interface CommonOptions {
  stage?: Stage;
  lang?: Lang;
  today?: Date;
}

function parseStage(value: unknown, where = '--stage'): Stage | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (STAGES as readonly string[]).includes(value)) return value as Stage;
  throw new UsageError(`${where}: unknown stage ${JSON.stringify(value)} (use one of ${STAGES.join(', ')})`);
}

function parseLang(value: unknown, where = '--lang'): Lang | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (LANGS as readonly string[]).includes(value)) return value as Lang;
  throw new UsageError(`${where}: unknown language ${JSON.stringify(value)} (use en or fr)`);
}

function parseToday(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : null;
  if (!date || date.getDate() !== Number(m?.[3]))
    throw new UsageError(`--today: expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return date;
}

const hasAggressive = (r: Report) => r.findings.some((f) => f.category === 'aggressive');

async function readStdinLines(onLine: (line: string, n: number) => void): Promise<void> {
  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of rl) onLine(line, ++n);
}

async function checkJsonl(common: CommonOptions): Promise<number> {
  let status = 0;
  let seen = 0;
  await readStdinLines((line, n) => {
    if (!line.trim()) return;
    seen++;
    try {
      let input: unknown;
      try {
        input = JSON.parse(line);
      } catch (err) {
        throw new UsageError(`not valid JSON (${(err as Error).message})`);
      }
      if (typeof input !== 'object' || input === null || Array.isArray(input))
        throw new UsageError('expected a JSON object');
      const { id, text, stage, lang } = input as Record<string, unknown>;
      if (typeof text !== 'string' || !text.trim()) throw new UsageError('"text" must be a non-empty string');
      const report = analyze(text, {
        ...common,
        stage: parseStage(stage, '"stage"') ?? common.stage,
        lang: parseLang(lang, '"lang"') ?? common.lang,
      });
      process.stdout.write(`${JSON.stringify({ id: id ?? null, ...report })}\n`);
      if (hasAggressive(report) && status === 0) status = 1;
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      process.stderr.write(`tactful: standard input, line ${n}: ${err.message}\n`);
      status = 2;
    }
  });
  if (seen === 0) throw new UsageError('standard input: no JSON lines to check');
  return status;
}

async function run(argv: string[]): Promise<number> {
  if (argv[0] === 'draft') return draft(argv.slice(1));
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        stage: { type: 'string' },
        lang: { type: 'string' },
        today: { type: 'string' },
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  }
  try {
    parsed = parse();
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0] ?? 'bad option');
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    (values.help ? process.stdout : process.stderr).write(HELP);
    return values.help ? 0 : 2;
  }
  const [command, ...files] = positionals;
  if (command === 'draft') throw new UsageError('write the command first: tactful draft [options]');
  if (command !== 'check')
    throw new UsageError(
      `unknown command ${JSON.stringify(command)} (try: tactful check FILE or tactful draft --stage STAGE)`,
    );
  const common: CommonOptions = {
    stage: parseStage(values.stage),
    lang: parseLang(values.lang),
    today: parseToday(values.today),
  };
  if (values.jsonl) {
    if (files.length > 0) throw new UsageError('--jsonl reads standard input; do not name a file');
    return checkJsonl(common);
  }
  if (files.length !== 1) throw new UsageError('check takes one FILE (or - for standard input)');
  const file = files[0] ?? '-';
  const text = readInput(file);
  const report = analyze(text, common);
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    const useColour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    process.stdout.write(
      formatReport(file === '-' ? 'standard input' : file, text, report, useColour ? colour : plain),
    );
  }
  return hasAggressive(report) ? 1 : 0;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`tactful: ${err.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`tactful: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 3;
    }
  },
);
