/**
 * The causes the tenth held-out sweep showed, each on a document invented for the test in the
 * shape of the cause, with a control: a Norwegian or Danish net labelled "Sum eks. mva" / "ekskl.
 * moms" above the VAT and the amount to pay; a deadline in a banner above the address ("Montant à
 * régler … avant le …") and the invoice's date in its title ("Facture … du …").
 */
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/extract/fields/index.js';
import { idTokensIn } from '../../src/extract/fields/tokens.js';
import { documentType } from '../../src/extract/fields/doctype.js';
import type { PageText } from '../../src/extract/types.js';

const pages = (text: string, source: 'text' | 'ocr'): PageText[] => [{ page: 1, text, source, ocrConfidence: null }];
const run = (t: string, source: 'text' | 'ocr' = 'text') => extractFields(pages(t, source), { templates: [], today: '2026-12-01' });

describe('a Scandinavian net "eks. mva" / "ekskl. moms" above the VAT and the amount to pay', () => {
  const doc = (net: string, tax: string, pay: string) => `Vestland Maling AS · Org.nr. 912 345 678 MVA
Ola Hansen
Fakturanr.          5521                   Fakturadato      02.04.2025
Beskrivelse                                   Antall        Pris         Beløp
Maling av stue                                  1,00    4 200,00      4 200,00
Materialer                                      1,00      800,00        800,00
                                   ${net}                5 000,00
                                   ${tax}                1 250,00
                                   ${pay}                6 250,00`;

  it('the net is the subtotal, the amount to pay the total', () => {
    for (const [net, tax, pay] of [['Sum eks. mva', 'Mva 25 %', 'Å betale NOK'], ['Sum ekskl. mva', 'Mva 25 %', 'Totalt å betale'], ['Subtotal ekskl. moms', 'Moms 25 %', 'At betale DKK'], ['Beløb eks. moms', 'Moms 25 %', 'I alt DKK']]) {
      const r = run(doc(net, tax, pay));
      expect(r.total?.value, net).toBe(6250);
      expect(r.subtotal?.value, net).toBe(5000);
      expect(r.tax?.value, net).toBe(1250);
    }
  });

  it('control: a sum with VAT ("Sum inkl. mva") is still the total', () => {
    const r = run(doc('Sum eks. mva', 'Mva 25 %', 'Sum inkl. mva'));
    expect(r.total?.value).toBe(6250);
    expect(r.subtotal?.value).toBe(5000);
  });
});
describe('a deadline in a banner above the address and the date in the title', () => {
  const doc = (banner: string, title: string) => `Paysages Martin · 4 rue des Lilas · 67000 Strasbourg
${banner}
                                                  Syndic Moreau
                                                  8 rue du Dôme, 67000 Strasbourg
${title}
Détail                                          Qté        P.U. HT      Montant HT
Tonte forfait                                     1         500,00          500,00
                                                  Total HT                  500,00 €
                                                  TVA 20 %                  100,00 €
                                                  Total TTC                 600,00 €`;

  it('the invoice date is the title\'s, the banner\'s deadline the due date', () => {
    for (const [banner, title] of [
      ['Montant à régler          600,00 €          avant le         15/10/2025', 'Facture PM-0925-12 du 30/09/2025'],
      ['Zu zahlen               600,00 €         spätestens am       15.10.2025', 'Rechnung 2025-12 vom 30.09.2025'],
    ]) {
      const r = run(doc(banner, title));
      expect(r.invoiceDate?.value, banner).toBe('2025-09-30');
      expect(r.dueDate?.value, banner).toBe('2025-10-15');
    }
  });

  it('control: without a dated title the lone deadline stays the due date and no invoice date is invented', () => {
    const r = run(doc('Montant à régler          600,00 €          avant le         15/10/2025', 'Facture PM-0925-12'));
    expect(r.dueDate?.value).toBe('2025-10-15');
    expect(r.invoiceDate?.value ?? null).not.toBe('2025-09-30');
  });

  it('control: a labelled invoice date is kept when the title is dated too', () => {
    const r = run(doc('Date de facture : 01/10/2025          Échéance : 15/10/2025', 'Facture PM-0925-12 du 30/09/2025'));
    expect(r.invoiceDate?.value).toBe('2025-10-01');
  });
});

