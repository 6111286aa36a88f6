// Runs the analyzer over a labelled corpus and writes the results in the scorer's format (one JSON line per email).
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analyzer/index';

const [file = '', mode = ''] = process.argv.slice(2);
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const c = JSON.parse(line);
  const r = analyze(c.text, { stage: mode === '--infer' ? undefined : c.stage, lang: c.lang });
  console.log(
    JSON.stringify({ id: c.id, findings: r.findings, missing: r.missing, stage: r.stage, gold: c.stage }),
  );
}
