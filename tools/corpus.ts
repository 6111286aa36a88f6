/** Reads the labelled tone corpus (`data/tone/*.jsonl`): one file per author. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AnalyzeOptions, createAnalyzer, type Report } from '../src/analyzer/index';
import { KINDS, type Kind, type Lang, type Stage } from '../src/shared/vocab';

export const CORPUS_DIR = new URL('../data/tone/', import.meta.url).pathname;

export interface Span {
  start: number;
  end: number;
  text: string;
  kind?: Kind;
}

export interface LabelledEmail {
  id: string;
  author: string;
  lang: Lang;
  /** Whether the email asks to be paid; the six first sets hold payment emails only. */
  reminder: boolean;
  stage?: Stage;
  text: string;
  aggressive: Span[];
  vague: Span[];
  either: { aggressive: Span[]; vague: Span[] };
  facts?: Record<'amount' | 'invoice' | 'dueDate' | 'paymentInstructions', boolean>;
}

type RawSpan = string | { text: string; kind?: string };

function resolve(text: string, raw: readonly RawSpan[] | undefined, where: string): Span[] {
  return (raw ?? []).map((s) => {
    const span = typeof s === 'string' ? s : s.text;
    const start = text.indexOf(span);
    if (start < 0) throw new Error(`${where}: span not in text: ${span}`);
    const kind = typeof s === 'string' ? undefined : s.kind;
    if (kind !== undefined && !(KINDS as readonly string[]).includes(kind))
      throw new Error(`${where}: unknown kind ${kind}`);
    return { start, end: start + span.length, text: span, ...(kind ? { kind: kind as Kind } : {}) };
  });
}

export function corpusFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
}

export function readCorpus(dir = CORPUS_DIR): LabelledEmail[] {
  const out: LabelledEmail[] = [];
  for (const file of corpusFiles(dir)) {
    const author = file.replace(/\.jsonl$/, '');
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const e = JSON.parse(line);
        const where = `${file}:${i + 1}`;
        out.push({
          id: e.id,
          author,
          lang: e.lang,
          reminder: e.reminder !== false,
          ...(e.stage ? { stage: e.stage } : {}),
          text: e.text,
          aggressive: resolve(e.text, e.aggressive, where),
          vague: resolve(e.text, e.vague, where),
          either: {
            aggressive: resolve(e.text, e.either?.aggressive, where),
            vague: resolve(e.text, e.either?.vague, where),
          },
          ...(e.facts ? { facts: e.facts } : {}),
        });
      });
  }
  return out;
}

/** A digest of the corpus files as committed: the weights record the corpus they were trained on. */
export function corpusHash(dir = CORPUS_DIR): string {
  const h = createHash('sha256');
  for (const file of corpusFiles(dir)) {
    h.update(file);
    h.update('\0');
    h.update(readFileSync(join(dir, file)));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

/** The reference day labelled emails are read on (their dates are 2025–2026). */
export const CORPUS_TODAY = new Date('2026-06-15T12:00:00Z');

/** The analyzer's report on a labelled email, with its language and stage as labelled. */
export function analyzeLabelled(email: LabelledEmail, options: AnalyzeOptions = {}): Report {
  return createAnalyzer({
    lang: email.lang,
    ...(email.stage ? { stage: email.stage } : {}),
    today: CORPUS_TODAY,
    ...options,
  }).analyze(email.text);
}
