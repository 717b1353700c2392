/**
 * Base64 for the lexicon table and parts: extension messages and the cache carry JSON-safe
 * strings, not binary. Native where the engine has it; otherwise table-driven, because
 * btoa/atob over a binary string cost a second per ten megabytes in Node, where the benchmark
 * and the tests compile lexicons.
 */

type WithBase64 = Uint8Array & { toBase64?: () => string };
type Base64Ctor = typeof Uint8Array & { fromBase64?: (s: string) => Uint8Array };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const DECODE = new Uint8Array(256);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
const PAD = 0x3d; // =

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as WithBase64).toBase64;
  if (native) return native.call(bytes);
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const x = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = ENCODE[x >>> 18]!;
    out[o++] = ENCODE[(x >>> 12) & 63]!;
    out[o++] = ENCODE[(x >>> 6) & 63]!;
    out[o++] = ENCODE[x & 63]!;
  }
  if (i < n) {
    const x = (bytes[i]! << 16) | (i + 1 < n ? bytes[i + 1]! << 8 : 0);
    out[o++] = ENCODE[x >>> 18]!;
    out[o++] = ENCODE[(x >>> 12) & 63]!;
    out[o++] = i + 1 < n ? ENCODE[(x >>> 6) & 63]! : PAD;
    out[o++] = PAD;
  }
  // All ASCII, so UTF-8 decoding gives the same string: the fastest decoder in Node by far.
  return new TextDecoder().decode(out);
}

export function base64ToBytes(text: string): Uint8Array {
  const native = (Uint8Array as Base64Ctor).fromBase64;
  if (native) return native(text);
  const codes = new TextEncoder().encode(text);
  let end = codes.length;
  while (end > 0 && codes[end - 1] === PAD) end--;
  const bytes = new Uint8Array((end * 3) >>> 2);
  let o = 0;
  let i = 0;
  for (; i + 3 < end; i += 4) {
    const x = (DECODE[codes[i]!]! << 18) | (DECODE[codes[i + 1]!]! << 12) | (DECODE[codes[i + 2]!]! << 6) | DECODE[codes[i + 3]!]!;
    bytes[o++] = x >>> 16;
    bytes[o++] = (x >>> 8) & 0xff;
    bytes[o++] = x & 0xff;
  }
  if (i < end) {
    let x = 0;
    for (let k = 0; k < 4; k++) x = (x << 6) | (i + k < end ? DECODE[codes[i + k]!]! : 0);
    for (let k = 0; o < bytes.length; k++) bytes[o++] = (x >>> (16 - 8 * k)) & 0xff;
  }
  return bytes;
}
