/**
 * Date candidates: every date on the document (an ambiguous numeric date in both readings), with
 * the evidence around it: label words left of it and above it, a time next to it (a till receipt's
 * transaction time), a range it is part of (a service period), where it stands and how it ranks
 * among the document's dates. The model scores them as the invoice date and as the due date.
 */
import type { Features } from './learn/logistic.js';
import { DATE, NUMBER } from './lexicon.js';
import { cuesSeen as cues } from './cues-seen.js';
import { headingAbove, leftWords, previousLine, relY, type DocView } from './context.js';
import { cells, type Line } from './cells.js';
import { datesIn, slashesReadAsOnes, type FoundDate } from './tokens.js';
import type { DateOrder } from '../normalize.js';
import { localeDateOrder } from './locale.js';
import { contradictsFax, faxDates, isFaxHeader } from './fax.js';
import { mendDueWords } from './due-words.js';
import { misreadDates } from './misread-dates.js';
import { PLACE_DATE_FEATURE, underPlaceDate } from './place-date.js';

export interface DateCandidate {
  value: string;
  line: Line;
  date: FoundDate;
  /** This is the other day/month reading of an ambiguous date. */
  alt: boolean;
  label: string;
  features: Features;
}

function addCues(f: Features, prefix: string, text: string): void {
  for (const k of cues(DATE, text)) f[`${prefix}:${String(k)}`] = 1;
  const n = cues(NUMBER, text);
  if (n.has('invoice')) f[`${prefix}:docword`] = 1;
  if (n.has('number') || n.has('compound')) f[`${prefix}:numberword`] = 1;
}

/**
 * A payment's deadline written in a sentence rather than beside a label: "Bitte überweisen Sie den
 * Betrag bis zum 25.06.2025", "merci de régler la somme avant le 30/06/2025", "please pay the amount
 * by 30 June 2025": a word for paying or for the amount earlier in the sentence, and a word for "by"
 * right before the date.
 */
