import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../src/extract/fields/generic.js';
import { taxIdsIn } from '../../src/extract/fields/parties.js';

const run = (...texts: string[]) => extractGeneric(texts.map((text, i) => ({ page: i + 1, text, source: 'text' as const, ocrConfidence: null })));
const v = (r: ReturnType<typeof run>) => ({
  vendor: [r.vendor.name?.value ?? null, r.vendor.address?.value ?? null, r.vendor.taxId?.value ?? null],
  customer: [r.customer.name?.value ?? null, r.customer.address?.value ?? null, r.customer.taxId?.value ?? null],
});

describe('generic parties: names, addresses and tax ids', () => {
  it('takes the top-left name above an address as the sender when no name has a company suffix', () => {
    const r = run(`Harbor Light Consulting                                   INVOICE
12 Pier Road, Salem, MA 01970                             Invoice No: HL-204
Phone (978) 555-0143                                      Invoice Date: 2025-02-03

Bill to:
Maple Street Bakery, 45 Maple Street, Portland, ME 04101

Total USD 1,200.00
`);
    expect(r.vendor.name).toMatchObject({ value: 'Harbor Light Consulting', source: 'generic:top-block' });
    expect(r.vendor.address?.value).toBe('12 Pier Road, Salem, MA 01970');
    expect(r.customer.name?.value).toBe('Maple Street Bakery');
    expect(r.customer.address).toMatchObject({ value: '45 Maple Street, Portland, ME 04101', source: 'generic:inline:customer-address' });
  });

  it('does not take a block at the right (a recipient window) or a document title for the sender', () => {
    const r = run(`                                                            Jane Doe
                                                            27 rue Henri Rolland
                                                            69100 Villeurbanne
INVOICE
12 Pier Road

Facture n° 2022-1   Date : 28/11/2022
`);
    expect(r.vendor.name).toBeNull();
  });

  it('reads a German letterhead on the left and the recipient under its label', () => {
    const r = run(`            Werkstatt Nord GmbH
            Lindenallee 5a
                                                              RECHNUNG
            20259 Hamburg
                                                     Rechnungsnummer:       2024-117
            USt-IdNr.: DE811223344                   Rechnungsdatum:        03.04.2024
            Tel. 040 000 1234
            info@werkstatt-nord.example

RECHNUNGSEMPFÄNGER
Bäckerei Sonnenschein OHG
z. Hd. Frau Albers
Marktplatz 2
24103 Kiel
USt-IdNr.: DE299887766

 Pos.   Bezeichnung                 Menge     Einzelpreis      Betrag
 1      Wartung                         1          100,00      100,00
                                            Gesamtbetrag:     119,00 €`);
    expect(v(r)).toEqual({
      vendor: ['Werkstatt Nord GmbH', 'Lindenallee 5a, 20259 Hamburg', 'DE811223344'],
      customer: ['Bäckerei Sonnenschein OHG', 'z. Hd. Frau Albers, Marktplatz 2, 24103 Kiel', 'DE299887766'],
    });
    expect(r.vendor.address?.source).toBe('generic:block:vendor-address');
    expect(r.customer.address?.source).toBe('generic:block:customer-address');
    expect(r.customer.taxId?.source).toBe('generic:block:customer-tax-id');
    expect(r.vendor.address!.confidence).toBeGreaterThan(0.3);
    expect(r.vendor.address!.confidence).toBeLessThan(0.7);
  });

  it('reads a right-aligned US letterhead, a Bill To block and an EIN', () => {
    const r = run(`INVOICE                                                     Pinecrest Design Studio LLC
                                                                   900 Aspen Court, Suite 4
                                                                        Boulder, CO 80302
Invoice No.:         PDS-0042                                              EIN: 12-3456789
Invoice Date:        03/14/2025                                             (303) 555-0199
Due Date:            04/13/2025                                   hello@pinecrest.example

BILL TO:
Riverside Animal Clinic
Accounts Payable
71 Bridge St.
Fort Collins, CO 80524

 Description                          Qty       Unit Price        Amount
 Logo design                            1           800.00        800.00
                                                 Total Due:      $800.00`);
    expect(v(r)).toEqual({
      vendor: ['Pinecrest Design Studio LLC', '900 Aspen Court, Suite 4, Boulder, CO 80302', '12-3456789'],
      customer: ['Riverside Animal Clinic', 'Accounts Payable, 71 Bridge St., Fort Collins, CO 80524', null],
    });
  });

  it('reads a UK invoice whose customer block sits beside the invoice details, with the name on the label line', () => {
    const r = run(`Greystone Joinery Ltd
14 Quarry Lane
Sheffield S10 2TN
United Kingdom
VAT No. GB 123 4567 89

Invoice to:  Hollis & Webb Solicitors          Invoice number:   GJ-2291
             3 Castle Street                   Invoice date:     14/03/2025
             York YO1 9RN                      Due date:         13/04/2025

Total: £1,200.00`);
    expect(v(r)).toEqual({
      vendor: ['Greystone Joinery Ltd', '14 Quarry Lane, Sheffield S10 2TN, United Kingdom', 'GB123456789'],
      customer: ['Hollis & Webb Solicitors', '3 Castle Street, York YO1 9RN', null],
    });
  });

  it('reads a French and a Dutch layout (TVA intracom., BTW-nr., postcodes 69002 / 1012 AB)', () => {
    const fr = run(`FACTURE                                                         Imprimerie Rivière SAS
                                                                   8 quai Saint-Vincent
                                                                             69001 Lyon
Facture n° : F-2025-77                                                           France
Date de facture : 3 avril 2025                          N° TVA intracom. : FR12345678901
                                                                   SIRET 345 678 901 00012

FACTURÉ À
Café du Parc
12 avenue Foch
75116 Paris

Total TTC : 240,00 €`);
    expect(v(fr)).toEqual({
      vendor: ['Imprimerie Rivière SAS', '8 quai Saint-Vincent, 69001 Lyon, France', 'FR12345678901'],
      customer: ['Café du Parc', '12 avenue Foch, 75116 Paris', null],
    });
    const nl = run(`Bouwbedrijf Van Dijk B.V.
Keizersgracht 100
1012 AB Amsterdam
BTW-nr.: NL123456789B01
KvK 12345678

FACTUUR AAN
Gemeente Zandvoort
Postbus 2
2040 AA Zandvoort

Factuurnummer: 2025-14
Totaal te betalen: € 605,00`);
    expect(v(nl)).toEqual({
      vendor: ['Bouwbedrijf Van Dijk B.V.', 'Keizersgracht 100, 1012 AB Amsterdam', 'NL123456789B01'],
      customer: ['Gemeente Zandvoort', 'Postbus 2, 2040 AA Zandvoort', null],
    });
  });

  it("gives the customer the tax id printed in its block (Spanish NIF) and the vendor its own (CIF)", () => {
    const r = run(`Carpintería Ebro S.L.                           FACTURA
Avenida de Madrid 40                            Factura nº: 2025/31
50010 Zaragoza                                  Fecha: 02/04/2025
CIF: B12345678

CLIENTE
Comercial Moncayo S.A.
Calle Mayor 3
22002 Huesca
NIF: A87654321

Total factura: 121,00 €`);
    expect(v(r)).toEqual({
      vendor: ['Carpintería Ebro S.L.', 'Avenida de Madrid 40, 50010 Zaragoza', 'B12345678'],
      customer: ['Comercial Moncayo S.A.', 'Calle Mayor 3, 22002 Huesca', 'A87654321'],
    });
  });

  it('takes the vendor address from a one-line sender or footer ("Name · street · postcode city")', () => {
    const inline = run(`Alpenblick Software AG - Bahnhofstrasse 12 - CH-8001 Zürich

Rechnung Nr. 4471
Total CHF 540.00`);
    expect(inline.vendor.name?.value).toBe('Alpenblick Software AG');
    expect(inline.vendor.address?.value).toBe('Bahnhofstrasse 12, CH-8001 Zürich');
    const footer = run(`Nordlicht Verlag GmbH
Rechnung Nr. 2025-8                      Datum: 01.04.2025
Gesamtbetrag: 50,00 €

Nordlicht Verlag GmbH · Hafenstraße 9 · 28217 Bremen · Tel. 0421 000000 · USt-IdNr. DE123123123`);
    expect(footer.vendor.address?.value).toBe('Hafenstraße 9, 28217 Bremen');
    expect(footer.vendor.address?.source).toBe('generic:footer:vendor-address');
    expect(footer.vendor.taxId?.value).toBe('DE123123123');
  });

  it('prefers a VAT number to a local tax or registration number, and never takes an amount or rate', () => {
    const r = run(`Muster Handel GmbH
Steuer-Nr. 12/345/67890       USt-IdNr. DE987654321
VAT 19 %      190,00
Total         1.190,00`);
    expect(r.vendor.taxId?.value).toBe('DE987654321');
    expect(taxIdsIn('VAT 20%:   1,234.56')).toEqual([]);
    expect(taxIdsIn('Tax   1234.56')).toEqual([]);
    expect(taxIdsIn('Er war ein 12345678 Tage')).toEqual([]);
    expect(taxIdsIn('IBAN DE00 0000 0000 0000 0000 00')).toEqual([]);
    expect(taxIdsIn('Your VAT number: NL00333599698')[0]).toMatchObject({ value: 'NL00333599698', customer: true });
  });

  it('leaves an address out when the lines under a name do not look like one', () => {
    const r = run(`Blue Harbour Ltd
Thank you for choosing us
Invoice number: 77
Total: £10.00`);
    expect(r.vendor.name?.value).toBe('Blue Harbour Ltd');
    expect(r.vendor.address).toBeNull();
  });

  it('does not take another column heading on the label line for the customer name', () => {
    const r = run(`Factuuradres                                  Afleveradres

Jansen Techniek                               Jansen Magazijn
T.a.v. de administratie                       Industrieweg 4
Stationsstraat 8                              3821 AD Amersfoort
3811 MH Amersfoort

Factuurnummer: 1001
Totaal: € 10,00`);
    expect(r.customer.name?.value).toBe('Jansen Techniek');
    expect(r.customer.address?.value).toBe('T.a.v. de administratie, Stationsstraat 8, 3811 MH Amersfoort');
  });
});
