// Data and truth of the nineteenth held-out sweep (fixtures/sweep19): goods bought by a small
// retailer or workshop from wholesalers, webshops and suppliers across Europe, in several
// currencies. Amounts are integer cents; every printed sum is computed here from the printed lines,
// so the print (scripts/make-sweep19-fixtures.mjs) and truth.json cannot disagree.

/** Money formats per print style (thousands separator, decimal mark). */
const SEP = { de: ['.', ','], fr: [' ', ','], ch: ["'", '.'], en: [',', '.'], cs: [' ', ','], sv: [' ', ','] };
export function money(cents, style) {
  const [th, dec] = SEP[style];
  const neg = cents < 0;
  const a = Math.abs(cents);
  const int = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, th);
  return `${neg ? '-' : ''}${int}${dec}${String(a % 100).padStart(2, '0')}`;
}
/** Labels of the totals block per language. */
const L = {
  de: { pos: 'Pos.', desc: 'Artikel / Bezeichnung', qty: 'Menge', unit: 'Einzelpreis', disc: 'Rab. %', amt: 'Betrag', net: 'Warenwert netto', rabatt: 'Rabatt', sub: 'Nettobetrag', tax: (r) => `zzgl. ${String(r).replace('.', ',')} % MwSt.`, total: 'Rechnungsbetrag', carry: 'Übertrag', page: 'Seite', grossSum: 'Summe Artikel', incl: (r) => `darin enthaltene MwSt. ${String(r).replace('.', ',')} %` },
  fr: { pos: 'Réf.', desc: 'Désignation', qty: 'Qté', unit: 'P.U. HT', disc: 'Remise %', amt: 'Montant HT', net: 'Total marchandises HT', rabatt: 'Remise', sub: 'Total HT', tax: (r) => `TVA ${String(r).replace('.', ',')} %`, total: 'Total TTC', carry: 'À reporter', carryIn: 'Report', page: 'Page', grossSum: 'Sous-total articles TTC', incl: (r) => `dont TVA ${String(r).replace('.', ',')} %` },
  en: { pos: 'Item', desc: 'Description', qty: 'Qty', unit: 'Unit price', disc: 'Disc. %', amt: 'Amount', net: 'Goods', rabatt: 'Discount', sub: 'Subtotal', tax: (r) => `VAT @ ${r}%`, total: 'Total due', carry: 'Carried forward', page: 'Page' },
  pl: { pos: 'Lp.', desc: 'Nazwa towaru', qty: 'Ilość', unit: 'Cena netto', disc: 'Rabat %', amt: 'Wartość netto', net: 'Wartość towarów netto', rabatt: 'Rabat', sub: 'Razem netto', tax: (r) => `VAT ${r}%`, total: 'Do zapłaty', carry: 'Do przeniesienia', page: 'Strona' },
  cs: { pos: 'Č.', desc: 'Označení dodávky', qty: 'Množství', unit: 'Cena/ks', disc: 'Sleva %', amt: 'Celkem bez DPH', net: 'Zboží bez DPH', rabatt: 'Sleva', sub: 'Základ daně', tax: (r) => `DPH ${r} %`, total: 'Celkem k úhradě', carry: 'Převod', page: 'Strana' },
  sv: { pos: 'Rad', desc: 'Benämning', qty: 'Antal', unit: 'À-pris', disc: 'Rabatt %', amt: 'Belopp', net: 'Varuvärde', rabatt: 'Rabatt', sub: 'Netto', tax: (r) => `Moms ${r} %`, total: 'Att betala', carry: 'Transport', page: 'Sida' },
};

