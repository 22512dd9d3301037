import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../src/extract/fields/generic.js';
import { extractFields } from '../../src/extract/fields/index.js';
import { readsAsName } from '../../src/extract/fields/seller-name.js';
import { taxIdsIn } from '../../src/extract/fields/taxids.js';

const page = (text: string, source: 'text' | 'ocr' = 'text') => ({ page: 1, text, source, ocrConfidence: source === 'ocr' ? 80 : null });
const run = (text: string, source: 'text' | 'ocr' = 'text') => extractGeneric([page(text, source)]);
const RECEIPT = `        jot down here



          KEDAI RUNCIT SERI MAJU SDN BHD (512345-K)
                    (CO REG : 512345-K)
             NO 12, JALAN BUNGA RAYA 3,
               45000 KUALA SELANGOR
               TEL : 03-3281 5555

             TAX INVOICE
   Date: 12/03/2018 10:22
   TOTAL                          RM 12.50
   CASH                           RM 20.00
   CHANGE                          RM 7.50`;

describe('the seller name: candidates by evidence', () => {
  it('takes a till receipt\'s centred name over its registration number, without the number, at an OCR confidence', () => {
    const r = run(RECEIPT, 'ocr');
    expect(r.vendor.name).toMatchObject({ value: 'KEDAI RUNCIT SERI MAJU SDN BHD', source: 'generic:company-suffix' });
    // OCR'd names are seldom read letter for letter: never near certain.
    expect(r.vendor.name!.confidence).toBeLessThan(0.7);
    // The vendor is no core field: its low confidence flags nothing.
    const full = extractFields([page(RECEIPT, 'ocr')], { templates: [] });
    expect(full.vendor.name?.value).toBe('KEDAI RUNCIT SERI MAJU SDN BHD');
    expect(full.reviewReasons.filter((x) => /vendor|name/i.test(x))).toEqual([]);
  });

  it('joins a name going on on the next line and takes the top name over its street when no company form is printed', () => {
    const r = run(
      `         GREENLEAF HOME &
             GARDEN SUPPLIES
       LOT 7, JALAN PERMATA 2
        47100 PUCHONG, SELANGOR
        TEL: 03-8000 1234

   TOTAL                          RM 45.00`,
      'ocr',
    );
    expect(r.vendor.name).toMatchObject({ value: 'GREENLEAF HOME & GARDEN SUPPLIES', source: 'generic:top-block' });
  });

  it('never takes OCR noise, a title, an item line, a table header or the form word alone for a name', () => {
    for (const s of ['TAX INVOICE', '(GST Inc.)', '(Co.', 'Oy', '20" 1,6KG X 50M', 'Description   Qty   Amount', 'SL', 'tan ah kow', 'No 7, Simpang Lima']) {
      expect(readsAsName(s), s).toBe(false);
    }
    for (const s of ['Quarry Lane Software LLC', 'Lieferant GmbH & Co. KG', 'HOME MASTER HARDWARE & ELECTRICAL', 'Kessler Feinmechanik GmbH']) expect(readsAsName(s), s).toBe(true);
    // An item line with a weight is no company ("KG" after a digit).
    const r = run(
      `           SIMPANG TIGA TRADING
         88 JALAN KENARI, 81200 JOHOR BAHRU
   25KG CEMENT BAG (NEW PRICE)        2    36.00
   TOTAL                                   36.00`,
      'ocr',
    );
    expect(r.vendor.name?.value).toBe('SIMPANG TIGA TRADING');
  });

  it('prefers the name at the top over its address to a company form in the legal footer, and cuts a footer name at its form', () => {
    const r = run(`LE MAGASIN DU COIN                                                FACTURE N° : F-1
4 rue des Lilas
75011 PARIS, FR

Désignation                     Qté        Montant
Article 1                         1          50,00
Article 2                         1          50,00
Article 3                         1          20,00
Total HT : 100,00 €
TVA : 20,00 €
Total TTC : 120,00 €
Conditions de paiement : 30 jours
Pénalités de retard : 3 fois le taux légal
Indemnité forfaitaire pour frais de recouvrement : 40 €
Escompte pour paiement anticipé : néant



                     MAGASIN C SARL au capital de 10 000 EUR - RCS PARIS 123 456 789`);
    expect(r.vendor.name).toMatchObject({ value: 'LE MAGASIN DU COIN', source: 'generic:top-block' });
    const footerOnly = run(`Facture n° 12
Total TTC : 120,00 €

                     MAGASIN C SARL au capital de 10 000 EUR - RCS PARIS 123 456 789`);
    expect(footerOnly.vendor.name?.value).toBe('MAGASIN C SARL');
  });

  it('drops a document title printed after the name on its line', () => {
    const r = run(`                                   Northwind Cloud Services Invoice
                                   Email us about your account at help@northwind.example
Invoice Number: 1234
Total: $10.00`);
    expect(r.vendor.name?.value).toBe('Northwind Cloud Services');
  });
});

describe('the customer and the seller\'s tax id', () => {
  it('reads a form block under Käufer/Leistungsempfänger (Nummer:, Name:, Anschrift:) and the seller\'s USt.-Id.-Nr. over its Steuernummer', () => {
    const r = run(`   Verkäufer
   Name:                                        Werkbank GmbH & Co. KG
   Steuernummer:                                11111/22222
   USt.-Id.-Nr.:                                DE12345678

   Käufer/Leistungsempfänger
   Nummer:                                      4711
   Name:                                        Holzbau Nord GmbH
   Anschrift:                                   Am Hafen 3
                                                DE 24103 Kiel

   Rechnung Nr. 7 vom 01.04.2025
   Gesamtbetrag:                                119,00 EUR`);
    expect(r.customer.name?.value).toBe('Holzbau Nord GmbH');
    expect(r.vendor.name?.value).toBe('Werkbank GmbH & Co. KG');
    expect(r.vendor.taxId?.value).toBe('DE12345678');
    expect(taxIdsIn('USt.-Id.-Nr.: DE12345678')[0]).toMatchObject({ vat: true, labelled: true });
    expect(taxIdsIn('Umsatzsteuer-Identifikationsnummer: DE123456789')[0]).toMatchObject({ vat: true });
    expect(taxIdsIn('Steuernummer: 11111/22222')[0]).toMatchObject({ vat: false, value: '11111/22222' });
  });

  it('keeps the seller\'s VAT id at the left of a two-column head whose right column is the customer\'s, written compact', () => {
    const r = run(`LE MAGASIN DU COIN                                                FACTURE N° : F-2
                                                                  Adresse du Client
4 rue des Lilas                                                   Contact Acheteur
75011 PARIS, FR                                                   SOCIETE CLIENTE
N° TVA : FR 11 123 456 782                                        8 avenue Foch
                                                                  69006 LYON, FR
                                                                  N° TVA : FR 05 987 654 321

Total TTC : 120,00 €`);
    expect(r.vendor.taxId?.value).toBe('FR11123456782');
    expect(r.customer.name?.value).toBe('SOCIETE CLIENTE');
    expect(r.customer.taxId?.value).toBe('FR05987654321');
  });
});
