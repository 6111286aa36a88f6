import { readFileSync } from 'node:fs';

/** A problem the user can fix, reported in one line with exit code 2 (never a stack trace). */
export class UsageError extends Error {}

/** Decodes bytes as UTF-8 text, refusing binary data and empty input with a message that names the source. */
export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.subarray(0, 8192).includes(0))
    throw new UsageError(`${source}: looks like a binary file, not an email`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${source}: is not UTF-8 text`);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new UsageError(`${source}: is empty`);
  return text;
}

export function readInput(file: string): string {
  const source = file === '-' ? 'standard input' : file;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (code ?? 'unreadable');
    throw new UsageError(`cannot read ${source}: ${why}`);
  }
  return decodeText(bytes, source);
}