/** Invented line items, drawn per document from a small catalogue by a seeded rotation. */
const ITEMS = {
  de: ['Schrauben 4x40 verzinkt (200 St.)', 'Dübel Nylon 8 mm (100 St.)', 'Schleifpapier K120, Rolle 25 m', 'Holzleim D3, 750 g', 'Kreppband 30 mm x 50 m', 'Arbeitshandschuhe Gr. 9', 'Bohrer-Set HSS 1-10 mm', 'Kabelbinder 200 mm (100 St.)', 'Silikon transparent 310 ml', 'Montagekleber 290 ml', 'Pinselset Flachpinsel', 'Abdeckfolie 4 x 5 m', 'Spax 5x60 (500 St.)', 'Schraubzwinge 300 mm', 'Cuttermesser 18 mm', 'Ersatzklingen (10 St.)', 'Wasserwaage 60 cm', 'Zollstock 2 m', 'Akku-Schrauber-Bits (32 tlg.)', 'Gewebeband silber 50 mm', 'Malerrolle 25 cm', 'Spachtelmasse 5 kg', 'Gips 5 kg', 'Eimer 12 l'],
  fr: ['Vis bois 4x40 (boîte de 200)', 'Chevilles nylon 8 mm (100)', 'Papier abrasif grain 120', 'Colle vinylique 750 g', 'Ruban de masquage 30 mm', 'Gants de manutention T9', 'Coffret forets HSS', 'Colliers de serrage 200 mm', 'Mastic silicone 310 ml', 'Colle de montage 290 ml', 'Lot de pinceaux plats', 'Bâche de protection 4 x 5 m', 'Serre-joint 300 mm', 'Cutter 18 mm', 'Lames de rechange (10)', 'Niveau à bulle 60 cm', 'Mètre pliant 2 m', 'Adhésif toilé 50 mm', 'Rouleau peinture 25 cm', 'Enduit de rebouchage 5 kg', 'Seau 12 l', 'Embouts de vissage (32)'],
  en: ['Brass hinges 75 mm (pair)', 'Cabinet handles, brushed', 'Wood screws 4x40 (200)', 'Beeswax polish 400 ml', 'Linseed oil 1 l', 'Sanding sponges (10)', 'Drawer runners 450 mm', 'Shelf brackets, black'],
  pl: ['Wkręty do drewna 4x40 (200 szt.)', 'Kołki rozporowe 8 mm', 'Papier ścierny P120', 'Klej do drewna 750 g', 'Taśma malarska 30 mm', 'Rękawice robocze', 'Zestaw wierteł HSS'],
  cs: ['Vruty do dřeva 4x40 (200 ks)', 'Hmoždinky 8 mm (100 ks)', 'Brusný papír P120', 'Lepidlo na dřevo 750 g', 'Malířská páska 30 mm', 'Pracovní rukavice'],
  sv: ['Träskruv 4x40 (200 st)', 'Plugg nylon 8 mm', 'Slippapper K120', 'Trälim 750 g', 'Maskeringstejp 30 mm', 'Arbetshandskar'],
};

/** n lines for a document: quantities and unit prices from its seeded rng. */
export function makeLines(rng, lang, n, { disc = false, minUnit = 150, maxUnit = 4800 } = {}) {
  const cat = ITEMS[lang] ?? ITEMS.de;
  const start = Math.floor(rng() * cat.length);
  return Array.from({ length: n }, (_, i) => ({
    d: cat[(start + i * 5) % cat.length],
    q: 1 + Math.floor(rng() * 12),
    p: minUnit + Math.floor(rng() * (maxUnit - minUnit)),
    disc: disc && rng() < 0.4 ? [5, 10, 15][Math.floor(rng() * 3)] : 0,
  }));
}
const lineAmount = (l) => Math.round(l.q * l.p * (1 - l.disc / 100));

/**
 * The sums of a document. Net mode: lines net, an overall discount, taxed extras (freight,
 * packaging, surcharge, deposit), VAT on the whole, untaxed extras after it. Gross mode (webshops):
 * lines and extras include VAT; the VAT is the included share.
 */
export function sums(doc) {
  const lines = doc.lines.map((l) => ({ ...l, amount: lineAmount(l) }));
  const goods = lines.reduce((s, l) => s + l.amount, 0);
  const rabatt = doc.rabattPct ? -Math.round((goods * doc.rabattPct) / 100) : 0;
  const extras = doc.extras ?? [];
  const extraSum = extras.reduce((s, e) => s + e.cents, 0);
  if (doc.gross) {
    const total = goods + extraSum;
    const tax = Math.round((total * doc.rate) / (100 + doc.rate));
    return { lines, goods, rabatt, extras, subtotal: total - tax, tax, total };
  }
  const subtotal = goods + rabatt + extraSum;
  const tax = Math.round((subtotal * doc.rate) / 100);
  return { lines, goods, rabatt, extras, subtotal, tax, total: subtotal + tax };
}

/** The truth of a document (numbers in currency units). */
export function truthOf(doc) {
  const s = sums(doc);
  return {
    invoiceNumber: doc.number, invoiceDate: doc.date, dueDate: doc.due ?? null,
    total: s.total / 100, subtotal: s.subtotal / 100, tax: s.tax / 100,
    currency: doc.cur, documentType: doc.type ?? 'invoice',
  };
}

const V = (name, ...rest) => [name, ...rest];