describe('costs outside VAT after the total with VAT, and the total that counts them', () => {
  const doc = (first: string, second: string, last: string) => `Cabinet Roussel, avocats
NOTE D'HONORAIRES N° NH-2025-0042
Lyon, le 04/06/2025
Consultation (heures)                        4            250,00          1 000,00
                                              Total honoraires HT          1 000,00 €
                                              TVA 20 %                       200,00 €
                                              Total honoraires TTC         1 200,00 €
Débours (non soumis à TVA)
                                              ${first}                      50,00 €
                                              ${second}                     20,00 €
                                              ${last}                    1 270,00 €`;

  it('the total is what the last line sums: the total with VAT plus the costs outside it', () => {
    for (const [first, second, last] of [['Frais de greffe', 'Timbre fiscal', 'TOTAL À RÉGLER'], ['Frais de greffe', 'Droit de plaidoirie', 'Net à régler'], ['Frais de greffe', 'Timbre fiscal', 'Total à payer']]) {
      const r = run(doc(first, second, last));
      expect(r.total?.value, `${second} / ${last}`).toBe(1270);
      expect(r.subtotal?.value).toBe(1000);
      expect(r.tax?.value).toBe(200);
    }
  });

  it('control: a last line that is not their sum leaves the total with VAT', () => {
    const r = run(doc('Frais de greffe', 'Timbre fiscal', 'Acompte versé').replace('1 270,00 €', '   300,00 €'));
    expect(r.total?.value).toBe(1200);
  });
});

describe('Icelandic and Greek invoices', () => {
  const icelandic = (vat: string) => `Gluggi ehf. · Skólavörðustígur 8 · 101 Reykjavík · Kt. 440210-1190
Reikningur
Reikningsnúmer:                 2211
Dagsetning:                     03.02.2025
Eindagi:                        17.02.2025
Lýsing                                        Magn      Einingarverð        Upphæð
Gluggaþvottur                                   1        40.000 kr.     40.000 kr.
                                       Samtals án ${vat}         40.000 kr.
                                       ${vat} 24%                9.600 kr.
                                       Samtals                49.600 kr.`;

  it('Icelandic labels: the due date, the net and tax, and "kr." as the króna', () => {
    const r = run(icelandic('VSK'));
    expect(r.invoiceDate?.value).toBe('2025-02-03');
    expect(r.dueDate?.value).toBe('2025-02-17');
    expect(r.total?.value).toBe(49600);
    expect(r.subtotal?.value).toBe(40000);
    expect(r.tax?.value).toBe(9600);
    expect(r.currency?.value).toBe('ISK');
  });

  it('control: "kr." on a Danish page stays the Danish krone', () => {
    const r = run(icelandic('moms').replace(/^.*\n/, 'Vinduespudser ApS · Søndergade 8 · 8000 Aarhus · CVR 12345678\n').replace(/Gluggaþvottur/, 'Vinduespolering').replace(/Reikningur/, 'Faktura'));
    expect(r.currency?.value).toBe('DKK');
  });

  const greek = (no: string) => `ΓΡΑΦΕΙΟ ΜΕΛΕΤΩΝ ΝΙΚΟΛΑΟΥ · Σταδίου 10 · 10564 Αθήνα · ΑΦΜ 099887766
ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ
Αριθμός: ${no}                                   Ημερομηνία: 12/05/2025
Περιγραφή                                   Ποσότητα        Τιμή            Αξία
Μελέτη στατικών                                    1      800,00 €        800,00 €
                                              Καθαρή αξία                  800,00 €
                                              ΦΠΑ 24%                      192,00 €
                                              Σύνολο πληρωτέο              992,00 €`;

  it('Greek labels and a number in Greek letters', () => {
    expect(idTokensIn('Αριθμός: ΤΠΥ-0412').map((t) => t.value)).toEqual(['ΤΠΥ-0412']);
    const r = run(greek('ΤΠΥ-0412'));
    expect(r.invoiceNumber?.value).toBe('ΤΠΥ-0412');
    expect(r.invoiceDate?.value).toBe('2025-05-12');
    expect(r.total?.value).toBe(992);
    expect(r.subtotal?.value).toBe(800);
    expect(r.tax?.value).toBe(192);
  });

  it('control: Latin identifiers read as before; a Greek word without digits is no identifier', () => {
    expect(idTokensIn('Invoice No. INV-0412 / Order 77').map((t) => t.value)).toEqual(['INV-0412', '77']);
    expect(idTokensIn('ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ').map((t) => t.value)).toEqual([]);
  });
});

