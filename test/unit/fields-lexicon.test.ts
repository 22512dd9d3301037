import { describe, expect, it } from 'vitest';
import { AMOUNT, DATE, DOCUMENT, NUMBER, compileCues, cues } from '../../src/extract/fields/lexicon.js';
import { CORRECTION_TITLE } from '../../src/extract/fields/lexicon-corrections.js';

const amount = (s: string) => [...cues(AMOUNT, s)].sort();

describe('label lexicon', () => {
  it('knows the grand total in every lexicon language and on receipts', () => {
    for (const label of ['Grand Total', 'Total amount', 'Total incl. VAT', 'Gesamtbetrag', 'Bruttosumme', 'Rechnungsbetrag', 'Total TTC', 'Montant TTC', 'Totaalbedrag', 'Importe total', 'Totale fattura', 'Valor total', 'Wartość brutto', 'Total Sales Incl GST', 'Rounded Total', 'Nett Total']) {
      expect(amount(label), label).toContain('totalStrong');
    }
  });

  it('knows due-date wording of Italian, Portuguese and Polish, and a Polish sale date as some other date', () => {
    for (const label of ['Pagamento entro il', 'Vencimento', 'Termin zapłaty', 'Termin płatności']) expect([...cues(DATE, label)], label).toContain('due');
    expect([...cues(DATE, 'Data sprzedaży')]).toContain('other');
  });

  it('Portuguese totals: Total sem IVA / Total líquido are net, Total documento the total, and a total VAT line is no grand total', () => {
    for (const label of ['Total sem IVA', 'Total líquido']) expect(amount(label), label).toContain('net');
    expect(amount('Total documento')).toContain('totalStrong');
    expect(amount('Total do documento')).toContain('totalStrong');
    for (const label of ['Total IVA', 'Totale IVA']) {
      expect(amount(label), label).not.toContain('totalStrong');
      expect(amount(label), label).toContain('tax');
    }
    expect(amount('Total con IVA')).toContain('totalStrong');
  });

  it('tells what is left to pay from the total', () => {
    for (const label of ['Amount due', 'Balance due', 'Net à payer', 'Reste à payer', 'Zahlbetrag', 'Zu zahlen', 'Te betalen', 'Importe a pagar', 'Da pagare', 'Do zapłaty']) {
      expect(amount(label), label).toContain('due');
    }
  });

  it('marks amounts before tax, tax amounts and their qualifiers', () => {
    for (const label of ['Subtotal', 'Sub-Total', 'Nettobetrag', 'Zwischensumme', 'Total HT', 'Montant HT', 'Subtotaal', 'Base imponible', 'Imponibile', 'Wartość netto', 'Rechnungssumme ohne USt.', 'Total exkl. MWST', 'Total HTVA', 'Incidência']) {
      expect(amount(label), label).toContain('net');
    }
    for (const label of ['VAT 20%', 'MwSt. 19 %', 'USt', 'TVA', 'BTW 21%', 'IVA', 'GST 6%', 'Sales Tax', 'Steuerbetrag', 'Podatek VAT']) {
      expect(amount(label), label).toContain('tax');
    }
    expect(amount('Total excl. tax')).toEqual(expect.arrayContaining(['excl', 'net']));
    expect(amount('Total incl. VAT')).toEqual(expect.arrayContaining(['incl', 'totalStrong', 'tax']));
  });

  it('knows the till words that are not the total: cash, change, rounding, discounts, prepayments', () => {
    expect(amount('CASH')).toContain('tendered');
    expect(amount('Change Due')).toContain('change');
    expect(amount('Rückgeld')).toContain('change');
    expect(amount('Rounding Adj')).toContain('rounding');
    expect(amount('Rabatt 10%')).toContain('discount');
    expect(amount('Remise')).toContain('discount');
    expect(amount('Acompte')).toContain('prepaid');
    expect(amount('Erhaltene Anzahlungen')).toContain('prepaid');
    expect(amount('Montant déjà versé')).toContain('prepaid');
  });

  it('matches whole words only', () => {
    expect(amount('Totality')).toEqual([]);
    expect(amount('Subtotals')).not.toContain('totalWeak');
    expect(cues(AMOUNT, 'Taxi ride')).not.toContain('tax');
    expect(cues(AMOUNT, 'Netherlands')).not.toContain('net');
  });

  it('separates the invoice date from due dates and other dates', () => {
    for (const label of ['Invoice date', 'Rechnungsdatum', 'Date de facture', "Date d'émission", 'Factuurdatum', 'Fecha de emisión', 'Data fattura', 'Data wystawienia']) {
      expect(DATE.issue.test(label), label).toBe(true);
    }
    for (const label of ['Due date', 'Fällig am', 'Zahlbar bis', 'Zahlbar ohne Abzug bis', 'Échéance', 'Vervaldatum', 'Vencimiento', 'Scadenza', 'Termin płatności']) {
      expect(DATE.due.test(label), label).toBe(true);
    }
    for (const label of ['Order date', 'Lieferdatum', 'Leistungszeitraum', 'Date de livraison', 'Check-in', 'Date de facture associée']) {
      expect(DATE.other.test(label), label).toBe(true);
    }
    expect(DATE.of.test('vom')).toBe(true);
  });

  it('knows invoice-number labels and the numbers of other things', () => {
    expect([...cues(NUMBER, 'Rechnungsnummer')]).toContain('compound');
    expect([...cues(NUMBER, 'Facture n°')]).toEqual(expect.arrayContaining(['invoice', 'number']));
    expect([...cues(NUMBER, 'Handelsrechnung (380) Nr.')]).toEqual(expect.arrayContaining(['invoice', 'number']));
    expect([...cues(NUMBER, 'Kundennummer')]).toContain('other');
    expect([...cues(NUMBER, 'Order ID')]).toContain('other');
    expect([...cues(NUMBER, 'N° de facture associée')]).toContain('other');
  });

  it('knows credit-note and receipt wording', () => {
    for (const w of ['Credit note', 'Gutschrift', 'Avoir', 'Creditnota', 'Nota de crédito', 'Nota di credito']) expect(DOCUMENT.creditNote.test(w), w).toBe(true);
    // A corrected invoice's title is no credit-note word: doctype.ts decides by its sign (lexicon-corrections.ts).
    for (const w of ['Faktura korygująca', 'Rechnungskorrektur', 'Factura rectificativa']) expect(CORRECTION_TITLE.test(w) && !DOCUMENT.creditNote.test(w), w).toBe(true);
    for (const w of ['RECEIPT', 'Kassenbon', 'Ticket de caisse', 'Thank you, please come again', 'Cashier: 3']) expect(DOCUMENT.receipt.test(w), w).toBe(true);
  });

  it('compiles any cue set into whole-word, case-insensitive matchers', () => {
    const m = compileCues({ a: ['foo\\s*bar'], b: ['baz'] });
    expect([...cues(m, 'the FOO  BAR here')]).toEqual(['a']);
    expect([...cues(m, 'bazooka')]).toEqual([]);
  });
});
