/**
 * Whether a receipt's true date and total are in an OCR text at all, in any of the ways they are
 * printed (scripts/ocr-accuracy.mjs, ocr-lever.mjs, paddle-lever.mjs): the ceiling a reading
 * gives extraction.
 */

/** The ways a total is printed: 1234.5 -> 1234.50, 1,234.50, 1234,50, 1.234,50. */
export function amountForms(n) {
  const fixed = Math.abs(n).toFixed(2);
  const [int, dec] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return [...new Set([`${int}.${dec}`, `${grouped}.${dec}`, `${int},${dec}`, `${grouped.replaceAll(',', '.')},${dec}`])];
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const MONTH_NAMES = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'];

/** The ways a date is printed (without spaces, upper case): day-month-year, year-month-day, month names. */
export function dateForms(iso) {
  const [y, m, d] = iso.split('-');
  const yy = y.slice(2);
  const days = [d, String(Number(d))];
  const months = [m, String(Number(m))];
  const out = new Set();
  for (const sep of ['/', '-', '.']) {
    for (const dd of days) for (const mm of months) for (const yr of [y, yy]) out.add(`${dd}${sep}${mm}${sep}${yr}`), out.add(`${mm}${sep}${dd}${sep}${yr}`);
    out.add(`${y}${sep}${m}${sep}${d}`);
  }
  for (const mon of [MONTHS[m - 1], MONTH_NAMES[m - 1]]) {
    for (const dd of days) for (const yr of [y, yy]) {
      for (const sep of ['', ' ', '-', '/', '.']) out.add(`${dd}${sep}${mon}${sep}${yr}`);
      out.add(`${dd} ${mon}${yr}`);
      out.add(`${dd}${mon} ${yr}`);
      out.add(`${mon} ${dd},${yr}`);
      out.add(`${mon} ${dd} ${yr}`);
    }
  }
  return [...out];
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** Upper case, one space for any run of whitespace, none next to a separator (`19 / 10 / 2018`). */
export const normal = (s) => s.toUpperCase().replace(/\s+/gu, ' ').replace(/ ?([/.,:-]) ?/gu, '$1');
/**
 * Whether one of `forms` stands in `text` (already normal()) as a whole number: not after a digit
 * or a digit's decimal mark, nor before a digit or a decimal part (a comma before it is
 * punctuation: normal() takes the space after it away, "Fri, 29-12-2017").
 */
export const found = (text, forms) => forms.some((f) => new RegExp(`(?<!\\d|\\d[.,])${escape(f)}(?![\\d]|[.,]\\d)`, 'u').test(text));

/** Whether the truth's date and total (SROIE's `{ date, amount }`) are in `text`. */
export const inText = (text, truth) => {
  const t = normal(text);
  return { date: truth.date ? found(t, dateForms(truth.date)) : false, amount: truth.amount != null ? found(t, amountForms(Number(truth.amount))) : false };
};
