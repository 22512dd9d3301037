/**
 * Decimal separators OCR lost. On a photographed or scanned page tesseract drops a faint decimal
 * comma between digits and a currency sign ("303,45 €" read "30345€", "418,00€" read "41800€"),
 * which makes an amount a hundred times too large. Where the rest of the page writes its amounts
 * with cents before the same sign, a whole number glued to that sign is read with the cents it lost.
 */
import type { Line } from './cells.js';
import type { Money } from './tokens.js';

/** Amounts with cents and a currency sign after them a page needs before a whole one is doubted. */
const MIN_WITH_CENTS = 2;

/** A whole amount of three or more digits, the currency sign right after it (at most one space between). */
const lostCents = (m: Money): boolean => /^\d{3,}$/.test(m.raw) && !!m.currencyAt && m.currencyAt[0] >= m.end && m.currencyAt[0] - m.end <= 1;

/** Cents and a currency sign after them ("45,00 €", "255,00€"). */
const centsThenSign = (m: Money): boolean => m.decimals && !!m.currencyAt && m.currencyAt[0] >= m.end;

/** Rewrites, in place, the amounts of OCR'd pages whose decimal separator OCR lost (see above). */
export function restoreLostCents(lines: Line[], amounts: Money[][], ocrPages: ReadonlySet<number>): void {
  for (const page of ocrPages) {
    const rows = lines.filter((l) => l.page === page);
    const all = rows.flatMap((l) => amounts[l.n]);
    const signs = new Set(all.filter(centsThenSign).map((m) => m.currency));
    if (all.filter(centsThenSign).length < MIN_WITH_CENTS) continue;
    for (const l of rows) {
      amounts[l.n] = amounts[l.n].map((m) => (lostCents(m) && signs.has(m.currency) ? { ...m, value: Number(m.raw) / 100, decimals: true } : m));
    }
  }
}
