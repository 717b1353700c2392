/**
 * Renders a Western name in Cyrillic the way Ukrainian or Russian media roughly write foreign
 * names ("Klaus Hartmann" → "Клаус Гартманн" / "Клаус Хартманн"). Approximate by design: the point
 * is a realistic share of Cyrillic aliases for non-Slavic people, not a reference transcription.
 */

export type Culture = 'de' | 'fr' | 'pl' | 'en';
export type Script = 'uk' | 'ru';

/** Where Russian spelling differs from Ukrainian: h is х, i and y are и. */
const RUSSIAN: [string, string][] = [['ia', 'ия'], ['io', 'ио'], ['y', 'и'], ['h', 'х'], ['i', 'и']];

/** Longest patterns first; per-culture entries override the common ones. */
const COMMON: [string, string][] = [
  ['tsch', 'ч'], ['sch', 'ш'], ['cq', 'к'], ['sh', 'ш'], ['th', 'т'], ['ph', 'ф'], ['ck', 'к'], ['qu', 'кв'], ['x', 'кс'],
  ['ya', 'я'], ['yu', 'ю'], ['ia', 'ія'], ['io', 'іо'], ['ß', 'с'], ['ä', 'е'], ['ö', 'е'], ['ü', 'ю'],
  ['é', 'е'], ['è', 'е'], ['ê', 'е'], ['ë', 'е'], ['à', 'а'], ['â', 'а'], ['ç', 'с'], ['î', 'і'], ['ï', 'і'],
  ['ô', 'о'], ['û', 'у'], ['ù', 'у'], ['ł', 'л'], ['ś', 'сь'], ['ć', 'ць'], ['ń', 'нь'], ['ź', 'ж'], ['ż', 'ж'],
  ['ą', 'он'], ['ę', 'ен'], ['ó', 'у'], ['y', 'і'], ['w', 'в'], ['g', 'г'], ['h', 'г'], ['a', 'а'], ['b', 'б'],
  ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['i', 'і'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'],
  ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'], ['z', 'з'], ['j', 'дж'],
];

const BY_CULTURE: Record<Culture, [string, string][]> = {
  de: [['jü', 'ю'], ['ch', 'х'], ['ie', 'і'], ['ei', 'ай'], ['eu', 'ой'], ['ja', 'я'], ['jo', 'йо'], ['ju', 'ю'], ['j', 'й'], ['z', 'ц']],
  fr: [['eau', 'о'], ['ie', 'і'], ['ch', 'ш'], ['ou', 'у'], ['au', 'о'], ['ai', 'е'], ['oi', 'уа'], ['j', 'ж']],
  pl: [['szcz', 'щ'], ['ci', 'ці'], ['ch', 'х'], ['cz', 'ч'], ['sz', 'ш'], ['rz', 'ж'], ['ja', 'я'], ['ju', 'ю'], ['j', 'й'], ['y', 'и']],
  en: [['wh', 'в'], ['ch', 'ч'], ['ow', 'оу'], ['oo', 'у'], ['ee', 'і'], ['ea', 'і']],
};

const cache = new Map<string, [string, string][]>();

function table(culture: Culture, script: Script): [string, string][] {
  const key = `${culture}-${script}`;
  let t = cache.get(key);
  if (!t) {
    // Sorted by length, longest first; a stable sort keeps the earlier (more specific) list first.
    t = [...(script === 'ru' ? RUSSIAN : []), ...BY_CULTURE[culture], ...COMMON].sort((a, b) => b[0].length - a[0].length);
    cache.set(key, t);
  }
  return t;
}

function word(text: string, culture: Culture, script: Script): string {
  let lower = text.toLowerCase();
  // English and French final e after a consonant is silent: Wallace → Валлас.
  if ((culture === 'en' || culture === 'fr') && lower.length > 3) {
    if (lower.endsWith('ce')) lower = `${lower.slice(0, -2)}s`;
    else if (/[^aeiouy]e$/.test(lower)) lower = lower.slice(0, -1);
  }
  const rules = table(culture, script);
  let out = '';
  for (let i = 0; i < lower.length; ) {
    const ch = lower[i]!;
    const rule = rules.find(([from]) => lower.startsWith(from, i));
    if (rule) {
      out += rule[1];
      i += rule[0].length;
    } else {
      // A lone c before e, i or y sounds like s in every one of these languages.
      out += ch === 'c' ? ('eiy'.includes(lower[i + 1] ?? '-') ? 'с' : 'к') : ch;
      i++;
    }
  }
  return out ? out[0]!.toUpperCase() + out.slice(1) : out;
}

/** Names repeat their words a lot: each distinct one is rendered once. */
const words = new Map<string, string>();

/** Cyrillic form of every Latin word in `text`; apostrophes, hyphens and spaces stay. */
export function cyrillize(text: string, culture: Culture, script: Script = 'uk'): string {
  return text.replace(/[\p{Script=Latin}]+/gu, (w) => {
    const key = `${culture}-${script}:${w}`;
    let out = words.get(key);
    if (out === undefined) words.set(key, (out = word(w, culture, script)));
    return out;
  });
}
