/**
 * How a linear head is stored in the weights file: the buckets it uses, ascending and delta-coded as
 * varints, and one signed byte per bucket with a shared scale. Base64 keeps the file plain JSON.
 */
export interface EncodedHead {
  bias: number;
  scale: number;
  keys: string;
  values: string;
}

export interface SparseHead {
  bias: number;
  scale: number;
  weights: Map<number, number>;
  /** The stored signed bytes: sums of them are exact, whatever the order. */
  quantized: Map<number, number>;
}

export function encodeHead(bias: number, entries: readonly [number, number][]): EncodedHead {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const max = sorted.reduce((m, [, w]) => Math.max(m, Math.abs(w)), 0);
  const scale = max > 0 ? max / 127 : 1;
  const keys: number[] = [];
  const values: number[] = [];
  let last = 0;
  for (const [k, w] of sorted) {
    const q = Math.round(w / scale);
    if (q === 0) continue;
    let delta = k - last;
    last = k;
    while (delta >= 0x80) {
      keys.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    keys.push(delta);
    values.push(q & 0xff);
  }
  return { bias: round(bias), scale: round(scale), keys: toBase64(keys), values: toBase64(values) };
}

export function decodeHead(head: EncodedHead): SparseHead {
  const keys = fromBase64(head.keys);
  const values = fromBase64(head.values);
  const weights = new Map<number, number>();
  const quantized = new Map<number, number>();
  let k = 0;
  let v = 0;
  let i = 0;
  while (i < keys.length) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const b = keys[i++] ?? 0;
      delta += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
      shift += 7;
    }
    k += delta;
    const byte = values[v++] ?? 0;
    const q = byte > 127 ? byte - 256 : byte;
    weights.set(k, q * head.scale);
    quantized.set(k, q);
  }
  return { bias: head.bias, scale: head.scale, weights, quantized };
}

function round(x: number): number {
  return Number(x.toPrecision(7));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (ALPHABET.indexOf(clean[i] ?? 'A') << 18) |
      (ALPHABET.indexOf(clean[i + 1] ?? 'A') << 12) |
      ((i + 2 < clean.length ? ALPHABET.indexOf(clean[i + 2] ?? 'A') : 0) << 6) |
      (i + 3 < clean.length ? ALPHABET.indexOf(clean[i + 3] ?? 'A') : 0);
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
