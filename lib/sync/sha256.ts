/**
 * SHA-256 of a data file, as the manifest states it: lower-case hex. WebCrypto, so the same code
 * runs in the extension and in Node 20 (the maintainer CLI) without a hashing library.
 */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  // subtle.digest wants a view over a plain ArrayBuffer; a Uint8Array may sit on a shared one.
  const data = bytes instanceof Uint8Array ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
