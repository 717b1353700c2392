/**
 * Romanisation of Ukrainian and Russian names, in the several spellings the press actually uses,
 * so one person's aliases differ the way real ones do: Андрій Зеленський is "Andrii Zelenskyi"
 * (Ukraine's official 2010 system), "Andriy Zelensky" (common press usage) or "Andriy Zelenskyy".
 */

export type Romanisation = 'uk-official' | 'uk-press' | 'uk-double-y' | 'ru-standard' | 'ru-press';

const UK_BASE: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'y', і: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ь: '', "'": '', '’': '',
};
/** Ukrainian iotated letters: [word-initial, elsewhere] in the official system. */
const UK_IOTATED: Record<string, [string, string]> = { є: ['ye', 'ie'], ї: ['yi', 'i'], й: ['y', 'i'], ю: ['yu', 'iu'], я: ['ya', 'ia'] };

const RU_BASE: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const RU_VOWELS = new Set([...'аеёиоуыэюяьъ']);

function capitalise(piece: string, upper: boolean): string {
  return upper && piece ? piece[0]!.toUpperCase() + piece.slice(1) : piece;
}

function ukrainianWord(word: string, system: Romanisation): string {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const upper = word[i] !== ch;
    const next = lower[i + 1];
    const final = next === undefined;
    let piece: string;
    if (system !== 'uk-official' && (ch === 'и' || ch === 'і') && next === 'й' && i + 2 === lower.length) {
      // Press spellings of the -ий/-ій endings: Zelensky / Zelenskyy, Andriy.
      piece = ch === 'и' ? (system === 'uk-double-y' ? 'yy' : 'y') : 'iy';
      out += capitalise(piece, upper);
      i++;
      continue;
    }
    if (ch in UK_IOTATED) {
      const [initial, inner] = UK_IOTATED[ch]!;
      piece = i === 0 || system !== 'uk-official' ? initial : inner;
    } else if (ch === 'г' && lower[i - 1] === 'з' && system === 'uk-official') piece = 'gh';
    else piece = UK_BASE[ch] ?? ch;
    if (final && piece === '' && !out) piece = ch;
    out += capitalise(piece, upper);
  }
  return out;
}

function russianWord(word: string, system: Romanisation): string {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const upper = word[i] !== ch;
    const next = lower[i + 1];
    const prev = lower[i - 1];
    let piece: string;
    if (next === 'й' && i + 2 === lower.length && (ch === 'и' || ch === 'ы' || ch === 'е')) {
      // Endings: Dmitriy/Dmitry, Pokrovskiy/Pokrovsky, Sergey/Sergei.
      if (ch === 'е') piece = system === 'ru-press' ? 'ei' : 'ey';
      else if (ch === 'ы') piece = 'y';
      else piece = system === 'ru-press' ? 'y' : 'iy';
      out += capitalise(piece, upper);
      i++;
      continue;
    }
    if (ch === 'е' && (i === 0 || (prev !== undefined && RU_VOWELS.has(prev)))) piece = 'ye';
    else if (ch === 'к' && next === 'с' && system === 'ru-press') {
      piece = 'x';
      i++;
    } else if (ch === 'ё' && system === 'ru-press') piece = 'e';
    else piece = RU_BASE[ch] ?? ch;
    out += capitalise(piece, upper);
  }
  return out;
}

/** Words repeat a lot (given names, surname stems): 100k entities romanise far fewer distinct ones. */
const cache = new Map<string, string>();

/** Romanises every Cyrillic word of `text`; other characters (spaces, hyphens, dots) stay. */
export function romanise(text: string, system: Romanisation): string {
  const word = system.startsWith('uk') ? ukrainianWord : russianWord;
  return text.replace(/[\p{Script=Cyrillic}'’]+/gu, (w) => {
    const key = `${system}:${w}`;
    let out = cache.get(key);
    if (out === undefined) cache.set(key, (out = word(w, system)));
    return out;
  });
}
