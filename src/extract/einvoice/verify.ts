/**
 * Trust but verify: a hybrid e-invoice's XML against its printed page. A key field agrees when its
 * XML value is printed on the page (in any usual format); it differs when the page extraction found
 * another value and the XML value is nowhere on the page. Only a difference makes a mismatch: a
 * value the page does not show (or OCR could not read) is `not_found`, not evidence of a lie.
 */
import type { Field, PageCheck } from '../../types.js';
import type { FieldsResult } from '../fields/checks.js';
import { dateCandidates, parseDate, parseNumber } from '../fields/normalize.js';

type Key = 'invoiceNumber' | 'invoiceDate' | 'dueDate' | 'total';

const LABELS: Record<Key, string> = { invoiceNumber: 'invoice number', invoiceDate: 'invoice date', dueDate: 'due date', total: 'total' };

/**
 * `page` is called only when some XML value is not printed on the page as it is: extracting the
 * page's fields is the costly part, and a hybrid whose page shows every key value needs none.
 */
export function comparePage(xml: FieldsResult, page: () => FieldsResult | null, texts: string[], opts: { ocr?: boolean } = {}): PageCheck {
  // OCR confuses O/0, I/l/1, S/5, B/8, Z/2: on OCR'd pages identifiers are compared with those folded.
  const fold = opts.ocr ? foldConfusables : (s: string) => s;
  const all = texts.join('\n');
  const dates = datesIn(all);
  const amounts = amountsIn(all);
  const fields: PageCheck['fields'] = [];
  let extracted: FieldsResult | null | undefined;
  const check = <T extends string | number>(key: Key, x: Field<T> | null, onPage: (v: T) => boolean, same: (a: T, b: T) => boolean) => {
    if (!x) return;
    if (onPage(x.value)) {
      fields.push({ field: key, xml: x.value, page: x.value, status: 'match' });
      return;
    }
    extracted ??= page();
    const seen = (extracted?.[key] as Field<T> | null | undefined)?.value;
    if (seen !== undefined && seen !== null && !same(seen, x.value)) fields.push({ field: key, xml: x.value, page: seen, status: 'mismatch' });
    else fields.push({ field: key, xml: x.value, page: null, status: 'not_found' });
  };
  check('invoiceNumber', xml.invoiceNumber, (v) => tokenOnPage(fold(all.toUpperCase()), fold(v.toUpperCase())), (a, b) => fold(squash(a)) === fold(squash(b)));
  check('invoiceDate', xml.invoiceDate, (v) => dates.has(v), (a, b) => a === b);
  check('dueDate', xml.dueDate, (v) => dates.has(v), (a, b) => a === b);
  check('total', xml.total, (v) => amounts.some((a) => Math.abs(a - v) < 0.005), (a, b) => Math.abs(a - b) < 0.005);
  const status = fields.some((f) => f.status === 'mismatch') ? 'mismatch' : fields.some((f) => f.status === 'match') ? 'match' : 'unverified';
  return { status, fields };
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
