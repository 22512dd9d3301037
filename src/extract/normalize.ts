/**
 * Normalisation of numbers, dates and currencies as they appear on invoices in many locales.
 * Pure functions: no state, no I/O.
 */

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

const GROUP_CHARS = /[\s\u00a0\u202f'’`]/g;
const PLAIN_NUMBER = /^\d+(?:\.\d{1,2})?$/;

/**
 * Parses `1.234,56`, `1,234.56`, `1 234,56`, `1'234.56`, `-12`, `(12.00)`, `12.00-`, `12,-`.
 * `decimal` forces the decimal separator; without it the last `.`/`,` followed by 1–2 digits
 * (or any digits when the other separator also occurs) is the decimal point.
 * Returns null when the text is not a number.
 */
export function parseNumber(text: string, decimal?: '.' | ','): number | null {
  // Digits with at most two decimals after a point (most amounts a page prints) read the same by every rule below.
  if (decimal === undefined && PLAIN_NUMBER.test(text)) return Number(text);
  let s = text.trim();
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  s = s.replace(/^[^\d+\-−.,]+/, '').replace(/[^\d.,\-−]+$/, '');
  if (/^[-−]/.test(s)) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (/[-−]$/.test(s)) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  s = s.replace(/[.,]-$/, '');
  s = s.replace(GROUP_CHARS, '');
  if (!/^\d[\d.,]*$|^[.,]\d+$/.test(s)) return null;
  let dec: string | null = null;
  if (decimal) dec = decimal;
  else {
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) dec = lastDot > lastComma ? '.' : ',';
    else {
      const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
      if (sep) {
        const count = s.split(sep).length - 1;
        const after = s.length - s.lastIndexOf(sep) - 1;
        // One separator with exactly three digits after it and a short head is a thousands separator.
        const head = s.slice(0, s.indexOf(sep));
        if (count > 1) dec = null;
        else if (after === 3 && head.length <= 3 && head !== '0') dec = null;
        else dec = sep;
      }
    }
  }
  let normal: string;
  if (dec) {
    const i = s.lastIndexOf(dec);
    const intPart = s.slice(0, i).replace(/[.,]/g, '');
    const frac = s.slice(i + 1);
    if (/[.,]/.test(frac)) return null;
    normal = `${intPart || '0'}.${frac || '0'}`;
  } else normal = s.replace(/[.,]/g, '');
  const n = Number(normal);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

/** Rounds to cents, to compare amounts without float noise. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Two amounts that are the same to the cent (printed amounts and their sums, float noise aside). */
export const nearAmount = (a: number, b: number): boolean => Math.abs(a - b) < 0.015;

/** Two amounts equal to the cent (both already rounded to cents: float noise aside, no cent apart). */
export const sameCents = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

/** Removes accents and lowercases, for month-name lookups. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const MONTH_NAMES: Record<string, string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  de: ['januar', 'februar', 'marz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  fr: ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'wrzesnia', 'pazdziernika', 'listopada', 'grudnia'],
  plNom: ['styczen', 'luty', 'marzec', 'kwiecien', 'maj', 'czerwiec', 'lipiec', 'sierpien', 'wrzesien', 'pazdziernik', 'listopad', 'grudzien'],
};
const EXTRA_ABBR: Record<string, number> = {
  sept: 9, mrz: 3, maerz: 3, okt: 10, dez: 12, janv: 1, fevr: 2, avr: 4, juil: 7, mrt: 3, ene: 1, dic: 12, gen: 1, ago: 8, set: 9, ott: 10, fev: 2, out: 10, dez_: 12, sty: 1, lut: 2, kwi: 4, cze: 6, lip: 7, sie: 8, wrz: 9, paz: 10, lis: 11, gru: 12,
};

const MONTHS = new Map<string, number>();
for (const names of Object.values(MONTH_NAMES)) {
  names.forEach((name, i) => {
    MONTHS.set(name, i + 1);
    if (name.length > 3 && !MONTHS.has(name.slice(0, 3))) MONTHS.set(name.slice(0, 3), i + 1);
    if (name.length > 4 && !MONTHS.has(name.slice(0, 4))) MONTHS.set(name.slice(0, 4), i + 1);
  });
}
for (const [k, v] of Object.entries(EXTRA_ABBR)) MONTHS.set(k.replace(/_$/, ''), v);
// Austrian German writes January and February as Jänner and Feber (folded: janner, feber).
MONTHS.set('janner', 1);
MONTHS.set('feber', 2);
// "mar" is March in en/fr/es/it; "mai" is May; conflicts were resolved by first-wins above (English first).
/**
 * Danish, Norwegian, Swedish, Czech, Estonian, Latvian and Lithuanian month names, full forms only
 * (Czech writes the genitive in a date, "10. dubna 2025"): their short prefixes (pro, led, srp, kov
 * ...) are ordinary words elsewhere.
 */
const FULL_ONLY: Record<string, string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  cs: ['ledna', 'unora', 'brezna', 'dubna', 'kvetna', 'cervna', 'cervence', 'srpna', 'zari', 'rijna', 'listopadu', 'prosince'],
  csNom: ['leden', 'unor', 'brezen', 'duben', 'kveten', 'cerven', 'cervenec', 'srpen', 'zari', 'rijen', 'listopad', 'prosinec'],
  et: ['jaanuar', 'veebruar', 'marts', 'aprill', 'mai', 'juuni', 'juuli', 'august', 'september', 'oktoober', 'november', 'detsember'],
  // Latvian: nominative ("5. marts"), genitive ("marta") and locative ("5. martā"), accents folded.
  lv: ['janvaris', 'februaris', 'marts', 'aprilis', 'maijs', 'junijs', 'julijs', 'augusts', 'septembris', 'oktobris', 'novembris', 'decembris'],
  lvGen: ['janvara', 'februara', 'marta', 'aprila', 'maija', 'junija', 'julija', 'augusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
  lvLoc: ['janvari', 'februari', 'marta', 'aprili', 'maija', 'junija', 'julija', 'augusta', 'septembri', 'oktobri', 'novembri', 'decembri'],
  // Lithuanian: a date names the month in the genitive ("2025 m. kovo 5 d."); the nominative on its own.
  lt: ['sausio', 'vasario', 'kovo', 'balandzio', 'geguzes', 'birzelio', 'liepos', 'rugpjucio', 'rugsejo', 'spalio', 'lapkricio', 'gruodzio'],
  ltNom: ['sausis', 'vasaris', 'kovas', 'balandis', 'geguze', 'birzelis', 'liepa', 'rugpjutis', 'rugsejis', 'spalis', 'lapkritis', 'gruodis'],
  // Cyrillic: Ukrainian and Russian write the genitive in a date ("12 квітня 2025 р.", "5 марта 2025 г."),
  // Bulgarian, Serbian and Macedonian the nominative ("12 април 2025 г."). Folded: й as и, ї as і.
  uk: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  ukNom: ['січень', 'лютий', 'березень', 'квітень', 'травень', 'червень', 'липень', 'серпень', 'вересень', 'жовтень', 'листопад', 'грудень'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ruNom: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  bg: ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  sr: ['јануар', 'фебруар', 'март', 'април', 'мај', 'јун', 'јул', 'август', 'септембар', 'октобар', 'новембар', 'децембар'],
  mk: ['јануари', 'февруари', 'март', 'април', 'мај', 'јуни', 'јули', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  // Greek writes the genitive in a date ("12 Απριλίου 2025"), accents folded.
  el: ['ιανουαριου', 'φεβρουαριου', 'μαρτιου', 'απριλιου', 'μαιου', 'ιουνιου', 'ιουλιου', 'αυγουστου', 'σεπτεμβριου', 'οκτωβριου', 'νοεμβριου', 'δεκεμβριου'],
};
for (const names of Object.values(FULL_ONLY)) names.forEach((name, i) => { if (!MONTHS.has(fold(name))) MONTHS.set(fold(name), i + 1); });

/** Month number (1–12) from a name or abbreviation in en/de/fr/nl/es/it/pt/pl (full names of the languages above too), or null. */
export function monthFromName(name: string): number | null {
  const k = fold(name).replace(/\.$/, '');
  return MONTHS.get(k) ?? null;
}

/** The month numbers whose names `near(word, name)` holds for (a misread month name: fields/misread-dates.ts); none when `word` is one. */
export function monthsNear(word: string, near: (word: string, name: string) => boolean): Set<number> {
  const w = fold(word);
  if (MONTHS.has(w)) return new Set();
  return new Set([...MONTHS].filter(([name]) => near(w, name)).map(([, n]) => n));
}

/** Regex source matching any month word (letters incl. accents), validated with monthFromName. */
export const MONTH_WORD = "[A-Za-zÀ-ÿąćęłńóśźżĄĆĘŁŃÓŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽāēīūļņķģėįųĀĒĪŪĻŅĶĢĖĮŲ\\u0370-\\u03ff\\u1f00-\\u1fff\\u0400-\\u04ff]{3,12}\\.?";

export type DateOrder = 'DMY' | 'MDY' | 'YMD';

export interface ParsedDate {
  iso: string;
  /** True when day and month could be swapped (both ≤ 12, numeric form, no decisive separator). */
  ambiguous: boolean;
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const NUMERIC_YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
const NUMERIC_XXY = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?:\s.*)?$/;
const NAMED_DMY = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?\\s*(?:de\\s+|-|/)?(${MONTH_WORD})\\s*,?\\s*(?:de\\s+|-|/)?(\\d{4}|\\d{2})$`, 'i');
const NAMED_MDY = new RegExp(`^(${MONTH_WORD})\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})$`, 'i');
const NAMED_YMD = new RegExp(`^(\\d{4})[-\\s](${MONTH_WORD})[-\\s](\\d{1,2})$`, 'i');
/** Latvian: the year, "gada" (of the year), the day, the month ("2025. gada 5. marts", "2025.g. 5. martā"). */
const LATVIAN_YDM = new RegExp(`^(\\d{4})\\.? ?(?:gada|g\\.) ?(\\d{1,2})\\. ?(${MONTH_WORD})$`, 'i');
/** Lithuanian: the year, "m." (metai), the month, the day, "d." (diena) ("2025 m. kovo 5 d."). */
const LITHUANIAN_YMD = new RegExp(`^(\\d{4}) ?m\\. ?(${MONTH_WORD}) ?(\\d{1,2}) ?d\\.?$`, 'i');
/** The dates written with a month name, each with the groups of its year, month and day. */
const NAMED: Array<[RegExp, number, number, number]> = [
  [NAMED_DMY, 3, 2, 1],
  [NAMED_MDY, 3, 1, 2],
  [NAMED_YMD, 1, 2, 3],
  [LATVIAN_YDM, 1, 3, 2],
  [LITHUANIAN_YMD, 1, 2, 3],
];

/**
 * Parses one date string to ISO. `order` decides numeric dates where day and month are both ≤ 12
 * (default DMY); a part > 12 or a `.` separator (European style) overrides it.
 */
export function parseDate(text: string, order: DateOrder = 'DMY'): ParsedDate | null {
  const s = text.trim().replace(/\s+/g, ' ').replace(/^[A-Za-zÀ-ÿ]+,\s*(?=\d|[A-Za-z])/, (w) => (monthFromName(w.replace(/,\s*$/, '')) ? w : ''));
  let m = NUMERIC_YMD.exec(s);
  if (m) {
    const r = iso(+m[1], +m[2], +m[3]);
    return r ? { iso: r, ambiguous: false } : null;
  }
  m = NUMERIC_XXY.exec(s);
  if (m) {
    const a = +m[1];
    const b = +m[3];
    const y = +m[4];
    if (a > 12 && b <= 12) return wrap(iso(y, b, a), false);
    if (b > 12 && a <= 12) return wrap(iso(y, a, b), false);
    if (a === b) return wrap(iso(y, a, b), false);
    if (m[2] === '.') return wrap(iso(y, b, a), false);
    return order === 'MDY' ? wrap(iso(y, a, b), true) : wrap(iso(y, b, a), true);
  }
  for (const [re, y, mo, d] of NAMED) {
    m = re.exec(s);
    const month = m ? monthFromName(m[mo]) : null;
    if (m && month) return wrap(iso(+m[y], month, +m[d]), false);
  }
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return wrap(iso(+m[1], +m[2], +m[3]), false);
  return null;
}

function wrap(r: string | null, ambiguous: boolean): ParsedDate | null {
  return r ? { iso: r, ambiguous } : null;
}

/** Regex source that finds date-like substrings in running text (validated by parseDate). */
// A date never ends inside a number either: "FV/2025/03/015" holds no 2025-03-01, and "Settembre 2,
// 16121 Genova" (a street number, then a postcode) no 2 September 1612.
export const DATE_IN_TEXT = [
  '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)',
  // Nor runs on into more groups of digits: "05.22.95.66.66" is a phone number, no 22 May 1995.
  '\\d{1,2}\\s?[-/.]\\s?\\d{1,2}\\s?[-/.]\\s?(?:\\d{4}|\\d{2})(?![\\d]|[-/.]\\d{2}[-/.]\\d)',
  // (A till writes "14/Jun/2017" with slashes.)
  `\\d{1,2}(?:st|nd|rd|th|er)?\\.?\\s*(?:de\\s+|-|/)?${MONTH_WORD}\\s*,?\\s*(?:de\\s+|-|/)?(?:\\d{4}(?!\\d)|\\d{2}(?![\\d:]))`,
  // A month word starts a word: "Voorhout 8, 2514" holds no "out(ubro) 8, 2514".
  `(?<![\\p{L}])${MONTH_WORD}\\s*\\d{1,2}(?:st|nd|rd|th)?\\s*,?\\s*\\d{4}(?!\\d)`,
  // Latvian and Lithuanian written dates: "2025. gada 5. marts", "2025 m. kovo 5 d.".
  `\\d{4}\\.?\\s*(?:gada|g\\.)\\s*\\d{1,2}\\.\\s*${MONTH_WORD}(?![\\p{L}])`,
  `\\d{4}\\s*m\\.\\s*${MONTH_WORD}\\s*\\d{1,2}\\s*d\\.?(?![\\p{L}])`,
].join('|');

/**
 * Shared by dateCandidates (synchronous: its lastIndex is reset on every call). A date never starts
 * inside a number: without the guard, OCR's impossible "26/14/2017" was read from its second digit
 * on as 6/14/2017, a confident wrong date where the page holds none.
 */
const HAS_DIGIT = /\d/;
const DATE_CANDIDATE = new RegExp(`(?<!\\d)(?:${DATE_IN_TEXT})`, 'giu');

/** A date-like substring of a text (dateCandidates): the text with its spaces made single, and where it stands. */
export interface DateSpot {
  raw: string;
  start: number;
  end: number;
}

/**
 * The date-like substrings of `text` that are dates in some day/month order (start, end, the text).
 * A candidate that is no date ("1 Date 01" looks like day + month name + year) does not hide a real
 * one that overlaps it: the search goes on from the next character.
 */
export function dateCandidates(text: string): DateSpot[] {
  const out: DateSpot[] = [];
  // Every form of DATE_IN_TEXT holds a digit: a line without one (most label lines) skips the long search.
  if (!HAS_DIGIT.test(text)) return out;
  const re = DATE_CANDIDATE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0].replace(/\s+/g, ' ');
    if (parseDate(raw, 'DMY') || parseDate(raw, 'MDY')) out.push({ raw, start: m.index, end: m.index + m[0].length });
    else re.lastIndex = m.index + 1;
  }
  return out;
}

/**
 * Python `strptime`-style formats (`%d.%m.%Y`, `%B %d, %Y` ...) as used by invoice2data `date_formats`.
 * Returns ISO or null. Month names are accepted in all supported languages.
 */
export function parseDateWithFormat(text: string, format: string): string | null {
  let src = '';
  const groups: string[] = [];
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '%' && i + 1 < format.length) {
      const d = format[++i];
      const g = (name: string, re: string) => {
        groups.push(name);
        src += `(${re})`;
      };
      switch (d) {
        case 'd': g('d', '\\d{1,2}'); break;
        case 'm': g('m', '\\d{1,2}'); break;
        case 'Y': g('Y', '\\d{4}'); break;
        case 'y': g('y', '\\d{2}'); break;
        case 'b': case 'B': case 'h': g('b', MONTH_WORD); break;
        case 'a': case 'A': src += '[A-Za-zÀ-ÿ]+\\.?'; break;
        case 'H': case 'I': case 'M': case 'S': src += '\\d{1,2}'; break;
        case 'p': src += '(?:AM|PM|am|pm)'; break;
        case 'f': src += '\\d+'; break;
        case 'z': src += '[+-]\\d{4}'; break;
        case 'Z': src += '[A-Z]*'; break;
        case 'j': src += '\\d{1,3}'; break;
        case '%': src += '%'; break;
        default: src += d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }
    } else if (/\s/.test(c)) src += '\\s+';
    else src += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  const m = new RegExp(`^${src}$`, 'i').exec(text.trim());
  if (!m) return null;
  let y = NaN;
  let mo = NaN;
  let d = 1;
  groups.forEach((name, i) => {
    const v = m[i + 1];
    if (name === 'd') d = +v;
    else if (name === 'm') mo = +v;
    else if (name === 'Y') y = +v;
    else if (name === 'y') y = 2000 + +v > 2068 ? 1900 + +v : 2000 + +v;
    else if (name === 'b') mo = monthFromName(v) ?? NaN;
  });
  if (Number.isNaN(y) || Number.isNaN(mo)) return null;
  return iso(y, mo, d);
}

// ---------------------------------------------------------------------------
// Currency
// ---------------------------------------------------------------------------

/** ISO 4217 codes we recognise in text. */
export const CURRENCY_CODES = new Set(
  'EUR USD GBP INR CHF PLN JPY CNY AUD CAD NZD SEK NOK DKK CZK HUF RON BGN HRK RSD MKD RUB UAH TRY BRL MXN ARS CLP COP ZAR SGD HKD KRW TWD THB MYR IDR PHP VND AED SAR ILS EGP NGN KES PKR BDT LKR'.split(' '),
);

const SYMBOLS: [RegExp, string][] = [
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/₹|\bRs\.?(?=\s?-?\d)|\bINR\b/, 'INR'],
  [/\bzł|\bzl\b/i, 'PLN'],
  // "Fr." before an amount is the franc sign, but not the Friday of opening hours ("Mo.-Fr. 08.30 -
  // 12.30 Uhr", "Mo bis Fr. 8.00-20.00"): after a weekday and a dash or "bis"/"to", or before a time range.
  [/\bCHF\b|(?<!\b(?:Mo|Di|Mi|Do|Mon|Tue|Wed|Thu|Lu|Ma|Me|Je)\.?\s*(?:[-–]|bis|to|au)\s*)\bFr\.(?=\s?\d)(?!\s?\d{1,2}[.:]\d{2}\s*(?:[-–]|bis)\s*\d{1,2}[.:]\d{2}|\s?\d{1,2}(?:[.:]\d{2})?\s*Uhr)/, 'CHF'],
  [/A\$|AU\$/, 'AUD'],
  [/C\$|CA\$/, 'CAD'],
  [/R\$/, 'BRL'],
  [/Kč/, 'CZK'],
  // Forint and leu signs only beside an amount ("247 650 Ft", "12.697,30 lei", a column headed "-lei-"): Italian "lei" is a pronoun.
  [/(?<=\d[\s\u00a0]?)Ft\b/, 'HUF'],
  [/(?<=\d[\s\u00a0]?|-)lei\b(?=-|\s|$)|\blei(?=\s?\d)/i, 'RON'],
  [/¥/, 'JPY'],
  // Not a `$` glued to a word ("$GST", "$UBTOTAL": OCR's reading of an S or an asterisk), nor to a
  // run of digits led by a zero ("$000046284": a document number's S; no amount is written so).
  [/\$(?![A-Za-z]|0\d{4,})/, 'USD'],
];

/** ISO 4217 code for a symbol or code (`€`, `$`, `zł`, `usd`), or null. */
export function currencyFromToken(token: string): string | null {
  const up = token.trim().toUpperCase();
  if (CURRENCY_CODES.has(up)) return up;
  for (const [re, code] of SYMBOLS) if (re.test(token)) return code;
  if (/^euros?$/i.test(token.trim())) return 'EUR';
  if (/^dollars?$/i.test(token.trim())) return 'USD';
  return null;
}

/** Counts currency evidence in a text: codes and symbols. */
export function currencyVotes(text: string): Map<string, number> {
  const votes = new Map<string, number>();
  const add = (c: string, n: number) => votes.set(c, (votes.get(c) ?? 0) + n);
  for (const m of text.matchAll(/\b([A-Z]{3})\b/g)) if (CURRENCY_CODES.has(m[1])) add(m[1], 2);
  for (const [re, code] of SYMBOLS) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    // A code the list also spells (`INR`, `CHF`: for currencyFromToken) was counted above: once is its evidence.
    for (const m of text.matchAll(g)) if (!CURRENCY_CODES.has(m[0])) add(code, code === 'USD' ? 1 : 2);
  }
  for (const _m of text.matchAll(/\beuros?\b/gi)) add('EUR', 1);
  return votes;
}
