// A contact's language as people write it in a customer list: a code ("de", "de_DE", "deu"), an
// English or Chinese name ("German", "德语", "德文") or the language's own name ("Deutsch"). Names
// come from CLDR through Intl.DisplayNames, so no hand-kept list can drift.

/** The languages whose names for other languages are looked up (the sheet writers' languages). */
const NAMING = ['en', 'zh-Hans', 'zh-Hant', 'de', 'fr', 'es', 'pt', 'it', 'ru', 'ja', 'ko', 'ar'];

/** Regional and script variants sales lists name on their own ("Brazilian Portuguese", "繁体中文"). */
const VARIANTS = ['zh-Hans', 'zh-Hant', 'pt-BR', 'pt-PT', 'en-US', 'en-GB', 'es-MX', 'fr-CA'];

const key = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '');

const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

let lookup: Map<string, string> | null = null;

function table(): Map<string, string> {
  if (lookup) return lookup;
  lookup = new Map();
  const add = (name: string | undefined, code: string) => {
    if (name && !lookup?.has(key(name))) lookup?.set(key(name), code);
  };
  // Every two-letter language CLDR can name (about 190).
  const codes: string[] = [];
  for (let a = 97; a <= 122; a++)
    for (let b = 97; b <= 122; b++) {
      const code = String.fromCharCode(a, b);
      if (englishNames.of(code)) codes.push(code);
    }
  for (const lang of NAMING) {
    const names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' });
    for (const code of [...codes, ...VARIANTS]) add(names.of(code), code);
  }
  for (const code of codes) {
    try {
      add(new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code), code);
    } catch {
      // an engine without data for this language: its own name is simply not known
    }
  }
  // "德文", "英文": Chinese writes a language as …语 or …文 alike.
  for (const [name, code] of [...lookup])
    if (/\p{Script=Han}语$/u.test(name)) add(`${name.slice(0, -1)}文`, code);
  // Everyday forms CLDR does not list.
  for (const [alias, code] of Object.entries({
    chinese: 'zh',
    mandarin: 'zh',
    普通话: 'zh',
    国语: 'zh',
    汉语: 'zh',
    华语: 'zh',
    中文: 'zh',
    简体: 'zh-Hans',
    繁体: 'zh-Hant',
    cantonese: 'yue',
    粤语: 'yue',
    广东话: 'yue',
    farsi: 'fa',
    brazilian: 'pt-BR',
  }))
    add(alias, code);
  return lookup;
}

/** A BCP 47 tag whose language CLDR knows, canonicalised ("de_de" → "de-DE"); else null. */
function asCode(text: string): string | null {
  if (!/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(text)) return null;
  try {
    const [tag] = Intl.getCanonicalLocales(text.replace(/_/g, '-'));
    if (!tag) return null;
    const language = new Intl.Locale(tag).language;
    return englishNames.of(language) ? tag : null;
  } catch {
    return null;
  }
}

/** The BCP 47 tag a spreadsheet cell names, or null when it names no language we know. */
export function languageCodeOf(text: string): string | null {
  const s = text.normalize('NFC').trim();
  if (!s) return null;
  return table().get(key(s)) ?? asCode(s);
}

/** The languages of one cell: "English / German", "英语、德语" → ['en', 'de']; unknown ones apart. */
export function languagesOf(text: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[,;，；、/|]+|\s+(?:and|und|&)\s+|和/)) {
    const p = part.trim();
    if (!p) continue;
    const code = languageCodeOf(p);
    if (!code) unknown.push(p);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}