describe('a sum row carrying the net, tax and gross columns of a long table', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `Artikel ${i + 1}                                  1              100,00      19   %         19,00       119,00`).join('\n');
  const doc = (n: number, sum: string) => `Bürobedarf Kunz KG · Hauptstraße 3 · 67655 Kaiserslautern
Rechnung                                                     Rechnung-Nr.      4410
                                                             Datum             08.08.2025
Artikel                                        Menge         Netto     USt   %           USt       Brutto
${rows(n)}
${sum}                                                    ${(n * 100).toFixed(2).replace('.', ',')}                 ${(n * 19).toFixed(2).replace('.', ',')}       ${(n * 119).toFixed(2).replace('.', ',')}
Zu zahlender Betrag: ${(n * 119).toFixed(2).replace('.', ',')} EUR`;

  it('each sum is named by its column heading however many rows stand between', () => {
    for (const sum of ['Summe', 'Gesamt']) {
      const r = run(doc(6, sum));
      expect(r.total?.value, sum).toBe(714);
      expect(r.subtotal?.value, sum).toBe(600);
      expect(r.tax?.value, sum).toBe(114);
    }
  });

  it('control: a short table (heading within reach) reads the same', () => {
    const r = run(doc(2, 'Summe'));
    expect(r.total?.value).toBe(238);
    expect(r.subtotal?.value).toBe(200);
    expect(r.tax?.value).toBe(38);
  });
});

describe('a receipt form titled with two words ("REÇU / NOTE")', () => {
  const slip = (title: string) => `          TAXI LUTÉCIEN
         Licence n°  4711
            ${title}
Date  :  17/09/2025
Départ  :  Gare de l'Est
Montant TTC  :  28,40 €
         TVA 10 % incluse
     Merci de votre confiance`;

  it('is a receipt', () => {
    for (const title of ['RECU / NOTE', 'REÇU / NOTE', 'Quittung / Beleg', 'Receipt / Note']) expect(documentType(slip(title), 1, 28.4, [], true), title).toBe('receipt');
  });

  it('control: a title with another word after the slash stays an invoice', () => {
    expect(documentType(slip('RECU / FACTURE'), 1, 28.4, [], true)).toBe('invoice');
  });
});

describe('a compound number label in a language of the later blocks ("Reikningsnúmer")', () => {
  const doc = (label: string) => `Ljósmyndastofa ehf. · Laugavegur 5 · 101 Reykjavík · Kt. 510319-0420 · VSK-nr. 131425



Sjávarsýn hf.
Borgartún 8
105 Reykjavík



REIKNINGUR
${label}:                        1042
Dagsetning:                      06.10.2025
Eindagi:                         20.10.2025


Lýsing                                                 Magn     Einingarverð         Upphæð
Ljósmyndun                                                1       95.000 kr.     95.000 kr.
Myndvinnsla (klst.)                                       6       14.500 kr.     87.000 kr.


                                        Samtals án VSK          182.000 kr.
                                        VSK 24%                  43.680 kr.
                                        Samtals                 225.680 kr.


Greiðist inn á reikning 0133-26-012345, kt. 510319-0420.`;

  it('names the document\'s own number, over a registration number in the letterhead', () => {
    expect(run(doc('Reikningsnúmer')).invoiceNumber?.value).toBe('1042');
  });

  it('control: a compound of another word ("Pöntunarnúmer", an order number) does not', () => {
    expect(run(doc('Pöntunarnúmer')).invoiceNumber?.value).not.toBe('1042');
  });
});
