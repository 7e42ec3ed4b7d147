/**
 * Latin spellings of names written in other scripts, so `almaty su` finds `Алматы Су`.
 *
 * - Cyrillic: the BGN/PCGN romanisation of Russian (ж zh, х kh, ц ts, ч ch, ш sh, щ shch,
 *   ю yu, я ya; hard and soft signs dropped), which is what English-language press and most
 *   customers' own websites use, extended with the Ukrainian, Belarusian, Kazakh, Kyrgyz, Uzbek
 *   and Serbian/Macedonian letters by the same body's tables (і i, ї yi, є ye, ґ g, ў w,
 *   ә a, ғ gh, қ q, ң ng, ө o, ұ u, ү u, һ h, ј j, љ lj, њ nj, ћ c, ђ dj, џ dz).
 * - Greek: ELOT 743 / ISO 843 (type 2, transcription): αι ai, ου ou, μπ b at a word start,
 *   ντ d at a word start, γγ ng, χ ch, ψ ps, θ th.
 * - Arabic, Persian and Hebrew are written without most vowels, so a Latin spelling cannot be
 *   derived letter for letter (محمد is Muhammad, Mohamed, Mohammed…). Both sides are reduced
 *   to a consonant skeleton instead: the UNGEGN consonant values (ح h, خ kh, ش sh, ث th,
 *   ذ dh, غ gh, ق q, ص s, ض d, ط t, ظ z; Hebrew כ k, ח kh, צ ts, ש sh…), then every vowel
 *   letter (a e i o u y w) and glottal stop dropped and doubled letters collapsed on both
 *   sides: `mohammed` and محمد both become `mhmd`, `abdullah` and عبدالله both `bdlh`.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'w',
  ә: 'a',
  ғ: 'gh',
  қ: 'q',
  ң: 'ng',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  ђ: 'dj',
  џ: 'dz',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
};

const GREEK_PAIRS: [RegExp, string][] = [
  [/^μπ/, 'b'],
  [/^ντ/, 'd'],
  [/αι/g, 'ai'],
  [/ει/g, 'ei'],
  [/οι/g, 'oi'],
  [/ου/g, 'ou'],
  [/αυ/g, 'av'],
  [/ευ/g, 'ev'],
  [/γγ/g, 'ng'],
  [/γκ/g, 'gk'],
  [/μπ/g, 'mp'],
  [/ντ/g, 'nt'],
];
const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

// Vowel letters (ا و ي, א ו י ע) are dropped in the skeleton, like Latin vowels.
const ARABIC_HEBREW: Record<string, string> = {
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  گ: 'g',
  ב: 'b',
  ג: 'g',
  ד: 'd',
  ה: 'h',
  ז: 'z',
  ח: 'kh',
  ט: 't',
  כ: 'k',
  ך: 'k',
  ל: 'l',
  מ: 'm',
  ם: 'm',
  נ: 'n',
  ן: 'n',
  ס: 's',
  פ: 'p',
  ף: 'f',
  צ: 'ts',
  ץ: 'ts',
  ק: 'k',
  ר: 'r',
  ש: 'sh',
  ת: 't',
};

const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/**
 * Ukrainian words (those with і, ї, є or ґ) follow Ukraine's own national romanisation (Cabinet
 * of Ministers resolution No. 55 of 2010): г h, и y, and ї є й ю я as yi ye y yu ya at a word
 * start, i ie i iu ia inside it — so Київ is `kyiv`, as on the city's own signs.
 */
const UKRAINIAN: Record<string, [string, string]> = {
  г: ['h', 'h'],
  и: ['y', 'y'],
  ї: ['yi', 'i'],
  є: ['ye', 'ie'],
  й: ['y', 'i'],
  ю: ['yu', 'iu'],
  я: ['ya', 'ia'],
};
const UKRAINIAN_WORD = /[іїєґ]/;

/** A folded Cyrillic or Greek word in Latin letters; undefined for any other word. */
export function romanize(word: string): string | undefined {
  if (!CYRILLIC_OR_GREEK.test(word)) return undefined;
  const ukrainian = UKRAINIAN_WORD.test(word);
  let w = word;
  for (const [re, to] of GREEK_PAIRS) w = w.replace(re, to);
  let out = '';
  let first = true;
  for (const ch of w) {
    const uk = ukrainian ? UKRAINIAN[ch] : undefined;
    out += uk ? uk[first ? 0 : 1] : (CYRILLIC[ch] ?? GREEK[ch] ?? ch);
    first = false;
  }
  return out;
}

/** Per character, for highlighting: the Latin letters each character stands for. */
export function romanizeChar(ch: string): string | undefined {
  return CYRILLIC[ch] ?? GREEK[ch];
}

const ARABIC_OR_HEBREW = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/** The consonant skeleton of a folded Arabic, Persian or Hebrew word; undefined otherwise. */
export function arabicSkeleton(word: string): string | undefined {
  if (!ARABIC_OR_HEBREW.test(word)) return undefined;
  let out = '';
  for (const ch of word) out += ARABIC_HEBREW[ch] ?? '';
  return collapse(out) || undefined;
}

/** The same skeleton of a Latin word as a user types it (`Mohammed` → `mhmd`). */
export function latinSkeleton(word: string): string {
  return collapse(word.replace(/[aeiouyw'`’ʿʾ]/g, ''));
}

/**
 * Letters one script spells two ways meet: Hebrew ב is b or v, פ p or f, כ k or kh; Arabic ق
 * is q or k. Doubled letters collapse (shadda is not written).
 */
const collapse = (s: string) =>
  s
    .replace(/kh|ch|q|c/g, 'k')
    .replace(/v/g, 'b')
    .replace(/f/g, 'p')
    .replace(/(.)\1+/g, '$1');
