/**
 * The customer without a customer label: the recipient under a window envelope's return-address
 * line (DIN 5008), its salutation left out, and the seller named by that line when nothing else
 * names it; and a customer label whose name stands below another column's line.
 */
import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../src/extract/fields/generic.js';

const run = (text: string) => extractGeneric([{ page: 1, text, source: 'text', ocrConfidence: null }]);

const letter = (sender: string, recipient: string) => `${sender}
                                                            Rechnung Nr.   2025-118
                                                            Datum          14.03.2025


${recipient}


Leistung                                                                 Betrag
Fahrstunden, 6 x 55,00                                                   330,00
                                              Summe netto                330,00
                                              zzgl. 19 % USt              62,70
                                              Rechnungsbetrag            392,70`;

describe('the recipient under a return-address line', () => {
  it('is the customer, salutation left out; the line names the seller when nothing else does', () => {
    const r = run(letter('      Fahrschule Brandt · Ringstraße 4 · 24103 Kiel', `      Frau
      Lea Sommerfeld
      Holtenauer Str. 12
      24105 Kiel`));
    expect(r.customer.name).toMatchObject({ value: 'Lea Sommerfeld', source: 'generic:window:customer' });
    expect(r.customer.address?.value).toBe('Holtenauer Str. 12, 24105 Kiel');
    expect(r.vendor.name).toMatchObject({ value: 'Fahrschule Brandt', source: 'generic:window:return-line' });
    expect(r.vendor.address?.value).toBe('Ringstraße 4, 24103 Kiel');
  });

  it('a company recipient, after blank lines and another column\'s line; "Firma" is no part of its name', () => {
    const r = run(`                                   Keller Maschinenbau GmbH
                                   Industriestraße 9, 70565 Stuttgart
   Keller Maschinenbau GmbH, Industriestraße 9, 70565 Stuttgart



                                                                  Kundennummer:   40112
   Firma Steyrtal Hydraulik GmbH                                  Rechnung Nr.:   RE-7781
   z. Hd. Herrn Gruber                                            Datum:          02.05.2025
   Werksgasse 3
   4400 Steyr
                                              Rechnungsbetrag            1.190,00`);
    expect(r.customer.name?.value).toBe('Steyrtal Hydraulik GmbH');
    expect(r.customer.address?.value).toContain('4400 Steyr');
    expect(r.vendor.name?.value).toBe('Keller Maschinenbau GmbH');
  });

  it('controls: a footer line with no address block under it, and a line that is no return address, give no customer', () => {
    const footer = run(`Keller Maschinenbau GmbH                                  Rechnung Nr. RE-7782
                                                          Datum 02.05.2025
Wartung Mai                                               1.000,00
                                       Rechnungsbetrag    1.190,00

Keller Maschinenbau GmbH, Industriestraße 9, 70565 Stuttgart
Vielen Dank für Ihren Auftrag.`);
    expect(footer.customer.name).toBeNull();
    const list = run(letter('      Beratung, Planung, Ausführung', `      Frau
      Lea Sommerfeld
      Holtenauer Str. 12
      24105 Kiel`));
    expect(list.customer.name).toBeNull();
  });
});

describe('a customer label over another column', () => {
  it('skips the other column\'s line between the label and the name', () => {
    const r = run(`LOGO                                                 FACTURE N° : F-2025-031
                                                     Date : 31/01/2025
ATELIER DUVAL                                        Adresse du Client
ATELIER DUVAL SARL
12 rue des Lilas                                        BOULANGERIE MARTIN
75011 PARIS                                             8 place du Marché
                                                        06000 NICE
                                       Total TTC            120,00`);
    expect(r.customer.name?.value).toBe('BOULANGERIE MARTIN');
  });
});

describe('a form under a customer label', () => {
  const form = (name: string) => `Musterbetrieb AG                                     Rechnung Nr. 210111
Industriestraße 4, 37073 Göttingen                   Datum 30.05.2025

   Käufer/Leistungsempfänger
   Nummer:                                          330145
   Name:                                            ${name}
   Anschrift:                                       Gartenstraße 11
                                                    37073 Göttingen

                                      Rechnungsbetrag           1.190,00`;

  it('takes a name with a company form even when it starts like a label word (Projekt…, Auftrag…, Liefer…)', () => {
    for (const name of ['Projektwerk Süd GmbH', 'Auftraggeber Firmenkunde GmbH', 'Lieferdienst Nord KG']) expect(run(form(name)).customer.name?.value, name).toBe(name);
  });

  it('control: a label-like value without a company form is still no name', () => {
    expect(run(form('Projektnummer 4711')).customer.name).toBeNull();
  });
});
