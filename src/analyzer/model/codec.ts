/**
 * How linear heads are stored in the weights file. Heads trained on the same examples use nearly the same
 * buckets, so a group of heads shares one key list: the buckets, ascending and delta-coded as varints. Each
 * head then holds one signed byte per key with its own scale (0 where that head has no weight). Base64 keeps
 * the file plain JSON.
 */
export interface EncodedHeads {
  keys: string;
  heads: { bias: number; scale: number; values: string }[];
}

export interface SparseHead {
  bias: number;
  scale: number;
  weights: Map<number, number>;
  /** The stored signed bytes: sums of them are exact, whatever the order. */
  quantized: Map<number, number>;
}

export interface HeadWeights {
  bias: number;
  entries: readonly [number, number][];
}

export function encodeHeads(models: readonly HeadWeights[]): EncodedHeads {
  const quantized = models.map((m) => {
    const max = m.entries.reduce((top, [, w]) => Math.max(top, Math.abs(w)), 0);
    const scale = max > 0 ? max / 127 : 1;
    const bytes = new Map<number, number>();
    for (const [k, w] of m.entries) {
      const q = Math.round(w / scale);
      if (q !== 0) bytes.set(k, q);
    }
    return { bias: m.bias, scale, bytes };
  });
  const keys = [...new Set(quantized.flatMap((q) => [...q.bytes.keys()]))].sort((a, b) => a - b);
  const keyBytes: number[] = [];
  let last = 0;
  for (const k of keys) {
    let delta = k - last;
    last = k;
    while (delta >= 0x80) {
      keyBytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    keyBytes.push(delta);
  }
  return {
    keys: toBase64(keyBytes),
    heads: quantized.map((q) => ({
      bias: round(q.bias),
      scale: round(q.scale),
      values: toBase64(keys.map((k) => (q.bytes.get(k) ?? 0) & 0xff)),
    })),
  };
}

export function decodeHeads(group: EncodedHeads): SparseHead[] {
  const keys = decodeKeys(fromBase64(group.keys));
  return group.heads.map((head) => {
    const values = fromBase64(head.values);
    const weights = new Map<number, number>();
    const quantized = new Map<number, number>();
    keys.forEach((k, i) => {
      const byte = values[i] ?? 0;
      if (byte === 0) return;
      const q = byte > 127 ? byte - 256 : byte;
      weights.set(k, q * head.scale);
      quantized.set(k, q);
    });
    return { bias: head.bias, scale: head.scale, weights, quantized };
  });
}

function decodeKeys(bytes: Uint8Array): number[] {
  const keys: number[] = [];
  let k = 0;
  let i = 0;
  while (i < bytes.length) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[i++] ?? 0;
      delta += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
      shift += 7;
    }
    k += delta;
    keys.push(k);
  }
  return keys;
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
