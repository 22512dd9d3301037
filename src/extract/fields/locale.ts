/**
 * The document's locale where fields depend on it: its currency (signs and codes, those written at
 * a total counting most) and the order it writes numeric dates in (day/month or month/day).
 */
import { currencyVotes, type DateOrder } from '../normalize.js';
import type { AmountCandidate } from './amounts.js';
import { conflictingCurrency, labelledCurrencies } from './currency-conflict.js';
import { euroVatId } from './euro-vat-id.js';

/** Currencies of countries that write numeric dates month first (the US and its dollar territories). */
const MDY_CURRENCIES = new Set(['USD']);
/** Currencies whose countries write the day first. */
const DMY_CURRENCIES = new Set(['EUR', 'GBP', 'INR', 'AUD', 'NZD', 'CHF', 'PLN', 'SEK', 'NOK', 'DKK', 'CZK', 'HUF', 'RON', 'BGN', 'TRY', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'ZAR', 'SGD', 'HKD', 'RUB', 'UAH', 'ILS', 'EGP', 'NGN', 'KES', 'PKR', 'BDT', 'LKR', 'IDR', 'MYR', 'THB', 'VND', 'AED', 'SAR']);
/** English field labels: together with a dollar amount they point to a US document. */
const ENGLISH_LABELS = /\b(?:invoice\s+(?:date|no|number|#)|due\s+date|bill\s+to|amount\s+due|total\s+due|subtotal|sales\s+tax)\b/i;

/**
 * Labels in languages whose countries write numeric dates day first (French, German, Spanish,
 * Italian, Dutch, Portuguese, Polish, Czech, Nordic): an export invoice priced in dollars but
 * labelled in one of them, and in no English, was written where the day comes first.
 */
const DAY_FIRST_LABELS = /(?<![\p{L}])(?:facture|rechnung|factura|fattura|factuur|fatura|faktura|d[ée]signation|montant|quantit[ée]|betrag|menge|fecha|importe|cantidad|importo|quantit[àa]|bedrag|aantal|valor\s+total|data\s+(?:de\s+)?emiss[ãa]o|data\s+wystawienia|datum\s+vystaven[íi]|fakturadatum|rechnungsdatum)(?![\p{L}])/iu;

/** The order the currency's country writes numeric dates in, when its currency says (null: it does not). */
export function localeDateOrder(currency: string | null): DateOrder | null {
  if (!currency) return null;
  return MDY_CURRENCIES.has(currency) ? 'MDY' : DMY_CURRENCIES.has(currency) ? 'DMY' : null;
}

export interface DateOrderGuess {
  order: DateOrder;
  /** True when something on the document decides the order (not just the default). */
  decided: boolean;
  /** What decided it: `dates` (an unambiguous date), `locale` (currency and label language), or null. */
  by: 'dates' | 'locale' | null;
}

/**
 * Day/month order for the document: from its unambiguous numeric dates (13/05 or 05/13), then from
 * locale hints (the currency, with English labels for the dollar), else a guess (`decided` false):
 * month first for a dollar invoice unless its labels are in a day-first language only.
 */
export function inferDateOrder(text: string, currency: string | null): DateOrderGuess {
  let dmy = 0;
  let mdy = 0;
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/g)) {
    if (+m[1] > 12 && +m[3] <= 12) dmy++;
    else if (+m[3] > 12 && +m[1] <= 12) mdy++;
  }
  if (dmy > mdy) return { order: 'DMY', decided: true, by: 'dates' };
  if (mdy > dmy) return { order: 'MDY', decided: true, by: 'dates' };
  if (/\d{1,2}\.\d{1,2}\.\d{2,4}/.test(text)) return { order: 'DMY', decided: true, by: 'locale' };
  if (currency && MDY_CURRENCIES.has(currency) && ENGLISH_LABELS.test(text)) return { order: 'MDY', decided: true, by: 'locale' };
  if (currency && DMY_CURRENCIES.has(currency)) return { order: 'DMY', decided: true, by: 'locale' };
  // A dollar invoice labelled only in a day-first language: day first, still a guess (flagged as ambiguous).
  const usWritten = currency === 'USD' && (ENGLISH_LABELS.test(text) || !DAY_FIRST_LABELS.test(text));
  return { order: usWritten ? 'MDY' : 'DMY', decided: false, by: null };
}

