/**
 * The one word splitter (tokenize.ts's rules): words read into typed arrays that are reused from
 * one run of text to the next, since the matcher reads every word of a page and an object per
 * word was most of its garbage. tokenize() builds its Token objects from these spans. ASCII is
 * classified inline; other characters go through chars.ts.
 */
import { charClass, charWidth, FORMAT, OTHER, WORD } from './chars';

/** 1 for ASCII letters and digits, the only ASCII word characters (chars.ts): one load, no call per character. */
const ASCII_WORD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_WORD[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;

export class WordSpans {
  /** Offsets of word `i` in the text: starts[i] to ends[i]. */
  starts = new Int32Array(512);
  ends = new Int32Array(512);
  /** 1 when word `i` has no format characters, so its key is the text itself (Token.plain). */
  plain = new Uint8Array(512);
  count = 0;

  /** Splits `text` into words: runs of word characters, format characters inside a word kept in its span. */
  read(text: string): void {
    const n = text.length;
    let count = 0;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (!ASCII_WORD[c]) {
          i++;
          continue;
        }
      } else if (charClass(text, i) !== WORD) {
        i += charWidth(text, i);
        continue;
      }
      const start = i;
      let end = i;
      let plain = true;
      while (i < n) {
        const u = text.charCodeAt(i);
        if (u < 0x80) {
          if (!ASCII_WORD[u]) break;
          end = ++i;
          continue;
        }
        const cls = charClass(text, i);
        if (cls === OTHER) break;
        i += charWidth(text, i);
        if (cls === WORD) end = i;
        else plain = false;
      }
      // Format characters after the last letter are not part of the word.
      if (!plain) plain = !hasFormat(text, start, end);
      if (count === this.starts.length) this.grow();
      this.starts[count] = start;
      this.ends[count] = end;
      this.plain[count] = plain ? 1 : 0;
      count++;
      i = end;
    }
    this.count = count;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const plain = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    plain.set(this.plain);
    this.starts = starts;
    this.ends = ends;
    this.plain = plain;
  }
}

function hasFormat(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += charWidth(text, i)) if (charClass(text, i) === FORMAT) return true;
  return false;
}