const PAY_WORD = /(?<!\p{L})(?:\p{L}*(?:überweis|uberweis|zahl|begleich|entricht)\p{L}*|\p{L}*betrag|summe|pay\p{L}*|remit\p{L}*|settle\p{L}*|amount|balance|payer|r[ée]gl\p{L}*|vers(?:er|ez|ement)\p{L}*|virement|montant|somme|solde|betal\p{L}*|voldoen|bedrag|pag(?:ar|are|amento|ue)\p{L}*|importe|importo|somma)(?!\p{L})/iu;
const BY_WORD = /(?<!\p{L})(?:bis(?:\s+(?:zum|spätestens|sp[äa]testens\s+(?:zum|am)))?|sp[äa]testens(?:\s+(?:am|zum|bis))?|avant\s+le|au\s+plus\s+tard\s+le|d['’]ici\s+le|by|before|no\s+later\s+than|uiterlijk(?:\s+op)?|v[óo][óo]r|antes\s+del?|entro\s+(?:il|e\s+non\s+oltre\s+il))\s*$/iu;
/**
 * A direct debit announced in a sentence: "Den Betrag buchen wir am 06.10.2025 von Ihrem Konto ab",
 * "wird per Lastschrift am ... eingezogen", "sera prélevé sur votre compte le ...": the day the
 * invoice is paid, its due date when no other is printed.
 */
const DEBIT_WORD = /(?<!\p{L})(?:\p{L}*(?:abbuch|abgebucht|lastschrift|bankeinzug|pr[ée]l[eèé]v)\p{L}*|buchen\s+wir|ziehen\s+wir|einzug|eingezogen|(?:will\s+be\s+)?debited|direct\s+debit|domicili\p{L}*|ge[ïi]ncasseerd|incasso|addebit\p{L}*|cargo\s+en\s+(?:su\s+)?cuenta|se\s+cargar[áa])(?!\p{L})/iu;
const ON_WORD = /(?<!\p{L})(?:am|le|on|op|il|el)\s*$/iu;
/**
 * The debit is told as done: "Der Betrag wurde am 01.07.2025 von Ihrer Visa abgebucht", "has been
 * debited on", "a été prélevé le", "werd op … geïncasseerd", "è stato addebitato il": the day a paid
 * invoice was paid, no deadline (a card charge or a debit already made).
 */
const DONE_WORD = /(?<!\p{L})(?:wurden?|bereits|haben\s+wir|was|were|has\s+been|have\s+been|already|a\s+été|ont\s+été|avons|déjà|werd|reeds|è\s+stat[oa]|sono\s+stat[ie]|abbiamo|già|fue|ha\s+sido|se\s+ha|ya|foi|já)(?!\p{L})/iu;

/** An early-payment discount's deadline ("Bei Zahlung bis 12.07. 2 % Skonto") is no due date. */
const DISCOUNT_WORD = /(?<!\p{L})(?:skonto|escompte|discount|korting|sconto|descuento|desconto|rabat)(?!\p{L})/iu;

/** The sentence a date stands in, before and after it: from the last full stop before it (not one inside a number or date). */
function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  return { before: text.slice(0, start).split(/[.!?;:](?!\d)\s+/u).pop() ?? '', after: text.slice(end).split(/[.!?;](?!\d)/u)[0] };
}

function dueInSentence(text: string, start: number, end: number): boolean {
  const { before, after } = sentenceAround(text, start, end);
  if (DISCOUNT_WORD.test(before) || DISCOUNT_WORD.test(after)) return false;
  if (BY_WORD.test(before) && PAY_WORD.test(before.replace(BY_WORD, ''))) return true;
  return ON_WORD.test(before) && (DEBIT_WORD.test(before) || DEBIT_WORD.test(after) || /(?<!\p{L})(?:ab|ein)\s*$/iu.test(after) && /(?<!\p{L})(?:buchen|ziehen)(?!\p{L})/iu.test(before));
}

/** The date's sentence tells a debit as already made ("wurde am … abgebucht", "has been debited on"): whatever due label stands before it. */
function debitDone(text: string, start: number, end: number): boolean {
  const { before, after } = sentenceAround(text, start, end);
  return DONE_WORD.test(before) && (DEBIT_WORD.test(before) || DEBIT_WORD.test(after));
}

/**
 * Where a payment-terms line's clauses break: a comma or semicolon (not a decimal comma), a full
 * stop before a space, or a word for "or" / "otherwise" ("Zahlbar bis 26.05. mit 2 % Skonto oder bis
 * 11.06. netto", "2 % d'escompte avant le 10/04, sinon net au 30/04").
 */
const CLAUSE_BREAK = /[;,](?!\d)|\.\s|(?<!\p{L})(?:oder|sonst|ansonsten|andernfalls|anderenfalls|or|otherwise|else|ou|sinon|of|anders|o|altrimenti|si\s+no|sen[ãa]o|lub|albo|eller|tai|vagy|sau)(?!\p{L})/giu;
/** The clause is said to be without a discount ("ohne Abzug", "rein netto", "sans escompte", "net"). */
const NET_WORD = /(?<!\p{L})(?:netto|net|ohne\s+(?:abzug|skonto)|sans\s+escompte|without\s+(?:discount|deduction)|zonder\s+korting|senza\s+sconto|sin\s+descuento|sem\s+desconto|bez\s+(?:rabatu|skonta))(?!\p{L})/iu;

/** The text of a line's clause a date stands in, within its neighbouring dates. */
function clauseOf(text: string, ds: FoundDate[], i: number): string {
  const from = i > 0 ? ds[i - 1].end : 0;
  const to = i + 1 < ds.length ? ds[i + 1].start : text.length;
  const before = text.slice(from, ds[i].start);
  const after = text.slice(ds[i].end, to);
  const breaksBefore = [...before.matchAll(CLAUSE_BREAK)];
  const lastBreak = breaksBefore[breaksBefore.length - 1];
  const head = lastBreak ? before.slice((lastBreak.index ?? 0) + lastBreak[0].length) : before;
  const firstBreak = after.search(CLAUSE_BREAK);
  return `${head} ${firstBreak < 0 ? after : after.slice(0, firstBreak)}`;
}

/**
 * Payment terms with an early-payment discount: a date whose own clause grants the discount
 * ("Zahlbar bis 26.05.2025 abzüglich 2 % Skonto", "escompte 2 % si paiement avant le 10/04/2025",
 * "2% discount if paid by ...") is no due date, whatever label precedes it; a later date of the same
 * line in a clause without one ("oder bis 11.06.2025 netto", "net au 30/04/2025") is the due date.
 */
export function discountTerms(text: string, ds: FoundDate[]): { discounted: Set<number>; net: Set<number> } {
  const discounted = new Set<number>();
  const net = new Set<number>();
  if (!DISCOUNT_WORD.test(text)) return { discounted, net };
  const clauses = ds.map((_, i) => clauseOf(text, ds, i));
  clauses.forEach((c, i) => {
    if (DISCOUNT_WORD.test(c) && !NET_WORD.test(c)) discounted.add(i);
  });
  if (!discounted.size) return { discounted, net };
  const first = Math.min(...discounted);
  clauses.forEach((c, i) => {
    if (i > first && !discounted.has(i) && (NET_WORD.test(c) || DATE.due.test(c)) && ds[i].iso > ds[first].iso) net.add(i);
  });
  return { discounted, net };
}

/** A line opening with "or" / "otherwise": it goes on with the clause of the line before. */
const OR_OPENING = /^\s*(?:oder|sonst|ansonsten|andernfalls|anderenfalls|or|otherwise|else|ou|sinon|of|anders|altrimenti|oppure|si\s+no|o|sen[ãa]o|ou\s+ent[ãa]o|lub|albo|eller|tai|vagy|sau)(?!\p{L})/iu;

/**
 * Payment terms whose net clause runs onto the next line ("Zahlung bis 19.01.2026 abzüglich 2 %
 * Skonto" / "oder bis 08.02.2026 netto ohne Abzug."): a line opening with "or" after a line whose
 * date grants the discount (and gives no net date of its own) goes on with its terms; its later date
 * in a clause without the discount is the net date, as on one line (discountTerms).
 */
export function netContinued(prev: { text: string; ds: FoundDate[] } | null, text: string, ds: FoundDate[]): Set<number> {
  const net = new Set<number>();
  if (!prev || !ds.length || !OR_OPENING.test(text)) return net;
  const before = discountTerms(prev.text, prev.ds);
  if (!before.discounted.size || before.net.size) return net;
  const last = prev.ds[Math.max(...before.discounted)].iso;
  ds.forEach((d, i) => {
    const c = clauseOf(text, ds, i);
    if ((NET_WORD.test(c) || (!DISCOUNT_WORD.test(c) && DATE.due.test(c))) && d.iso > last) net.add(i);
  });
  return net;
}

/**
 * The label of the row above a value that stands first on its line: the previous line of the page
 * holds a value cell starting in the same column (within 2 characters) and a label cell left of it,
 * the way a key-value block's value wraps or is pushed down under its row. Empty when it holds none.
 */
function rowLabelAbove(v: DocView, l: Line, start: number): string {
  const prev = previousLine(v, l);
  if (!prev) return '';
  const value = cells(prev.text).find((c) => Math.abs(c.start - start) <= 2);
  return value ? leftWords(prev.text, value.start) : '';
}

/**
 * The heading of a value pushed out of its row: a row of headings ("N° facture   Date   Période
 * Échéance"), under it a row of values, one for each heading but the last ones (a long value before
 * them, "du 01/02/2026 au 28/02/2026", took their room), and the value alone at the start of the next
 * line, off its heading's column by the width it lost. Its heading is the one no value of the row
 * stands under, overlapping or within 8 characters of it; empty when there is none or the rows are
 * no such pair (every heading a label, at least two of them with their values under them).
 */
function spilledHeading(v: DocView, l: Line, span: [number, number]): string {
  const row = previousLine(v, l);
  const top = row && previousLine(v, row);
  if (!row || !top) return '';
  const heads = cells(top.text);
  const values = cells(row.text);
  if (heads.length < 3 || !heads.every((h) => /\p{L}{2}/u.test(h.text))) return '';
  const under = (h: { start: number; end: number }) => values.some((c) => c.start < h.end && h.start < c.end);
  const orphans = heads.filter((h) => !under(h));
  if (heads.length - orphans.length < 2) return '';
  const gap = (h: { start: number; end: number }) => Math.max(h.start - span[1], span[0] - h.end, 0);
  const near = orphans.filter((h) => gap(h) <= 8).sort((a, b) => gap(a) - gap(b));
  return near[0]?.text ?? '';
}

/** `decided`: something on the document (an unambiguous date, the locale) fixed the day/month order. */
export function dateCandidates(v: DocView, order: DateOrder, decided: boolean): DateCandidate[] {
  const out: DateCandidate[] = [];
  const inSentence = new Set<Features>();
  let prev: { text: string; ds: FoundDate[]; page: number } | null = null;
  for (const l of v.lines) {
    if (v.chrome.has(l.n) || isFaxHeader(v, l)) continue;
    // On a scan, a date label's ten digits may be a date whose slashes OCR read as ones (tokens.ts).
    const labelled = (start: number) => cues(DATE, leftWords(l.text, start)).size > 0;
    const misread = v.ocr ? slashesReadAsOnes(l.text, order).filter((d) => labelled(d.start)) : [];
    const clean = misread.length ? [...datesIn(l.text, order, v.dateSpots[l.n]), ...misread].sort((a, b) => a.start - b.start) : datesIn(l.text, order, v.dateSpots[l.n]);
    // And dates in the other forms OCR breaks ("15/07/20 17", "14/un/2017", "250412017": misread-dates.ts).
    const broken = v.ocr && /\d/.test(l.text) ? misreadDates(l.text, order, clean, labelled) : null;
    const ds = broken && (broken.found.length || broken.wrong.size) ? [...clean.filter((d) => !broken.wrong.has(d)), ...broken.found].sort((a, b) => a.start - b.start) : clean;
    const terms = discountTerms(l.text, ds);
    for (const i of netContinued(prev?.page === l.page ? prev : null, l.text, ds)) terms.net.add(i);
    if (l.text.trim()) prev = { text: l.text, ds, page: l.page };
    // On a scan, a due label one letter off ("Faliig", "Zahibar bis") is read as the label (due-words.ts).
    const text = v.ocr ? mendDueWords(l.text) : l.text;
    ds.forEach((d, i) => {
      const f: Features = { bias: 1 };
      const left = leftWords(text, d.start, i > 0 ? ds[i - 1].end : 0);
      addCues(f, 'seg', left);
      // The words right before the date, within its cell ("... Nr. 471102 vom 15.11.2024").
      const close = text.slice(Math.max(0, d.start - 25), d.start);
      const tail = /(\p{L}+)\.?\s*:?\s*$/u.exec(close)?.[1] ?? '';
      if (tail && DATE.of.test(tail)) f['near:of'] = 1;
      if (tail && DATE.other.test(tail)) f['near:other'] = 1;
      if (tail && DATE.due.test(tail)) f['near:due'] = 1;
      if (!f['near:due'] && dueInSentence(text, d.start, d.end)) {
        f['near:due'] = 1;
        inSentence.add(f);
      }
      if (!/\p{L}{2}/u.test(left)) f['seg:empty'] = 1;
      const above = headingAbove(v, l, [d.start, d.end]);
      if (above) addCues(f, 'above', v.ocr ? mendDueWords(above.text) : above.text);
      // A value pushed under its row's label ("Auftrag vom   Lindenhof," over "   14.10.2025"): the row's label is its own.
      const row = f['seg:empty'] && !l.text.slice(0, d.start).trim() ? rowLabelAbove(v, l, d.start) : '';
      if (row && cues(DATE, row).size) {
        delete f['seg:empty'];
        addCues(f, 'seg', row);
      }
      // A value pushed out of a row of values under a row of headings: the heading left without a value is its own.
      const spilled = f['seg:empty'] && !l.text.slice(0, d.start).trim() ? spilledHeading(v, l, [d.start, d.end]) : '';
      if (spilled && cues(DATE, spilled).size) {
        for (const k of Object.keys(f)) if (k.startsWith('above:')) delete f[k];
        addCues(f, 'above', spilled);
      }
      // A form's place and date filled in under its "Ort / Datum" box: the form's own date (place-date.ts).
      if (!f['seg:issue'] && underPlaceDate(v, l, d.start)) {
        delete f['seg:empty'];
        f['seg:issue'] = 1;
        f[PLACE_DATE_FEATURE] = 1;
      }
      // A date its own label gives to the document ("Rechnungsdatum", "Fait à Rennes, le") is no deadline for a due word above it.
      if (f['seg:issue']) delete f['above:due'];
      if (terms.discounted.has(i) || debitDone(text, d.start, d.end)) for (const k of ['seg:due', 'above:due', 'near:due']) delete f[k];
      if (terms.net.has(i)) f['near:due'] = 1;
      const around = l.text.slice(Math.max(0, d.start - 12), d.end + 14);
      if (/\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?/i.test(around.replace(l.text.slice(d.start, d.end), ''))) f['fmt:time'] = 1;
      const between = (a: FoundDate, b: FoundDate) => l.text.slice(a.end, b.start);
      const prev = ds[i - 1];
      const next = ds[i + 1];
      if ((next && /^\s*(?:-|–|to|bis|au|à|al|a|tot|t\/m|do)\s*$/iu.test(between(d, next))) || (prev && /^\s*(?:-|–|to|bis|au|à|al|a|tot|t\/m|do)\s*$/iu.test(between(prev, d)))) f['fmt:range'] = 1;
      if (d.named) f['fmt:named'] = 1;
      if (d.compact) f['fmt:compact'] = 1;
      if (misread.includes(d)) f['fmt:slashesAsOnes'] = 1;
      if (d.misread) f['fmt:misread'] = 1;
      const year = Number(d.iso.slice(0, 4));
      // Documents are from this era; a year outside it is an OCR misread (2618) or not a date. A year
      // the extractor mended is in the era: it carries yearRepaired instead (with both, a fit learns
      // the implausible year's weight from mended dates, right half the time, and "1970" read from a line of garbage wins).
      const repaired = centuryRepaired(d);
      if (repaired) f['fmt:yearRepaired'] = 1;
      else if (year < 1990 || year > 2100) f['fmt:yearImplausible'] = 1;
      if (d.ambiguous) f[decided ? 'fmt:ambiguousDecided' : 'fmt:ambiguous'] = 1;
      const words = l.text.slice(0, d.start).trim().split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length;
      if (words >= 7) f['fmt:sentence'] = 1;
      const y = relY(v, l);
      f['place:y'] = y;
      if (y < 0.35) f['place:top'] = 1;
      if (l.page === 1) f['place:firstPage'] = 1;
      if (v.ocr) f['doc:ocr'] = 1;
      out.push({ value: repaired ?? d.iso, line: l, date: d, alt: false, label: left, features: f });
      // The other reading of an ambiguous date; against the order the document's own dates or locale decided, a reading of its own kind.
      if (d.alt) {
        const fa: Features = { ...f, 'fmt:altReading': 1, ...(decided ? { 'fmt:altAgainstOrder': 1 } : {}) };
        if (inSentence.has(f)) inSentence.add(fa);
        out.push({ value: centuryRepaired({ ...d, iso: d.alt }) ?? d.alt, line: l, date: d, alt: true, label: left, features: fa });
      }
    });
  }
  // A payment sentence that repeats a due date printed beside its label adds no candidate of its own (it would share the label's weight).
  const labelled = new Set(out.filter((c) => c.features['seg:due'] || c.features['above:due']).map((c) => c.value));
  for (const c of out) if (inSentence.has(c.features) && labelled.has(c.value)) delete c.features['near:due'];
  // A date the fax header that carried the page contradicts (fax.ts): the rule caps it (decide.ts); the fit may weigh it too.
  const sent = faxDates(v, order);
  for (const c of out) if (contradictsFax(c.value, sent)) c.features['fax:contradicts'] = 1;
  rankFeatures(out);
  return out;
}

/**
 * A four-digit year OCR misread in its century digits (`22/12/3017`, `12-02-2618`: no document of
 * this era is dated so): read by its last two digits, as a two-digit year is, when that gives a
 * year of this era. A guess, so the date it makes is given below the review threshold (decide.ts).
 * Null when the year is plausible or was not written with four digits.
 */
export function centuryRepaired(d: Pick<FoundDate, 'iso' | 'named' | 'compact'>): string | null {
  const year = Number(d.iso.slice(0, 4));
  if ((year >= 1990 && year <= 2100) || d.compact) return null;
  const yy = year % 100;
  const fixed = yy < 70 ? 2000 + yy : 1900 + yy;
  if (fixed < 1990) return null;
  // (Same last two digits, same leap years: a date valid in the misread year is valid in the mended one.)
  return `${fixed}${d.iso.slice(4)}`;
}

/**
 * A numeric date whose digits allow only the day/month order its currency's country does not write
 * (14/06/2017 on a dollar invoice, 6/14/2017 on a ringgit receipt): an OCR misread or a foreign
 * document, so the date deserves less trust (a calibration input, not a reason to drop it).
 */
export function againstLocale(c: DateCandidate, currency: string | null): boolean {
  const locale = localeDateOrder(currency);
  if (!locale || c.date.ambiguous || c.date.named || c.date.compact) return false;
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(?:\d{2}|\d{4})$/.exec(c.line.text.slice(c.date.start, c.date.end).trim());
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const only: DateOrder | null = a <= 12 && b > 12 ? 'MDY' : b <= 12 && a > 12 ? 'DMY' : null;
  return only !== null && only !== locale;
}

/** How each date ranks among the document's dates (first written, earliest, latest, repeated). */
function rankFeatures(cs: DateCandidate[]): void {
  const main = cs.filter((c) => !c.alt);
  if (!main.length) return;
  const values = main.map((c) => c.value).sort();
  const years = main.map((c) => Number(c.value.slice(0, 4))).sort((a, b) => a - b);
  const medianYear = years[Math.floor(years.length / 2)];
  const count = new Map<string, number>();
  for (const c of main) count.set(c.value, (count.get(c.value) ?? 0) + 1);
  main[0].features['rank:first'] = 1;
  if (main.length === 1) main[0].features['rank:only'] = 1;
  for (const c of cs) {
    if (c.value === values[0]) c.features['rank:earliest'] = 1;
    if (c.value === values[values.length - 1]) c.features['rank:latest'] = 1;
    if ((count.get(c.value) ?? 0) >= 2) c.features['rep:2'] = 1;
    if (Math.abs(Number(c.value.slice(0, 4)) - medianYear) > 1) c.features['fmt:yearOff'] = 1;
  }
}

/**
 * A date written with a one-digit day before a zero-padded month ("4.05.2020"): a till or a card
 * terminal that pads the month pads the day too, so OCR may have lost the day's first digit.
 */
const bareDayPaddedMonth = (c: DateCandidate): boolean => /^\d[./-]0\d[./-]/.test(c.line.text.slice(c.date.start, c.date.end));

/**
 * The date `c` is with the first digit of its day back ("4.05.2020" beside "Datum:14.05.20" on the
 * same slip): another candidate of the same month and year whose two-digit day ends in `c`'s, when
 * `c` is written as a lost digit leaves it (bareDayPaddedMonth); null otherwise or when several fit.
 */
export function withLostDayDigit<C extends DateCandidate>(c: C, others: C[]): C | null {
  if (c.alt || !bareDayPaddedMonth(c)) return null;
  const fits = others.filter((o) => !o.alt && o.value.slice(0, 8) === c.value.slice(0, 8) && o.value[8] !== '0' && o.value[9] === c.value[9]);
  return new Set(fits.map((o) => o.value)).size === 1 ? fits[0] : null;
}