/** Payment terms in days ("Net 30", "within 14 days", "30 Tage"), or null. */
export function paymentTermDays(text: string): number | null {
  const m = /\bnet\s*(\d{1,3})\b|(?:within|innerhalb\s+von|innerhalb|binnen|dans\s+les|sous|en|a)\s+(\d{1,3})\s*(?:days|tagen|dagen|jours|d[íi]as)\b|\b(\d{1,3})\s*(?:days|tage|dagen|jours|d[íi]as)\s+(?:net|netto)\b/i.exec(text);
  return m ? Number(m[1] ?? m[2] ?? m[3]) : null;
}

export interface CurrencyGuess {
  code: string;
  /** How many signs/codes back it, and whether one stands at a labelled total. */
  votes: number;
  atTotal: boolean;
  /** Another currency has as many votes. */
  tied: boolean;
  /** Read from a country's wording alone (an ABN beside `$` amounts), not from a sign or code: weak, reviewed. */
  hinted?: boolean;
  /** Another currency the page prints beside a labelled amount, one of them at a total (currency-conflict.ts): reviewed. */
  conflict?: string;
}

/** Currencies their own countries write with a plain `$`. */
export const DOLLARS = ['AUD', 'CAD', 'NZD', 'SGD', 'HKD', 'TWD', 'MXN'];

/**
 * The `$` of a page that writes a dollar currency's code and never USD ("Total AUD (inc GST)" over
 * `$1,254.00`): that country's dollar, not the sign's default USD. Without a code, an Australian
 * Business Number (ABN) beside `$` amounts says AUD, but that is a country's wording, not a
 * currency written: `hinted`, given with the confidence of a tie (below the review threshold).
 */
const DOLLAR_WORDS: [RegExp, string][] = [
  [/dollars?\s+canadiens?|canadian\s+dollars?|d[óo]lares\s+canadienses/i, 'CAD'],
  [/australian\s+dollars?|dollars?\s+australiens?/i, 'AUD'],
  [/new\s+zealand\s+dollars?/i, 'NZD'],
  [/singapore\s+dollars?/i, 'SGD'],
  [/hong\s+kong\s+dollars?/i, 'HKD'],
];

