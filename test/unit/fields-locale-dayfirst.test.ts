/** A dollar invoice labelled only in a day-first language reads an ambiguous numeric date day first, still as a guess (locale.ts DAY_FIRST_LABELS). */
import { describe, expect, it } from 'vitest';
import { inferDateOrder } from '../../src/extract/fields/locale.js';

const fr = `FACTURE / INVOICE\nFacture n°  EXP-0091\nDate  04/06/2025\nDésignation   Qté   Montant (USD)\nTotal à payer   1 200,00 USD\n`;
const de = `RECHNUNG\nRechnungsdatum  04/06/2025\nMenge  Betrag\nGesamtbetrag  USD 3,400.00\n`;
const es = `FACTURA\nFecha  04/06/2025\nCantidad   Importe\nTotal   USD 980.00\n`;

describe('day-first labels on a dollar invoice', () => {
  it('French, German and Spanish labels with USD: day first, not decided (the date stays flagged as ambiguous)', () => {
    for (const text of [fr, de, es]) expect(inferDateOrder(text, 'USD')).toEqual({ order: 'DMY', decided: false, by: null });
  });
  it('control: an English dollar invoice stays month first', () => {
    expect(inferDateOrder(`INVOICE\nInvoice date  04/06/2025\nAmount due  $1,200.00\n`, 'USD').order).toBe('MDY');
  });
  it('control: English labels beside French ones (a bilingual page with "Invoice date") stay month first', () => {
    expect(inferDateOrder(fr.replace('Date ', 'Invoice date '), 'USD').order).toBe('MDY');
  });
  it('control: a dollar page with no labels of either kind stays month first', () => {
    expect(inferDateOrder(`ACME\n04/06/2025\nTotal $12.00\n`, 'USD').order).toBe('MDY');
  });
});
