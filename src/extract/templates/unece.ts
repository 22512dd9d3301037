/**
 * Printed unit of measure → UN/ECE Recommendation 20 code, as invoice2data's `lines` parser fills
 * `unece_code` from `uom` (OCA's Odoo importer matches units by that code).
 *
 * Soft normalisation, like invoice2data: a row's own non-empty `unece_code` always wins, an unknown
 * `uom` is left alone (no `unece_code` is invented), and `uom` itself is never changed.
 */

/** Lower-cased printed literal → UN/ECE Rec 20 code. */
export const UNECE_CODES: Readonly<Record<string, string>> = Object.freeze({
  // litre / millilitre
  l: 'LTR', ltr: 'LTR', lt: 'LTR', 'ℓ': 'LTR', liter: 'LTR', litre: 'LTR', liters: 'LTR', litres: 'LTR',
  ml: 'MLT', millilitre: 'MLT', milliliter: 'MLT',
  // kilogram / gram
  kg: 'KGM', kgm: 'KGM', kgs: 'KGM', kilogram: 'KGM', kilograms: 'KGM',
  g: 'GRM', gr: 'GRM', grm: 'GRM', gram: 'GRM', grams: 'GRM',
  // lengths
  m: 'MTR', mtr: 'MTR', meter: 'MTR', metre: 'MTR', meters: 'MTR', metres: 'MTR', cm: 'CMT', mm: 'MMT', km: 'KMT',
  // piece (H87): what printed "pcs", "st", "unit" ... mean on invoices
  pcs: 'H87', pc: 'H87', piece: 'H87', pieces: 'H87', ea: 'H87', each: 'H87', ps: 'H87', st: 'H87', stk: 'H87', 'stk.': 'H87',
  stuk: 'H87', stuks: 'H87', 'stück': 'H87', stueck: 'H87', unit: 'H87', units: 'H87', x: 'H87',
  set: 'SET', sets: 'SET',
  // time
  h: 'HUR', hr: 'HUR', hrs: 'HUR', hour: 'HUR', hours: 'HUR', uur: 'HUR', uren: 'HUR',
  min: 'MIN', minute: 'MIN', minutes: 'MIN',
  d: 'DAY', day: 'DAY', days: 'DAY', dag: 'DAY', dagen: 'DAY',
  month: 'MON', months: 'MON', maand: 'MON', maanden: 'MON', mnd: 'MON',
  year: 'ANN', years: 'ANN', jaar: 'ANN',
});

/** The UN/ECE code for a printed unit (case and surrounding space ignored), or null when unknown. */
export function uneceCode(uom: unknown): string | null {
  if (typeof uom !== 'string' || uom.trim() === '') return null;
  return Object.hasOwn(UNECE_CODES, uom.trim().toLowerCase()) ? UNECE_CODES[uom.trim().toLowerCase()] : null;
}

/** Fills `unece_code` from `uom` on each row that has no (or an empty) `unece_code`, in place. */
export function fillUneceCodes(rows: unknown): void {
  if (!Array.isArray(rows)) return;
  for (const row of rows) {
    if (!row || typeof row !== 'object' || Array.isArray(row)) continue;
    const r = row as Record<string, unknown>;
    if (r.unece_code) continue;
    const code = uneceCode(r.uom);
    if (code) r.unece_code = code;
  }
}