function dollarOf(text: string): { code: string; hinted: boolean } | null {
  if (!/\$/.test(text) || /\bUSD\b|US\$/.test(text)) return null;
  const written = new Map<string, number>();
  for (const m of text.matchAll(/\b([A-Z]{3})\b/g)) if (DOLLARS.includes(m[1])) written.set(m[1], (written.get(m[1]) ?? 0) + 1);
  const top = [...written.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (top) return { code: top[0], hinted: false };
  // The dollar named in words ("Montants en dollars canadiens", "All amounts in Australian dollars").
  for (const [re, code] of DOLLAR_WORDS) if (re.test(text)) return { code, hinted: false };
  if (/\bABN\b(?!\s*AMRO)/.test(text)) return { code: 'AUD', hinted: true };
  // Canada's provincial and Quebec sales taxes (PST, HST, QST / TVQ, and TPS, the GST in French) are
  // named nowhere else: a country's wording, so a hint (a tie's confidence), as the ABN above.
  if (/\b(?:PST|HST|QST|TVQ|TPS)\b/.test(text)) return { code: 'CAD', hinted: true };
  return null;
}

/**
 * The document's currency: a sign or code written next to an amount labelled as a total counts
 * most; otherwise the currency with the most signs and codes on the page (MYR also from "RM 12.00").
 */
export function guessCurrency(text: string, amounts: AmountCandidate[], ocr = false, converted: ReadonlySet<number> = new Set()): CurrencyGuess | null {
  const votes = currencyVotes(text);
  const krone = kroneCurrency(text, votes);
  if (krone) votes.set(krone.code, (votes.get(krone.code) ?? 0) + 2 * krone.signs);
  const rm = text.match(/\bRM(?![A-Za-z])/g)?.length ?? 0;
  if (rm) votes.set('MYR', (votes.get('MYR') ?? 0) + 2 * rm);
  for (const [code, n] of localSigns(text)) votes.set(code, (votes.get(code) ?? 0) + 2 * n);
  const atTotal = new Map<string, number>();
  for (const a of amounts) {
    const f = a.features;
    if (!a.money.currency || !(f['seg:totalStrong'] || f['seg:totalWeak'] || f['seg:due'])) continue;
    atTotal.set(a.money.currency, (atTotal.get(a.money.currency) ?? 0) + 1);
  }
  const labelled = labelledCurrencies(amounts, converted);
  // OCR reads a till's `€` as `£`: on a page in German or French with no other sign of sterling, they are the euro's.
  if (ocr && poundMisread(text, votes)) for (const m of [votes, atTotal, labelled.all, labelled.totals]) moveVotes(m, 'GBP', 'EUR');
  const dollar = dollarOf(text);
  if (dollar) {
    // The USD votes came from the plain `$`: they are the named dollar's.
    for (const m of [votes, atTotal, labelled.all, labelled.totals]) {
      const usd = m.get('USD') ?? 0;
      m.delete('USD');
      if (usd) m.set(dollar.code, (m.get(dollar.code) ?? 0) + usd);
    }
  }
  const ranked = [...votes.entries()].map(([code, n]) => ({ code, n, t: atTotal.get(code) ?? 0 })).sort((a, b) => b.t - a.t || b.n - a.n || a.code.localeCompare(b.code));
  // No sign or code at all: a US address, or a German or French one, is a country's wording, a hint (a tie's confidence), as the ABN above;
  // so is a name for VAT that only euro countries print (BTW, ALV, PVN, PVM, ΦΠΑ), and a euro-area VAT number (euro-vat-id.ts).
  if (!ranked.length) {
    if (ocr && korunaMisread(text)) return { code: 'CZK', votes: 1, atTotal: false, tied: true, hinted: true };
    const hint = usAddress(text) ? 'USD' : euroAddress(text) || EURO_VAT.test(text) || euroVatId(text) ? 'EUR' : null;
    return hint ? { code: hint, votes: 0, atTotal: false, tied: true, hinted: true } : null;
  }
  const [top, second] = ranked;
  if (ocr && signMisread(text, top)) {
    // OCR reads an S as `$` ("S235" steel, "S-Bahn"): on a German or French page that prints no dollar's code, the country says euro.
    if (euroAddress(text) || EURO_IBAN.test(text)) return { code: 'EUR', votes: 0, atTotal: false, tied: true, hinted: true };
    return { code: top.code, votes: top.n, atTotal: false, tied: true };
  }
  const hinted = !!dollar?.hinted && top.code === dollar.code;
  const conflict = conflictingCurrency(top.code, labelled);
  return { code: top.code, votes: top.n, atTotal: top.t > 0, tied: hinted || (!!second && second.t === top.t && second.n === top.n), ...(hinted ? { hinted } : {}), ...(conflict ? { conflict } : {}) };
}

/** Moves `from`'s votes to `to`. */
function moveVotes(m: Map<string, number>, from: string, to: string): void {
  const n = m.get(from) ?? 0;
  m.delete(from);
  if (n) m.set(to, (m.get(to) ?? 0) + n);
}

/** Sterling written out, or the United Kingdom's words for VAT, company number or postcode ("VAT Reg No", "SW1A 1AA"). */
const STERLING = /\bGBP\b|\b[Pp]ounds?\s+[Ss]terling\b|\b(?:VAT|Vat)\b|\bCompany\s+(?:No|Number|Reg)|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/;
/**
 * Words of a German or French till or invoice: its names for VAT (MwSt, USt, TVA), for the total
 * (Summe, zu zahlen, TTC), net and gross (Netto, Brutto, HT) and change (Rückgeld), which a
 * sterling page does not print.
 */
const DE_FR_WORDS = /(?<![\p{L}])(?:mwst|ust|mehrwertsteuer|umsatzsteuer|summe|zu\s*zahlen|netto|brutto|r[üu]ckgeld|tva|ttc|ht|montant)(?![\p{L}])/iu;

/**
 * The page's `£` signs are an OCR'd `€`: the sign is all that says sterling (no GBP, no pound
 * sterling, no VAT number, company number or postcode of the United Kingdom), and the page writes
 * German or French words (DE_FR_WORDS), a German or French postcode before its town ("33100
 * Paderborn": a British postcode has letters) or the euro's sign or code as well.
 */
function poundMisread(text: string, votes: Map<string, number>): boolean {
  if (!votes.get('GBP') || STERLING.test(text)) return false;
  return DE_FR_WORDS.test(text) || POSTCODE_TOWN.test(text) || !!votes.get('EUR');
}

/**
 * The page's currency rests on one `$` sign of an OCR'd page, standing at no labelled total, with no
 * dollar's code printed: OCR reads an S or a 5 as `$` often enough that one such sign is no evidence
 * to give at the confidence of a sign (model.currency.votes) — at most a tie's.
 */
function signMisread(text: string, top: { code: string; n: number; t: number }): boolean {
  return (top.code === 'USD' || DOLLARS.includes(top.code)) && top.n === 1 && top.t === 0 && !new RegExp(`\\b${top.code}\\b|US\\$`).test(text);
}

/** An IBAN of a euro-area country (DE, FR, AT, BE, NL, IT, ES, PT, FI, IE, LU, GR, SK, SI, EE, LV, LT, MT, CY, HR), as printed in groups. */
const EURO_IBAN = /(?<![A-Z0-9])(?:DE|FR|AT|BE|NL|IT|ES|PT|FI|IE|LU|GR|SK|SI|EE|LV|LT|MT|CY|HR)\d{2}(?:[ \t]?[0-9A-Z]{4}){3}/;

/** The USPS codes of the states and DC (none is a Canadian province's). */
const US_STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
/** An address line ending with a town and a state code, with or without its ZIP code ("1180 HWY 70 W, GARNER NC", "Austin, TX 78701"). */
const US_TOWN_STATE = new RegExp(`,[ \\t]*[A-Za-z][A-Za-z .'-]*?[ \\t,]+(?:${US_STATES})(?:[ \\t]+\\d{5}(?:-\\d{4})?)?[ \\t]*$`, 'm');
const ZIP = new RegExp(`\\b(?:${US_STATES})[ \\t]+\\d{5}(?:-\\d{4})?\\b`);
/** A North American phone number (3-3-4 digits), which with the town and state puts the page in the US. */
const NANP_PHONE = /(?<!\d)(?:\(\d{3}\)[ \t]?|\d{3}[-. ])\d{3}[-. ]\d{4}(?!\d)/;

/** The page prints a US address: a town and a state code, with a ZIP code or beside a North American phone number. */
export const usAddress = (text: string): boolean => US_TOWN_STATE.test(text) && (ZIP.test(text) || NANP_PHONE.test(text));

/** A five-digit postcode before a town ("87629 Füssen", "44000 Nantes"): Germany's and France's form (Austria and Switzerland write four digits). */
const POSTCODE_TOWN = /(?<![\d-])(?:D-|F-)?\d{5}[ \t]+\p{Lu}[\p{L}-]/u;
/** Germany's and France's words for VAT. */
const DE_FR_VAT = /(?<![\p{L}])(?:mwst|ust|mehrwertsteuer|umsatzsteuer|tva)(?![\p{L}])/iu;

/**
 * A name for VAT printed only in euro countries: BTW (the Netherlands, Belgium), ALV (Finland), PVN
 * (Latvia), PVM (Lithuania), ΦΠΑ (Greece, Cyprus). MwSt, TVA and IVA are Swiss too, and DDV North
 * Macedonian.
 */
const EURO_VAT = /(?<![\p{L}])(?:btw|alv|pvn|pvm|φπα)(?![\p{L}])/iu;

/**
 * The page prints a German or French address (a five-digit postcode before a town) and names VAT as
 * those countries do: a euro country's page (a restaurant bill that prints no currency at all).
 */
export const euroAddress = (text: string): boolean => POSTCODE_TOWN.test(text) && DE_FR_VAT.test(text);

/**
 * Currency signs written as a short word beside an amount ("6 276,60 лв.", "40 080,00 грн",
 * "85.680,00 lekë", "₴ 120"): the lev, the hryvnia, the rouble, the lek, the dinar and the denar.
 * Only beside a number, as the words may mean something else alone. Their ISO codes ("111.240,00
 * RSD") are counted with every other code's, once (normalize.ts's CURRENCY_CODES).
 */
const LOCAL_SIGNS: [RegExp, string][] = [
  [/(?<=\d[\s\u00a0]?)лв\.?(?![\p{L}])/gu, 'BGN'],
  [/(?<=\d[\s\u00a0]?)грн\.?(?![\p{L}])|₴/gu, 'UAH'],
  [/(?<=\d[\s\u00a0]?)(?:руб\.?|р\.)(?![\p{L}])|₽/gu, 'RUB'],
  [/(?<=\d[\s\u00a0]?)lek[ëe]?(?![\p{L}])/giu, 'ALL'],
  [/(?<=\d[\s\u00a0]?)(?:дин|din)\.?(?![\p{L}])/giu, 'RSD'],
  [/(?<=\d[\s\u00a0]?)ден\.?(?![\p{L}])/gu, 'MKD'],
];

/**
 * OCR reads the koruna's "Kč" as "Kc", "Ké", "Kě" or "Kć" (the caron lost or turned): such a word
 * beside an amount, on a page that otherwise speaks Czech (two of DPH, DIČ, IČO, Celkem, Sazba,
 * Základ, Děkujeme, Účtenka, Faktura-daňový doklad) and prints no currency sign at all, is the
 * koruna's. Only in OCR text, where the caron can be lost.
 */
const KORUNA_MISREAD = /(?<![\p{L}])K[cčéeěć](?=[ \t]*[-−]?\d)|(?<=\d[ \t\u00a0]?)K[cčéeěć](?![\p{L}])/u;
const CZECH_WORD = /(?<![\p{L}])(dph|di[čc]|i[čc]o|celkem|sazba|z[áa]klad|d[ěeé]kujeme|[úu][čc]tenka|da[ňn]ov[ýy]\s+doklad)(?![\p{L}])/giu;
function korunaMisread(text: string): boolean {
  if (!KORUNA_MISREAD.test(text)) return false;
  return new Set([...text.matchAll(CZECH_WORD)].map((m) => m[1].toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''))).size >= 2;
}

