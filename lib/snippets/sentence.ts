/**
 * The sentence around a stretch of page text: what the popover saves for the mention it shows.
 * A sentence ends at . ! ? or … followed by white space (or a closing quote or bracket and white
 * space), and never runs past a block boundary ("\n" in page text). Very long sentences are cut
 * to MAX_SENTENCE characters around the mention, at word boundaries.
 */

export const MAX_SENTENCE = 600;

const END = /[.!?…]["'”’»)\]]*\s/g;

export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const blockStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const blockEnd = nl < 0 ? text.length : nl;
  let s = blockStart;
  let e = blockEnd;
  END.lastIndex = blockStart;
  for (let m = END.exec(text); m && m.index < blockEnd; m = END.exec(text)) {
    const after = m.index + m[0].length;
    if (after <= start) s = after;
    else if (m.index >= end - 1 && after > end) {
      e = m.index + m[0].length - 1;
      break;
    }
  }
  if (e - s > MAX_SENTENCE) {
    const room = Math.max(0, (MAX_SENTENCE - (end - start)) >> 1);
    const cutStart = Math.max(s, start - room);
    const cutEnd = Math.min(e, end + room);
    s = cutStart > s ? wordStart(text, cutStart, start) : s;
    e = cutEnd < e ? wordEnd(text, cutEnd, end) : e;
  }
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

function wordStart(text: string, at: number, limit: number): number {
  const space = text.indexOf(' ', at);
  return space >= 0 && space < limit ? space + 1 : at;
}

function wordEnd(text: string, at: number, limit: number): number {
  const space = text.lastIndexOf(' ', at);
  return space > limit ? space : at;
}
