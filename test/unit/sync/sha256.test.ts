/** sha256Hex against the FIPS 180-2 test vectors, and over every kind of input it accepts. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../lib/sync/sha256';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ])('hashes the known vector %#', async (input, hex) => {
    expect(await sha256Hex(utf8(input))).toBe(hex);
    expect(await sha256Hex(utf8(input).buffer)).toBe(hex);
  });

  it('hashes only the bytes a Uint8Array view covers', async () => {
    const whole = utf8('xxabcxx');
    expect(await sha256Hex(whole.subarray(2, 5))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with node:crypto on non-ASCII text', async () => {
    const text = 'Володимир Зеленський — «Київ» 🇺🇦';
    expect(await sha256Hex(utf8(text))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});
