/**
 * Trust but verify: a hybrid e-invoice's XML against its printed page. The page's own fields (what
 * extraction read next to their labels) are the evidence: a key field matches when the page's value
 * is the XML's (in any usual format), and is a mismatch when the page shows another one. Finding
 * the XML's value somewhere else on the page is not enough to agree (an XML total that equals the
 * printed subtotal is still wrong); it only counts, as `printed`, when the page's own field could
 * not be read. A value the page does not show (or OCR could not read) is `not_found`, which is not
 * held against the document.
 */
import type { Field, PageCheck } from '../../types.js';
import type { FieldsResult } from '../fields/checks.js';
import { dateCandidates, parseDate, parseNumber } from '../normalize.js';

type Key = 'invoiceNumber' | 'invoiceDate' | 'dueDate' | 'total';
const KEYS: readonly Key[] = ['invoiceNumber', 'invoiceDate', 'dueDate', 'total'];

/** Whether `comparePage` will ask for the page's fields: the XML has a key field to compare. */
export function pageCheckNeedsFields(xml: FieldsResult): boolean {
  return !!xml.einvoice && KEYS.some((k) => xml[k]);
}

const LABELS: Record<Key, string> = { invoiceNumber: 'invoice number', invoiceDate: 'invoice date', dueDate: 'due date', total: 'total' };

/** `page`: the page's extracted fields (asked for once, when there is a field to compare). */
export function comparePage(xml: FieldsResult, page: () => FieldsResult | null, texts: string[], opts: { ocr?: boolean } = {}): PageCheck {
  // OCR confuses O/0, I/l/1, S/5, B/8, Z/2: on OCR'd pages identifiers are compared with those folded.
  const fold = opts.ocr ? foldConfusables : (s: string) => s;
  const all = texts.join('\n');
  const fields: PageCheck['fields'] = [];
  let extracted: FieldsResult | null | undefined;
  let dates: Set<string> | undefined;
  let amounts: number[] | undefined;
  const check = <T extends string | number>(key: Key, x: Field<T> | null, same: (a: T, b: T) => boolean, printed: (v: T) => boolean) => {
    if (!x) return;
    extracted ??= page();
    const seen = (extracted?.[key] as Field<T> | null | undefined)?.value;
    if (seen !== undefined && seen !== null) fields.push({ field: key, xml: x.value, page: seen, status: same(seen, x.value) ? 'match' : 'mismatch' });
    else if (printed(x.value)) fields.push({ field: key, xml: x.value, page: x.value, status: 'printed' });
    else fields.push({ field: key, xml: x.value, page: null, status: 'not_found' });
  };
  check('invoiceNumber', xml.invoiceNumber, (a, b) => fold(squash(a)) === fold(squash(b)), (v) => tokenOnPage(fold(all.toUpperCase()), fold(v.toUpperCase())));
  check('invoiceDate', xml.invoiceDate, sameDate, (v) => (dates ??= datesIn(all)).has(v));
  check('dueDate', xml.dueDate, sameDate, (v) => (dates ??= datesIn(all)).has(v));
  check('total', xml.total, (a, b) => Math.abs(a - b) < 0.005, (v) => (amounts ??= amountsIn(all)).some((a) => Math.abs(a - Math.abs(v)) < 0.005));
  const status = fields.some((f) => f.status === 'mismatch') ? 'mismatch' : fields.some((f) => f.status === 'match' || f.status === 'printed') ? 'match' : 'unverified';
  return { status, fields };
}

/**
 * The same date, or one the page's extraction may have read with day and month swapped (both 12
 * or less, where only the document's other dates decide the order).
 */
function sameDate(page: string, xml: string): boolean {
  if (page === xml) return true;
  const [y, m, d] = page.split('-');
  return Number(m) <= 12 && Number(d) <= 12 && `${y}-${d}-${m}` === xml;
}

/** Review reasons for the fields that differ. */
export function mismatchReasons(c: PageCheck): string[] {
  return c.fields
    .filter((f) => f.status === 'mismatch')
    .map((f) => `e-invoice XML and printed page differ: ${LABELS[f.field as Key] ?? f.field} is ${JSON.stringify(f.xml)} in the XML but ${JSON.stringify(f.page)} on the page`);
}

const squash = (s: string): string => s.toUpperCase().replace(/[\s\u00a0]+/g, '');

/** Upper-case text with the characters OCR mistakes for each other made one. */
const foldConfusables = (s: string): string => s.replace(/O/g, '0').replace(/[IL|]/g, '1').replace(/S/g, '5').replace(/B/g, '8').replace(/Z/g, '2');

/** The value as a whole token of the page (not inside a longer number or word); runs of spaces count as one. */
function tokenOnPage(text: string, value: string): boolean {
  const v = value.toUpperCase().replace(/[\s\u00a0]+/g, ' ').trim();
  if (!v) return false;
  const t = text.toUpperCase().replace(/[\s\u00a0]+/g, ' ');
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = t.indexOf(v); i >= 0; i = t.indexOf(v, i + 1)) {
    if (!word(t[i - 1]) && !word(t[i + v.length])) return true;
  }
  return false;
}

/** Every date printed on the page, read day-first and month-first (whichever the page meant), line by line. */
function datesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    for (const c of dateCandidates(line)) {
      for (const order of ['DMY', 'MDY'] as const) {
        const d = parseDate(c.raw, order);
        if (d) out.add(d.iso);
      }
    }
  }
  return out;
}

/** Every amount printed on the page, read with either decimal separator. */
function amountsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\d{1,3}(?:[.,'\s\u00a0]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)/g)) {
    for (const dec of [undefined, '.', ','] as const) {
      const n = parseNumber(m[0], dec);
      if (n !== null) out.push(n);
    }
  }
  return out;
}