/** The documents. kind: pdf (text), fax/scan/photo/screen (images), scanpdf (PDF of page images). */
export const DOCS = [
  // ---------------- German-language ----------------
  { file: 'de-grosshandel-3seiten-uebertrag.pdf', lang: 'de', style: 'de', cur: 'EUR', rate: 19, title: 'RECHNUNG', number: 'GH-2026-04718', date: '2026-03-04', due: '2026-04-03', nLines: 46, perPage: 20, disc: true, rabattPct: 3,
    vendor: V('Eisenwaren Großhandel Lindner GmbH', 'Hafenstraße 112, 28217 Bremen', 'USt-IdNr. DE298471650'), customer: V('Werkstatt Hollmann', 'Lindenweg 4', '27749 Delmenhorst'),
    meta: [['Rechnungs-Nr.', 'GH-2026-04718'], ['Rechnungsdatum', '04.03.2026'], ['Kunden-Nr.', '30415'], ['Lieferschein', 'LS-88120 vom 02.03.2026']],
    extras: [{ label: 'Frachtkosten', cents: 1890 }, { label: 'Verpackung', cents: 450 }, { label: 'Mindermengenzuschlag', cents: 500 }],
    notes: ['Zahlbar bis 03.04.2026 ohne Abzug.', 'IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX'] },
  { file: 'de-getraenke-kistenpfand.pdf', lang: 'de', style: 'de', cur: 'EUR', rate: 19, title: 'Rechnung', number: '2026-11873', date: '2026-02-18', nLines: 6,
    vendor: V('Getränke Fachgroßhandel Brunner KG', 'Industriering 9, 93055 Regensburg'), customer: V('Café am Dom', 'Domplatz 3', '93047 Regensburg'),
    lines: [{ d: 'Mineralwasser still 12 x 0,75 l', q: 10, p: 549, disc: 0 }, { d: 'Apfelschorle 12 x 0,5 l', q: 8, p: 699, disc: 0 }, { d: 'Cola 24 x 0,33 l', q: 4, p: 1489, disc: 0 }, { d: 'Pfand Kasten 12 x 0,75 l', q: 10, p: 330, disc: 0 }, { d: 'Pfand Kasten 12 x 0,5 l', q: 8, p: 300, disc: 0 }, { d: 'Leergut-Rückgabe Kasten', q: -6, p: 330, disc: 0 }],
    meta: [['Rechnung Nr.', '2026-11873'], ['Datum', '18.02.2026'], ['Tour', '4 / Fahrer 12']],
    notes: ['Zahlung: 14 Tage netto.', 'Pfandbeträge sind mit dem Warenwert zu versteuern.'] },
  { file: 'de-lieferschein-rechnung-kombi.pdf', lang: 'de', style: 'de', cur: 'EUR', rate: 19, title: 'Lieferschein / Rechnung', number: 'LR-260219', date: '2026-02-19', due: '2026-03-05', nLines: 7,
    vendor: V('Büro & Papier Sommer e.K.', 'Marktstraße 21, 72070 Tübingen'), customer: V('Fahrradladen Kettenblatt', 'Neckarhalde 8', '72070 Tübingen'),
    meta: [['Beleg-Nr.', 'LR-260219'], ['Lieferdatum', '17.02.2026'], ['Belegdatum', '19.02.2026'], ['Ihre Bestellung', 'telefonisch, 12.02.2026']],
    extras: [{ label: 'Versandpauschale', cents: 690 }],
    notes: ['Ware erhalten: ____________ (Unterschrift)', 'Bitte überweisen Sie den Betrag bis zum 05.03.2026.'] },
  { file: 'de-teillieferung-bestellung.pdf', lang: 'de', style: 'de', cur: 'EUR', rate: 19, title: 'Rechnung (Teillieferung)', number: 'R-70931', date: '2026-01-27', nLines: 5,
    vendor: V('Kunststofftechnik Albers GmbH', 'Gewerbepark 14, 32051 Herford', 'USt-IdNr. DE811207345'), customer: V('Modellbau Reinke', 'Bahnhofstraße 2', '33602 Bielefeld'),
    meta: [['Rechnungsnummer', 'R-70931'], ['Rechnungsdatum', '27.01.2026'], ['Ihre Bestellung', 'B-4471 vom 12.01.2026'], ['Lieferschein-Nr.', 'LS-70112 vom 26.01.2026']],
    notes: ['Teillieferung zu Ihrer Bestellung B-4471; die restlichen 3 Positionen folgen voraussichtlich am 09.02.2026.', 'Zahlungsbedingungen: 30 Tage netto, 10 Tage 2 % Skonto.'] },
  { file: 'de-webshop-gutschein-versand.pdf', lang: 'de', style: 'de', cur: 'EUR', rate: 19, gross: true, title: 'Rechnung', number: 'WS-1048823', date: '2026-02-09', nLines: 3,
    vendor: V('kreativbedarf24.example', 'Vertrieb: Kreativbedarf Online GmbH', 'Am Kanal 5, 14467 Potsdam'), customer: V('Atelier Morgenroth', 'Friedrichstraße 77', '10117 Berlin'),
    meta: [['Bestellnummer', '302-5512098'], ['Bestelldatum', '06.02.2026'], ['Rechnungsnummer', 'WS-1048823'], ['Rechnungsdatum', '09.02.2026']],
    extras: [{ label: 'Versand (DHL)', cents: 495 }, { label: 'Gutschein FRUEHLING10', cents: -1000 }],
    notes: ['Bezahlt per PayPal am 06.02.2026. Alle Preise inkl. MwSt.'] },
  { file: 'de-marktplatz-drittanbieter.pdf', lang: 'de', style: 'de', cur: 'EUR', rate: 19, gross: true, title: 'Rechnung', number: 'DE-MP-26-0091552', date: '2026-03-11', nLines: 2,
    vendor: V('Verkauft von: Werkzeughandel Yilmaz', 'Ringstraße 40, 45879 Gelsenkirchen', 'USt-IdNr. DE327760198'), customer: V('Rechnungsadresse:', 'Schlosserei Kaminski', 'Hohe Straße 19, 44139 Dortmund'),
    meta: [['Rechnungsnummer', 'DE-MP-26-0091552'], ['Rechnungsdatum / Lieferdatum', '11.03.2026'], ['Bestellnummer', '028-7719934-1102']],
    extras: [{ label: 'Versandkosten', cents: 0 }],
    notes: ['Diese Rechnung wurde vom Marktplatz im Namen und für Rechnung des Verkäufers ausgestellt.', 'Bereits bezahlt.'] },
  { file: 'de-ch-lieferant-chf-mwst81.pdf', lang: 'de', style: 'ch', cur: 'CHF', rate: 8.1, title: 'Rechnung', number: '26-30712', date: '2026-02-23', due: '2026-03-25', nLines: 6,
    vendor: V('Holzwaren Gerber AG', 'Bernstrasse 58, 3400 Burgdorf', 'CHE-271.448.590 MWST'), customer: V('Spielwaren Keller', 'Marktgasse 12', '3011 Bern'),
    meta: [['Rechnung Nr.', '26-30712'], ['Datum', '23.02.2026'], ['Zahlbar bis', '25.03.2026']],
    extras: [{ label: 'Porto und Verpackung', cents: 1850 }],
    labels: { tax: 'MWST 8,1 %', total: 'Total CHF' },
    notes: ['Umrechnung zur Information: Total entspricht EUR {EUR} (Kurs 1 CHF = 1,0642 EUR).', 'QR-Rechnung: IBAN CH44 3199 9123 0008 8901 2'] , eurRate: 1.0642 },
  { file: 'de-at-rechnungskorrektur.pdf', lang: 'de', style: 'de', cur: 'EUR', rate: 20, title: 'Rechnungskorrektur', number: 'RK-2026-0017', date: '2026-03-02', due: '2026-03-16', nLines: 4,
    vendor: V('Gastro-Bedarf Huber GmbH', 'Triester Straße 210, 1230 Wien', 'UID ATU71548203'), customer: V('Gasthaus Zur Linde', 'Hauptplatz 6', '3500 Krems'),
    meta: [['Korrektur-Nr.', 'RK-2026-0017'], ['Datum', '02.03.2026'], ['ersetzt Rechnung', 'R-2026-0388 vom 20.02.2026']],
    labels: { tax: 'USt 20 %', total: 'Gesamtbetrag EUR' },
    notes: ['Diese Rechnungskorrektur ersetzt die Rechnung R-2026-0388 vom 20.02.2026 (falscher Einzelpreis Pos. 2).', 'Fällig am 16.03.2026.'] },
  { file: 'de-proforma-rechnung-export.pdf', lang: 'de', style: 'de', cur: 'EUR', rate: 0, title: 'PROFORMA-RECHNUNG', number: 'PF-26-0088', date: '2026-01-14', nLines: 4,
    vendor: V('Messtechnik Vogt GmbH', 'Robert-Bosch-Straße 3, 73037 Göppingen'), customer: V('Atelier Meunier SARL', '12 rue des Tanneurs', '67000 Strasbourg, Frankreich'),
    meta: [['Proforma-Nr.', 'PF-26-0088'], ['Datum', '14.01.2026'], ['Angebot', 'AN-25-771']],
    labels: { tax: 'USt 0 % (innergem. Lieferung)', total: 'Gesamtbetrag EUR' },
    notes: ['Proforma-Rechnung zur Vorauszahlung, keine Rechnung im Sinne des UStG.', 'Lieferung nach Zahlungseingang.'] },
  { file: 'de-abo-box-monatlich.pdf', lang: 'de', style: 'de', cur: 'EUR', rate: 7, gross: true, title: 'Rechnung', number: 'ABO-26-03-55120', date: '2026-03-01', due: '2026-03-05', nLines: 1,
    vendor: V('Kaffeebox Rösterei Feld GmbH', 'Speicherstadt 7, 20457 Hamburg'), customer: V('Friseursalon Haarwerk', 'Lange Reihe 40', '20099 Hamburg'),
    lines: [{ d: 'Abo-Box "Büro" März 2026 (3 x 1 kg Bohnen)', q: 1, p: 5490, disc: 0 }, { d: 'Zusatz: Hafermilch-Pulver 500 g', q: 2, p: 690, disc: 0 }],
    meta: [['Rechnungsnummer', 'ABO-26-03-55120'], ['Rechnungsdatum', '01.03.2026'], ['Abrechnungszeitraum', '01.03.2026 - 31.03.2026'], ['Kundennummer', 'K-88120']],
    notes: ['Der Betrag wird am 05.03.2026 per SEPA-Lastschrift von Ihrem Konto eingezogen.', 'Gläubiger-ID DE98ZZZ09999999999, Mandat M-88120.'] },
  { file: 'de-fax-grosshandel.png', kind: 'fax', lang: 'de', style: 'de', cur: 'EUR', rate: 19, title: 'RECHNUNG', number: '4402817', date: '2026-02-12', due: '2026-03-14', nLines: 6,
    vendor: V('Elektro-Großhandel Kühn GmbH', 'Am Güterbahnhof 3, 04129 Leipzig'), customer: V('Elektro Seidel', 'Dorfstraße 11', '04509 Delitzsch'),
    meta: [['Rechnung Nr.', '4402817'], ['Datum', '12.02.2026'], ['Fällig', '14.03.2026']],
    extras: [{ label: 'Fracht', cents: 1200 }] },
  { file: 'de-scan-packzettel-rechnung.png', kind: 'scan', lang: 'de', style: 'de', cur: 'EUR', rate: 19, title: 'Packzettel / Rechnung', number: 'PZ-66120', date: '2026-01-30', nLines: 5,
    vendor: V('Stoffe & Kurzwaren Ebert', 'Webergasse 5, 95028 Hof'), customer: V('Nähstube Lehmann', 'Ludwigstraße 9', '95444 Bayreuth'),
    meta: [['Rechnung Nr.', 'PZ-66120'], ['Datum', '30.01.2026'], ['Paket', '1 von 1']],
    extras: [{ label: 'Versand', cents: 590 }], notes: ['Zahlbar innerhalb 14 Tagen ohne Abzug.'] },
  { file: 'de-foto-lieferrechnung-zerknittert.jpg', kind: 'photo', lang: 'de', style: 'de', cur: 'EUR', rate: 19, title: 'Lieferrechnung', number: 'LR-3318', date: '2026-03-06', nLines: 4,
    vendor: V('Baustoffe Wendt GmbH', 'Ziegeleiweg 2, 18057 Rostock'), customer: V('Tischlerei Brandt', 'Am Hafen 3', '18055 Rostock'),
    meta: [['Rechnung Nr.', 'LR-3318'], ['Datum', '06.03.2026']], extras: [{ label: 'Anlieferung', cents: 3500 }], notes: ['Zahlbar sofort rein netto.'] },
  // ---------------- French-language ----------------
  { file: 'fr-grossiste-2pages-report.pdf', lang: 'fr', style: 'fr', cur: 'EUR', rate: 20, title: 'FACTURE', number: 'FA260314', date: '2026-03-09', due: '2026-04-08', nLines: 32, perPage: 22, disc: true, rabattPct: 2,
    vendor: V('Quincaillerie Grossiste Martel SAS', '14 avenue de la Gare, 69007 Lyon', 'TVA FR61 512 847 963'), customer: V('Atelier Bois & Fer', '3 rue des Artisans', '42000 Saint-Étienne'),
    meta: [['Facture n°', 'FA260314'], ['Date', '09/03/2026'], ['Client', 'C-7721'], ['Bon de livraison', 'BL-55180']],
    extras: [{ label: 'Frais de port', cents: 2400 }, { label: 'Emballage', cents: 650 }],
    notes: ['Échéance : 08/04/2026 par virement.', 'IBAN FR76 3000 6000 0112 3456 7890 189'] },
  { file: 'fr-be-fournisseur-remise-consigne.pdf', lang: 'fr', style: 'fr', cur: 'EUR', rate: 21, title: 'Facture', number: '26/000418', date: '2026-02-26', due: '2026-03-28', nLines: 4, rabattPct: 5,
    vendor: V('Brasserie Artisanale Dufour SRL', 'Rue du Moulin 18, 5000 Namur', 'TVA BE 0712.448.905'), customer: V('Épicerie Le Panier', 'Place Saint-Aubain 2', '5000 Namur'),
    lines: [{ d: 'Bière blonde 24 x 33 cl', q: 6, p: 2890, disc: 0 }, { d: 'Bière ambrée 24 x 33 cl', q: 4, p: 3050, disc: 0 }, { d: 'Jus de pomme 6 x 1 l', q: 5, p: 1180, disc: 0 }],
    extras: [{ label: 'Consigne 10 casiers', cents: 3000 }, { label: 'Consigne bouteilles (240 x 0,10)', cents: 2400 }],
    meta: [['Facture n°', '26/000418'], ['Date facture', '26/02/2026'], ['Date d\'échéance', '28/03/2026']],
    labels: { sub: 'Total HTVA', tax: 'TVA 21 %', total: 'Total TVAC EUR' }, notes: ['Les casiers vides sont repris au prix de la consigne.'] },
  { file: 'fr-boutique-en-ligne-bon-reduction.pdf', lang: 'fr', style: 'fr', cur: 'EUR', rate: 20, gross: true, title: 'Facture', number: 'F-2026-031877', date: '2026-03-03', nLines: 3,
    vendor: V('boutique-loisirs.example', 'Loisirs Créatifs en Ligne SAS', '8 quai Perrache, 69002 Lyon'), customer: V('Mercerie Rivière', '22 rue Nationale', '37000 Tours'),
    meta: [['Commande n°', 'CMD-884120'], ['Date de commande', '01/03/2026'], ['Facture n°', 'F-2026-031877'], ['Date de facture', '03/03/2026']],
    extras: [{ label: 'Livraison Colissimo', cents: 690 }, { label: 'Code promo BIENVENUE', cents: -500 }],
    notes: ['Payé par carte bancaire le 01/03/2026.'] },
  { file: 'fr-place-de-marche-vendeur-tiers.pdf', lang: 'fr', style: 'fr', cur: 'EUR', rate: 20, gross: true, title: 'Facture', number: 'FR5MP26-11804', date: '2026-02-14', nLines: 2,
    vendor: V('Vendu par : Outillage Benali', '5 rue de la Forge, 59000 Lille', 'TVA FR28 844 120 551'), customer: V('Adresse de facturation :', 'Serrurerie Lambert', '14 rue Solférino, 59000 Lille'),
    meta: [['Numéro de facture', 'FR5MP26-11804'], ['Date de facture', '14/02/2026'], ['Numéro de commande', '405-1128840-6631']],
    notes: ['Facture émise par la place de marché au nom et pour le compte du vendeur tiers.', 'Déjà payé.'] },
  { file: 'fr-produits-numeriques-oss-be.pdf', lang: 'fr', style: 'fr', cur: 'EUR', rate: 21, title: 'Facture', number: 'NUM-26-00912', date: '2026-01-21', nLines: 1,
    vendor: V('Polices & Motifs SAS', '40 rue de Paradis, 75010 Paris', 'TVA FR83 901 224 118'), customer: V('Camille Dubois', 'Rue Haute 101', '1000 Bruxelles, Belgique'),
    lines: [{ d: 'Licence police "Garamonde" (fichier, 1 poste)', q: 1, p: 4900, disc: 0 }, { d: 'Pack de 20 motifs vectoriels (téléchargement)', q: 1, p: 1900, disc: 0 }],
    meta: [['Facture n°', 'NUM-26-00912'], ['Date', '21/01/2026'], ['Pays de consommation', 'Belgique']],
    labels: { tax: 'TVA belge 21 % (guichet unique OSS)' }, notes: ['Produits numériques : TVA du pays du client, déclarée via le guichet unique (OSS).', 'Payé par carte.'] },
  { file: 'fr-facture-rectificative.pdf', lang: 'fr', style: 'fr', cur: 'EUR', rate: 20, title: 'FACTURE RECTIFICATIVE', number: 'FR-2026-0212', date: '2026-02-20', due: '2026-03-22', nLines: 4,
    vendor: V('Fournitures Bureau Ouest SARL', '9 boulevard Guist\'hau, 44000 Nantes'), customer: V('Librairie Les Pages', '3 rue Crébillon', '44000 Nantes'),
    meta: [['Facture n°', 'FR-2026-0212'], ['Date', '20/02/2026'], ['Annule et remplace', 'facture n° FA-2026-0187 du 09/02/2026']],
    notes: ['La présente facture annule et remplace la facture n° FA-2026-0187 du 09/02/2026 (erreur de quantité).', 'Date d\'échéance : 22/03/2026.'] },
  { file: 'fr-facture-proforma.pdf', lang: 'fr', style: 'fr', cur: 'EUR', rate: 20, title: 'FACTURE PRO FORMA', number: 'PF-0412', date: '2026-03-10', nLines: 3,
    vendor: V('Céramiques du Sud SARL', '17 chemin des Potiers, 30700 Uzès'), customer: V('Boutique Terre & Feu', '6 rue Mercière', '69002 Lyon'),
    meta: [['Pro forma n°', 'PF-0412'], ['Date', '10/03/2026'], ['Validité', '30 jours']],
    notes: ['Document sans valeur comptable : la facture définitive sera émise à l\'expédition.', 'Acompte de 30 % à la commande.'] },
  { file: 'fr-ch-fournisseur-chf-tva81.pdf', lang: 'fr', style: 'ch', cur: 'CHF', rate: 8.1, title: 'Facture', number: '2026-1193', date: '2026-02-11', due: '2026-03-13', nLines: 5,
    vendor: V('Horlogerie Fournitures Jaquet SA', 'Rue de la Serre 44, 2300 La Chaux-de-Fonds', 'CHE-109.877.432 TVA'), customer: V('Atelier Rochat', 'Grand-Rue 8', '1095 Lutry'),
    meta: [['Facture n°', '2026-1193'], ['Date', '11.02.2026'], ['Payable jusqu\'au', '13.03.2026']],
    extras: [{ label: 'Frais d\'envoi', cents: 900 }], labels: { tax: 'TVA 8,1 %', total: 'Total CHF' },
    notes: ['Contre-valeur indicative : EUR {EUR} au cours de 1,0655.'], eurRate: 1.0655 },
  { file: 'fr-lu-livraison-partielle.pdf', lang: 'fr', style: 'fr', cur: 'EUR', rate: 17, title: 'Facture - livraison partielle', number: 'LU-26-0533', date: '2026-03-05', due: '2026-04-04', nLines: 4,
    vendor: V('Matériaux Schmit S.à r.l.', '23 route d\'Arlon, L-8009 Strassen', 'TVA LU27184455'), customer: V('Menuiserie Weber', '5 rue Principale', 'L-9010 Ettelbruck'),
    meta: [['Facture n°', 'LU-26-0533'], ['Date', '05/03/2026'], ['Bon de commande', 'BC-1177 du 20/02/2026'], ['Bon de livraison', 'BL-4410 du 04/03/2026']],
    notes: ['Livraison partielle : le solde de la commande BC-1177 suivra.', 'Échéance : 04/04/2026.'] },
  { file: 'fr-ecran-commande-webshop.png', kind: 'screen', lang: 'fr', style: 'fr', cur: 'EUR', rate: 20, gross: true, title: 'Votre facture', number: 'WEB-77120', date: '2026-02-02', nLines: 2,
    vendor: V('deco-maison.example'), customer: V('Fleuriste Les Lilas', '9 rue Gambetta, 33000 Bordeaux'),
    meta: [['Facture n°', 'WEB-77120'], ['Date', '02/02/2026']], extras: [{ label: 'Livraison', cents: 590 }], notes: ['Payé par carte.'] },
  { file: 'fr-scan-2pages-facture.pdf', kind: 'scanpdf', lang: 'fr', style: 'fr', cur: 'EUR', rate: 20, title: 'FACTURE', number: '2026-00741', date: '2026-01-16', due: '2026-02-15', nLines: 24, perPage: 16,
    vendor: V('Droguerie Centrale Petit', '2 rue du Marché, 21000 Dijon'), customer: V('Atelier Encadrement Roux', '11 rue Musette', '21000 Dijon'),
    meta: [['Facture n°', '2026-00741'], ['Date', '16/01/2026'], ['Échéance', '15/02/2026']], extras: [{ label: 'Frais de port', cents: 1500 }] },
  // ---------------- Other languages ----------------
  { file: 'en-gb-supplier-gbp-export.pdf', lang: 'en', style: 'en', cur: 'GBP', rate: 20, title: 'INVOICE', number: 'INV-50318', date: '2026-02-17', due: '2026-03-19', nLines: 5,
    vendor: V('Hartley & Sons Cabinet Hardware Ltd', '14 Mill Lane, Sheffield S3 8GG', 'VAT Reg. GB 284 7713 06'), customer: V('Tischlerei Fuchs', 'Weinstraße 12', '67433 Neustadt, Germany'),
    meta: [['Invoice No.', 'INV-50318'], ['Invoice date', '17 February 2026'], ['Due date', '19 March 2026']],
    extras: [{ label: 'Carriage', cents: 2250 }], labels: { total: 'Total due GBP' },
    notes: ['Goods shipped from Great Britain: import VAT and any duty payable by the consignee on arrival in the EU (EORI GB284771306000).', 'Equivalent for information: EUR {EUR} at 1.1910.'], eurRate: 1.191 },
  { file: 'en-us-saas-usd-novat.pdf', lang: 'en', style: 'en', cur: 'USD', rate: 0, title: 'Invoice', number: 'INV-2026-004417', date: '2026-03-01', due: '2026-03-15', nLines: 1,
    vendor: V('Stocklane Inventory Inc.', '500 Market St, Suite 300, San Francisco, CA 94105'), customer: V('Papeterie Lenoir', '7 rue Colbert', '37000 Tours, France'),
    lines: [{ d: 'Stocklane Pro plan, 3 seats (Mar 1 - Mar 31, 2026)', q: 3, p: 2900, disc: 0 }, { d: 'Barcode label add-on', q: 1, p: 900, disc: 0 }],
    meta: [['Invoice number', 'INV-2026-004417'], ['Date of issue', 'March 1, 2026'], ['Date due', 'March 15, 2026']],
    labels: { tax: 'Tax (not applicable)', total: 'Amount due USD' }, notes: ['No VAT charged by the seller; reverse charge may apply to EU business customers.', 'Approx. EUR {EUR} at 0.9213 EUR/USD.'], eurRate: 0.9213 },
  { file: 'pl-faktura-hurtownia-pln.pdf', lang: 'pl', style: 'cs', cur: 'PLN', rate: 23, title: 'FAKTURA VAT', number: 'FV/2026/03/0412', date: '2026-03-06', due: '2026-03-20', nLines: 5,
    vendor: V('Hurtownia Narzędzi Kowalczyk Sp. z o.o.', 'ul. Przemysłowa 17, 61-001 Poznań', 'NIP 7781234560'), customer: V('Warsztat Nowak', 'ul. Lipowa 3', '62-020 Swarzędz'),
    meta: [['Faktura nr', 'FV/2026/03/0412'], ['Data wystawienia', '06.03.2026'], ['Termin płatności', '20.03.2026']],
    labels: { total: 'Do zapłaty PLN' }, notes: ['Sposób płatności: przelew.', 'Rachunek: PL61 1090 1014 0000 0712 1981 2874'] },
  { file: 'cs-faktura-dodavatel-czk.pdf', lang: 'cs', style: 'cs', cur: 'CZK', rate: 21, title: 'FAKTURA - DAŇOVÝ DOKLAD', number: '2026010337', date: '2026-01-29', due: '2026-02-12', nLines: 4,
    vendor: V('Železářství Dvořák s.r.o.', 'Průmyslová 12, 602 00 Brno', 'DIČ CZ27184455'), customer: V('Truhlářství Novotný', 'Nádražní 5', '664 34 Kuřim'),
    meta: [['Číslo faktury', '2026010337'], ['Datum vystavení', '29. 1. 2026'], ['Datum splatnosti', '12. 2. 2026'], ['Variabilní symbol', '2026010337']],
    labels: { total: 'Celkem k úhradě CZK' }, minUnit: 4000, maxUnit: 90000, notes: ['Forma úhrady: převodem.'] },
  { file: 'sv-faktura-leverantor-sek.pdf', lang: 'sv', style: 'sv', cur: 'SEK', rate: 25, title: 'FAKTURA', number: '100482', date: '2026-02-24', due: '2026-03-26', nLines: 4,
    vendor: V('Järnhandel Lindqvist AB', 'Verkstadsgatan 8, 412 63 Göteborg', 'Momsreg.nr SE556677889901'), customer: V('Snickeri Berg', 'Storgatan 4', '441 30 Alingsås'),
    meta: [['Fakturanummer', '100482'], ['Fakturadatum', '2026-02-24'], ['Förfallodatum', '2026-03-26'], ['Betalningsvillkor', '30 dagar']],
    labels: { total: 'Att betala SEK' }, minUnit: 2000, maxUnit: 40000, notes: ['Bankgiro 5050-1055. Dröjsmålsränta enligt räntelagen.'] },
];

export { L as LABELS };
