/** A translated sentence with values from the data substituted, each in a `<bdi>` of its own (see bidi.ts). */
import { t } from './i18n';

/** Marks where a value goes; private-use characters, which no translation contains. */
const MARK = /\uE000(\d+)\uE001/;

export function IsolatedText({ msg, values }: { msg: string; values: readonly string[] }) {
  const parts = t(
    msg,
    values.map((_, i) => `\uE000${i}\uE001`),
  ).split(MARK);
  // split with a capture group: text, index, text, index, …, text.
  return <>{parts.map((part, i) => (i % 2 === 1 ? <bdi key={i}>{values[Number(part)]}</bdi> : part))}</>;
}