/** How many of each local currency's signs stand beside an amount on the page. */
function localSigns(text: string): [string, number][] {
  const out: [string, number][] = [];
  for (const [re, code] of LOCAL_SIGNS) {
    const n = text.match(re)?.length ?? 0;
    if (n) out.push([code, n]);
  }
  return out;
}

/** The krone's sign next to an amount ("kr 120", "1 250,00 kr", "kr. 99,-"): Danish, Norwegian or Swedish. */
const KRONE_SIGN = /(?<![\p{L}])kr\.?(?=\s?[-−]?\d)|(?<=\d[\s\u00a0]?)kr(?![\p{L}])/giu;
const KRONER = ['DKK', 'NOK', 'SEK'];

/**
 * Which krone a page's `kr` signs mean: the krone whose code is printed on the page (the most
 * often, when several are), else the page's language: Norwegian VAT is "MVA", Icelandic "VSK";
 * å, ä, ö without them are Swedish, æ and ø Danish. Null when the page prints no krone sign or says nothing of which.
 */
export function kroneCurrency(text: string, votes: Map<string, number>): { code: string; signs: number } | null {
  const signs = text.match(KRONE_SIGN)?.length ?? 0;
  if (!signs) return null;
  const printed = KRONER.filter((c) => votes.has(c)).sort((a, b) => (votes.get(b) ?? 0) - (votes.get(a) ?? 0));
  if (printed.length) return { code: printed[0], signs };
  if (/(?<![\p{L}])mva(?![\p{L}])/iu.test(text)) return { code: 'NOK', signs };
  // Icelandic VAT is "VSK", and þ is written in Icelandic only: the Icelandic króna.
  if (/(?<![\p{L}])vsk(?![\p{L}])|þ/iu.test(text)) return { code: 'ISK', signs };
  if (/[äö]/i.test(text)) return { code: 'SEK', signs };
  if (/[æø]/i.test(text)) return { code: 'DKK', signs };
  return null;
}
