// Document data and truth for the fifth held-out sweep (fixtures/sweep5, see fixtures/README.md).
// Written without reading the extractor or earlier sweeps' documents. Amounts in cents; every
// total is computed from the lines, so truth and printed figures cannot disagree.

const c = (n) => Math.round(n);
/** Lines -> { lines with amounts, net } in cents. */
function lines(items) {
  const out = items.map(([d, q, u]) => ({ d, q, u, a: c(q * u) }));
  return { out, net: out.reduce((s, l) => s + l.a, 0) };
}
const fmtEN = (ct) => (ct / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const fmtEU = (ct, sep = '.') => {
  const [i, d] = (Math.abs(ct) / 100).toFixed(2).split('.');
  return (ct < 0 ? '-' : '') + i.replace(/\B(?=(\d{3})+(?!\d))/g, sep) + ',' + d;
};
const fmtFR = (ct) => fmtEU(ct, ' ');
export const fmt = { en: fmtEN, eu: fmtEU, fr: fmtFR };

/** A standard invoice: items, one VAT rate (or none), totals block, labels in the language given. */
function inv(o) {
  const { out, net } = lines(o.items);
  const extraNet = (o.extraNet ?? []).reduce((s, [, v]) => s + v, 0);
  const base = net + extraNet;
  const tax = o.rate ? c((base * o.rate) / 100) : 0;
  const outside = (o.outside ?? []).reduce((s, [, v]) => s + v, 0);
  const total = base + tax + outside;
  const f = o.fmt;
  const totals = [
    [o.L.sub, f(base)],
    ...(o.rate ? [[`${o.L.tax} ${o.rate}%`, f(tax)]] : o.exempt ? [[o.exempt, f(0)]] : []),
    ...(o.outside ?? []).map(([l, v]) => [l, f(v)]),
    [o.L.total, `${f(total)} ${o.cur}`],
  ];
  return {
    ...o,
    rows: out.map((l) => [l.d, String(l.q), f(l.u), f(l.a)]),
    extraRows: (o.extraNet ?? []).map(([l, v]) => [l, f(v)]),
    totals,
    truth: {
      invoiceNumber: o.no, invoiceDate: o.iso, dueDate: o.due ?? null,
      total: total / 100, subtotal: base / 100, tax: tax / 100, currency: o.cur, documentType: o.type ?? 'invoice',
    },
  };
}

const EN = { sub: 'Subtotal', tax: 'VAT', total: 'Total', cols: ['Description', 'Qty', 'Unit price', 'Amount'] };
const DE = { sub: 'Nettobetrag', tax: 'USt.', total: 'Gesamtbetrag', cols: ['Bezeichnung', 'Menge', 'Einzelpreis', 'Betrag'] };
const FR = { sub: 'Total HT', tax: 'TVA', total: 'Total TTC', cols: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'] };

export const DOCS = [
  inv({ file: 'en-marketplace-order-invoice.pdf', layout: 'plain', fmt: fmtEN, cur: 'GBP', L: EN, rate: 20,
    title: 'Tax Invoice', seller: ['Sold by: Brightleaf Homeware Ltd', 'Unit 4, Canal Yard, Leeds LS2 7EX', 'VAT Reg No. GB 123 4567 89'],
    buyer: ['Delivery address:', 'Harriet Moss', '12 Elm Row, York YO1 2AB'],
    meta: [['Order number', '205-8812734-4410921'], ['Order date', '28 February 2025'], ['Invoice number', 'GB5XK2JQ1ABEI'], ['Invoice date', '2 March 2025']],
    items: [['Ceramic pour-over coffee dripper, white', 1, 1899], ['Bamboo utensil holder set (3 pcs)', 2, 1250]],
    extraNet: [['Shipping charges', 399]], no: 'GB5XK2JQ1ABEI', iso: '2025-03-02', due: null,
    footer: ['Marketplace facilitated by Shopfront Europe S.a r.l. on behalf of the seller. Paid by card.'] }),
  inv({ file: 'en-car-repair-invoice.pdf', layout: 'sections', fmt: fmtEN, cur: 'GBP', L: EN, rate: 20,
    title: 'INVOICE', seller: ['Millbrook Motors', '88 Station Road, Didcot OX11 7AA', 'service@millbrook-motors.example'],
    buyer: ['Customer: Daniel Okafor', 'Vehicle: VW Golf 1.5 TSI  Reg: AB19 XYZ  Mileage: 48,211'],
    meta: [['Invoice No', 'MM-24817'], ['Date', '14/03/2025'], ['Job card', 'JC-5521'], ['Payment due', '28/03/2025']],
    sections: [['PARTS', [['Front brake pads (set)', 1, 6450], ['Front brake discs', 2, 5875], ['Brake fluid DOT4 1L', 1, 1290]]],
               ['LABOUR', [['Replace pads and discs (hrs)', 1.5, 7200], ['Brake fluid change (hrs)', 0.5, 7200]]]],
    items: [['Front brake pads (set)', 1, 6450], ['Front brake discs', 2, 5875], ['Brake fluid DOT4 1L', 1, 1290], ['Replace pads and discs (hrs)', 1.5, 7200], ['Brake fluid change (hrs)', 0.5, 7200]],
    no: 'MM-24817', iso: '2025-03-14', due: '2025-03-28' }),
  inv({ file: 'en-dental-invoice-exempt.pdf', layout: 'plain', fmt: fmtEN, cur: 'GBP', L: { ...EN, total: 'Amount payable' },
    exempt: 'VAT: exempt (medical services)', title: 'Patient Invoice',
    seller: ['Riverside Dental Practice', '3 Quay Street, Bristol BS1 4QA', 'accounts@riverside-dental.example'],
    buyer: ['Patient: Ms Laura Chen', 'DOB 04/07/1988'],
    meta: [['Invoice', 'RDP/2025/0937'], ['Date of issue', '7 April 2025'], ['Payment terms', '14 days']],
    items: [['Examination and scale & polish', 1, 6500], ['Composite filling, one surface', 2, 9500], ['Bitewing radiographs', 1, 2500]],
    no: 'RDP/2025/0937', iso: '2025-04-07', due: null, footer: ['Dental treatment is exempt from VAT under Item 2, Group 7, Schedule 9 VATA 1994.'] }),
  inv({ file: 'de-anwalt-kostennote.pdf', layout: 'plain', fmt: fmtEU, cur: 'EUR', L: { ...DE, tax: '19 % USt. auf', sub: 'Zwischensumme netto' }, rate: 19,
    title: 'Kostennote', seller: ['Kanzlei Brandt & Wolff Rechtsanwälte', 'Lindenallee 14, 50668 Köln', 'kanzlei@brandt-wolff.example'],
    buyer: ['Herrn Matthias Kern', 'Gartenweg 3', '51103 Köln'],
    meta: [['Rechnungsnummer', 'KN-2025-0412'], ['Datum', '11.03.2025'], ['Unser Zeichen', '117/24 BW'], ['Zahlbar bis', '25.03.2025']],
    items: [['Geschäftsgebühr Nr. 2300 VV RVG (1,3)', 1, 62660], ['Pauschale für Post und Telekommunikation Nr. 7002 VV RVG', 1, 2000], ['Dokumentenpauschale Nr. 7000 VV RVG', 1, 1350]],
    outside: [['Gerichtskosten (durchlaufender Posten, ohne USt.)', 16500]], no: 'KN-2025-0412', iso: '2025-03-11', due: '2025-03-25',
    footer: ['Bankverbindung: IBAN DE89 3704 0044 0532 0130 00  BIC COBADEFFXXX'] }),
  (() => { // construction progress invoice: truth total = amount of this invoice (gross of this partial)
    const contract = 18500000, donePct = 60, prevNet = 7400000;
    const doneNet = (contract * donePct) / 100, thisNet = doneNet - prevNet, tax = c(thisNet * 0.19), total = thisNet + tax;
    return { file: 'de-abschlagsrechnung-bau.pdf', layout: 'progress', fmt: fmtEU, cur: 'EUR', title: '3. Abschlagsrechnung',
      seller: ['Hoch- und Tiefbau Sommer GmbH', 'Industriestraße 22, 93055 Regensburg', 'info@sommer-bau.example'],
      buyer: ['Bauherrengemeinschaft Am Mühlbach', 'z. Hd. Frau Petra Lang', 'Mühlweg 5, 93047 Regensburg'],
      meta: [['Rechnungs-Nr.', 'AR-2025-031'], ['Rechnungsdatum', '31.03.2025'], ['Bauvorhaben', 'Neubau MFH Am Mühlbach'], ['Fällig am', '21.04.2025']],
      block: [['Auftragssumme netto (Vertrag vom 12.09.2024)', fmtEU(contract)], [`Leistungsstand ${donePct} %`, fmtEU(doneNet)],
        ['abzüglich 1. Abschlagsrechnung AR-2024-118 netto', '-' + fmtEU(3700000)], ['abzüglich 2. Abschlagsrechnung AR-2025-007 netto', '-' + fmtEU(3700000)],
        ['Abschlagsbetrag netto', fmtEU(thisNet)], ['zzgl. 19 % USt.', fmtEU(tax)], ['Rechnungsbetrag brutto', `${fmtEU(total)} EUR`]],
      footer: ['Zahlbar ohne Abzug bis 21.04.2025. IBAN DE02 1203 0000 0000 2020 51'],
      truth: { invoiceNumber: 'AR-2025-031', invoiceDate: '2025-03-31', dueDate: '2025-04-21', total: total / 100, subtotal: thisNet / 100, tax: tax / 100, currency: 'EUR', documentType: 'invoice' } };
  })(),
  inv({ file: 'fr-facture-rectificative.pdf', layout: 'plain', fmt: fmtFR, cur: 'EUR', L: FR, rate: 20,
    title: 'FACTURE RECTIFICATIVE', seller: ['Atelier Graphique Lumen SARL', '9 rue des Tanneurs, 69002 Lyon', 'SIRET 123 456 789 00012'],
    buyer: ['Client : Cave Saint-Roch', '2 place du Marché, 21000 Dijon'],
    meta: [['N° de facture', 'FR-2025-0219'], ['Date', '18/03/2025'], ['Annule et remplace la facture', 'FA-2025-0187 du 04/03/2025'], ['Échéance', '17/04/2025']],
    items: [['Création étiquettes (corrigé : 3 références)', 3, 42000], ['Frais de BAT', 1, 6000]],
    no: 'FR-2025-0219', iso: '2025-03-18', due: '2025-04-17', footer: ['Motif de la rectification : nombre de références erroné sur la facture initiale.'] }),
  inv({ file: 'en-browser-printed-invoice.pdf', layout: 'browser', fmt: fmtEN, cur: 'USD', L: { ...EN, tax: 'Sales tax' }, rate: 8.875,
    title: 'Invoice #INV-003391', seller: ['Cloudpeak Analytics Inc.', '400 Hudson St, New York, NY 10013', 'billing@cloudpeak.example'],
    buyer: ['Bill to: Ferris & Lowe LLP', '55 Water St, Brooklyn, NY 11201'],
    meta: [['Invoice date', 'Apr 2, 2025'], ['Due date', 'May 2, 2025'], ['Status', 'Open']],
    items: [['Analytics Pro seat (April)', 12, 4900], ['Data retention add-on', 1, 15000]],
    no: 'INV-003391', iso: '2025-04-02', due: '2025-05-02',
    browserHeader: ['4/3/25, 9:41 AM', 'Invoice INV-003391 - Cloudpeak'], browserFooter: ['https://app.cloudpeak.example/billing/invoices/inv_8f2k1x', '1/1'] }),
  inv({ file: 'en-no-rules-columns.pdf', layout: 'norules', fmt: fmtEN, cur: 'EUR', L: EN, rate: 23,
    title: 'INVOICE', seller: ['Harbourlight Studio Ltd', '17 Pearse Street, Dublin 2, D02 X285', 'VAT IE 1234567T'],
    buyer: ['To: Oakridge Events', 'Unit 9, Sandyford Business Park, Dublin 18'],
    meta: [['Invoice no.', 'HLS-1207'], ['Date', '21 March 2025'], ['Due', '20 April 2025']],
    items: [['Event photography, full day', 1, 95000], ['Edited images (per 10)', 6, 4500], ['Travel', 1, 6800]],
    no: 'HLS-1207', iso: '2025-03-21', due: '2025-04-20' }),
  inv({ file: 'de-briefkopf-unser-zeichen.pdf', layout: 'letterhead', fmt: fmtEU, cur: 'EUR', L: DE, rate: 19,
    title: 'Rechnung', seller: ['Ingenieurbüro Falk & Partner', 'Am Hafen 7 · 28217 Bremen', 'post@falk-partner.example'],
    buyer: ['Stadtwerke Nordheide GmbH', 'Einkauf', 'Bahnhofstraße 40', '21244 Buchholz'],
    refline: [['Ihr Zeichen', 'EK-44/2025'], ['Unser Zeichen', 'FP-IB 2025/118'], ['Rechnungs-Nr.', '250118'], ['Datum', '09.04.2025']],
    meta: [], items: [['Tragwerksplanung Leistungsphase 3', 1, 480000], ['Ortstermine (Std.)', 6, 9500]],
    no: '250118', iso: '2025-04-09', due: null, footer: ['Zahlbar innerhalb von 30 Tagen ohne Abzug.'] }),
  inv({ file: 'et-arve.pdf', layout: 'plain', fmt: fmtEU, cur: 'EUR', L: { sub: 'Summa käibemaksuta', tax: 'Käibemaks', total: 'Kokku tasuda', cols: ['Kirjeldus', 'Kogus', 'Hind', 'Summa'] }, rate: 22,
    title: 'ARVE', seller: ['Põhjatuul OÜ', 'Narva mnt 5, 10117 Tallinn', 'KMKR EE100000000'],
    buyer: ['Maksja: Saare Puit AS', 'Kuressaare, Tallinna 12'],
    meta: [['Arve nr', 'PT-2025-0144'], ['Kuupäev', '12.03.2025'], ['Maksetähtaeg', '26.03.2025']],
    items: [['Veebilehe hooldus, märts', 1, 35000], ['Lisatunnid', 4, 4500]], no: 'PT-2025-0144', iso: '2025-03-12', due: '2025-03-26',
    footer: ['IBAN EE38 2200 2210 2014 5685'] }),
  inv({ file: 'lv-rekins.pdf', layout: 'plain', fmt: fmtEU, cur: 'EUR', L: { sub: 'Summa bez PVN', tax: 'PVN', total: 'Kopā apmaksai', cols: ['Nosaukums', 'Daudz.', 'Cena', 'Summa'] }, rate: 21,
    title: 'PVN RĒĶINS', seller: ['SIA Daugavas Dizains', 'Brīvības iela 40, Rīga, LV-1010', 'PVN reģ. Nr. LV40000000000'],
    buyer: ['Saņēmējs: SIA Kurzemes Koks', 'Liepāja, Graudu iela 8'],
    meta: [['Rēķina Nr.', 'DD 2025/077'], ['Datums', '2025. gada 5. marts'], ['Apmaksas termiņš', '19.03.2025']],
    items: [['Logotipa izstrāde', 1, 60000], ['Vizītkaršu makets', 2, 7500]], no: 'DD 2025/077', iso: '2025-03-05', due: '2025-03-19',
    footer: ['IBAN LV80 BANK 0000 4351 9500 1'] }),
  inv({ file: 'lt-saskaita.pdf', layout: 'plain', fmt: fmtEU, cur: 'EUR', L: { sub: 'Suma be PVM', tax: 'PVM', total: 'Iš viso mokėti', cols: ['Pavadinimas', 'Kiekis', 'Kaina', 'Suma'] }, rate: 21,
    title: 'PVM SĄSKAITA FAKTŪRA', seller: ['UAB Nemuno Logistika', 'Savanorių pr. 12, LT-03116 Vilnius', 'PVM kodas LT100000000000'],
    buyer: ['Pirkėjas: UAB Baltijos Prekyba', 'Klaipėda, Taikos pr. 3'],
    meta: [['Serija NL Nr.', '004512'], ['Data', '2025-03-17'], ['Apmokėti iki', '2025-03-31']],
    items: [['Krovinio pervežimas Vilnius–Klaipėda', 1, 42000], ['Krovimo darbai (val.)', 3, 2500]], no: 'NL004512', iso: '2025-03-17', due: '2025-03-31',
    footer: ['IBAN LT12 1000 0111 0100 1000'] }),
  inv({ file: 'sl-racun.pdf', layout: 'plain', fmt: fmtEU, cur: 'EUR', L: { sub: 'Osnova za DDV', tax: 'DDV', total: 'Za plačilo', cols: ['Opis', 'Količina', 'Cena', 'Vrednost'] }, rate: 22,
    title: 'RAČUN', seller: ['Lipa Svetovanje d.o.o.', 'Slovenska cesta 21, 1000 Ljubljana', 'ID za DDV: SI12345678'],
    buyer: ['Kupec: Kras Vina d.o.o.', 'Sežana, Partizanska 4'],
    meta: [['Račun št.', '2025-00231'], ['Datum izdaje', '24. 3. 2025'], ['Rok plačila', '8. 4. 2025']],
    items: [['Svetovanje (ure)', 8, 7500], ['Priprava poročila', 1, 25000]], no: '2025-00231', iso: '2025-03-24', due: '2025-04-08',
    footer: ['IBAN SI56 1910 0000 0123 438'] }),
  inv({ file: 'hr-racun.pdf', layout: 'plain', fmt: fmtEU, cur: 'EUR', L: { sub: 'Osnovica', tax: 'PDV', total: 'Ukupno za platiti', cols: ['Naziv', 'Kol.', 'Cijena', 'Iznos'] }, rate: 25,
    title: 'RAČUN', seller: ['Jadran Tisak d.o.o.', 'Ilica 101, 10000 Zagreb', 'OIB 12345678901'],
    buyer: ['Kupac: Konoba Mareta', 'Split, Obala 2'],
    meta: [['Broj računa', '118-1-1'], ['Datum i vrijeme izdavanja', '02.04.2025. 10:14'], ['Datum dospijeća', '17.04.2025.']],
    items: [['Jelovnici, tisak A4', 200, 85], ['Vizitke', 500, 12]], no: '118-1-1', iso: '2025-04-02', due: '2025-04-17',
    footer: ['IBAN HR12 1001 0051 8630 0016 0'] }),
  inv({ file: 'tr-fatura.pdf', layout: 'plain', fmt: fmtEU, cur: 'TRY', L: { sub: 'Ara Toplam', tax: 'KDV', total: 'Genel Toplam', cols: ['Açıklama', 'Miktar', 'Birim Fiyat', 'Tutar'] }, rate: 20,
    title: 'FATURA', seller: ['Boğaziçi Yazılım A.Ş.', 'Büyükdere Cad. No: 120, Şişli / İstanbul', 'Vergi No: 1234567890'],
    buyer: ['Sayın: Ege Tekstil Ltd. Şti.', 'İzmir'],
    meta: [['Fatura No', 'BYZ2025000000187'], ['Fatura Tarihi', '15.03.2025'], ['Son Ödeme Tarihi', '14.04.2025']],
    items: [['Yazılım lisansı (yıllık)', 1, 1800000], ['Kurulum hizmeti', 1, 450000]], no: 'BYZ2025000000187', iso: '2025-03-15', due: '2025-04-14',
    footer: ['IBAN TR33 0006 1005 1978 6457 8413 26'] }),
  inv({ file: 'ca-factura.pdf', layout: 'plain', fmt: fmtEU, cur: 'EUR', L: { sub: 'Base imposable', tax: 'IVA', total: 'Total a pagar', cols: ['Concepte', 'Quant.', 'Preu', 'Import'] }, rate: 21,
    title: 'FACTURA', seller: ['Fusteria Vall d’Aran SL', 'Carrer Major 8, 25530 Vielha', 'NIF B12345678'],
    buyer: ['Client: Hostal Els Pins', 'Carrer del Bosc 3, 17530 Campdevànol'],
    meta: [['Núm. factura', 'F25/0062'], ['Data', '06/03/2025'], ['Venciment', '05/04/2025']],
    items: [['Porta de roure massís', 2, 54000], ['Instal·lació', 1, 18000]], no: 'F25/0062', iso: '2025-03-06', due: '2025-04-05',
    footer: ['IBAN ES91 2100 0418 4502 0005 1332'] }),
  inv({ file: 'pl-faktura-korygujaca.pdf', layout: 'plain', fmt: fmtEU, cur: 'PLN', L: { sub: 'Razem netto', tax: 'VAT', total: 'Do zwrotu', cols: ['Nazwa', 'Ilość', 'Cena netto', 'Wartość netto'] }, rate: 23,
    title: 'FAKTURA KORYGUJĄCA', seller: ['Wisła Hurt Sp. z o.o.', 'ul. Prosta 20, 00-850 Warszawa', 'NIP 123-456-78-90'],
    buyer: ['Nabywca: Sklep Pod Lipą', 'Kraków, ul. Długa 5'],
    meta: [['Nr', 'FK/2025/03/014'], ['Data wystawienia', '20.03.2025'], ['Do faktury', 'FV/2025/02/311 z 27.02.2025'], ['Przyczyna korekty', 'zwrot towaru']],
    items: [['Zwrot: kawa ziarnista 1 kg', -4, 6200], ['Zwrot: herbata liściasta', -2, 2450]], no: 'FK/2025/03/014', iso: '2025-03-20', due: null, type: 'credit_note' }),
  inv({ file: 'nl-creditnota.pdf', layout: 'plain', fmt: fmtEU, cur: 'EUR', L: { sub: 'Subtotaal', tax: 'BTW', total: 'Totaal te crediteren', cols: ['Omschrijving', 'Aantal', 'Prijs', 'Bedrag'] }, rate: 21,
    title: 'CREDITNOTA', seller: ['Polderlicht B.V.', 'Kanaalweg 14, 3526 KL Utrecht', 'btw NL123456789B01'],
    buyer: ['Aan: Fietsenwinkel De Spaak', 'Oudegracht 77, Utrecht'],
    meta: [['Creditnotanummer', 'CN-25-0009'], ['Datum', '13-03-2025'], ['Betreft factuur', '25-0214']],
    items: [['Retour LED-fietslamp', 3, 2495]], no: 'CN-25-0009', iso: '2025-03-13', due: null, type: 'credit_note' }),
  // Raster documents (rendered to canvas): scans, a photo.
  inv({ file: 'en-scanned-invoice.pdf', layout: 'plain', raster: 'scan', fmt: fmtEN, cur: 'GBP', L: EN, rate: 20,
    title: 'INVOICE', seller: ['Greystone Plumbing Ltd', '41 Mill Lane, Norwich NR3 1PL', 'VAT No. GB 987 6543 21'],
    buyer: ['Invoice to: Mr P. Hale', '6 Orchard Close, Norwich NR4 6TT'],
    meta: [['Invoice No', 'GP-3318'], ['Date', '19/03/2025'], ['Due date', '02/04/2025']],
    items: [['Replace kitchen mixer tap', 1, 8900], ['Labour (hours)', 2, 5500]], no: 'GP-3318', iso: '2025-03-19', due: '2025-04-02' }),
  inv({ file: 'fr-facture-scannee.pdf', layout: 'plain', raster: 'scan', fmt: fmtFR, cur: 'EUR', L: FR, rate: 10,
    title: 'FACTURE', seller: ['Menuiserie Dubreuil', '14 route de Nantes, 44300 Nantes', 'SIRET 987 654 321 00025'],
    buyer: ['Client : Mme Claire Roux', '3 allée des Chênes, 44000 Nantes'],
    meta: [['Facture n°', '2025-0148'], ['Date', '25/03/2025'], ['Échéance', '24/04/2025']],
    items: [['Pose de fenêtre PVC', 2, 38000], ['Dépose ancienne fenêtre', 2, 6000]], no: '2025-0148', iso: '2025-03-25', due: '2025-04-24' }),
  inv({ file: 'en-photographed-invoice.jpg', layout: 'plain', raster: 'photo', fmt: fmtEN, cur: 'USD', L: { ...EN, tax: 'Sales Tax' }, rate: 6,
    title: 'INVOICE', seller: ['Blue Ridge Landscaping LLC', '220 Maple Ave, Asheville, NC 28801', 'office@blueridge-land.example'],
    buyer: ['Bill To: Sarah Whitfield', '19 Laurel Dr, Asheville, NC 28803'],
    meta: [['Invoice #', '1042'], ['Date', '03/18/2025'], ['Due Date', '04/17/2025']],
    items: [['Spring cleanup', 1, 32500], ['Mulch (cu yd)', 4, 4800]], no: '1042', iso: '2025-03-18', due: '2025-04-17' }),
];

/** Till receipts: printed lines (left, right) and truth. Amounts in cents. */
export const RECEIPTS = (() => {
  const r = [];
  { // US gas station, no tax line on fuel (tax included in pump price)
    const fuel = c(12.384 * 349.9), snack = 249; const total = fuel + snack;
    r.push({ file: 'en-us-gas-station-receipt.jpg', lines: [['C', 'PINEVIEW FUEL #2214'], ['C', '1180 HWY 70 W, GARNER NC'], ['C', 'TEL 919-555-0142'], ['', ''], ['L', '03/22/2025  07:48 AM'], ['L', 'PUMP# 06  TRAN# 118273'], ['', ''], ['LR', 'UNLEADED 12.384 G @ 3.499', fmtEN(fuel)], ['LR', 'DORITOS NACHO', fmtEN(snack)], ['', ''], ['LR', 'TOTAL', fmtEN(total)], ['LR', 'VISA ****4417', fmtEN(total)], ['', ''], ['C', 'THANK YOU - COME AGAIN']],
      truth: { invoiceDate: '2025-03-22', total: total / 100, currency: 'USD', documentType: 'receipt' } });
  }
  { // UK supermarket with multibuy
    const items = [['SEMI SKIM MILK 4PT', 165], ['BREAD WHITE 800G', 135], ['CHEDDAR 400G', 375], ['CHEDDAR 400G', 375], ['BANANAS LOOSE', 92]];
    const sum = items.reduce((s, [, v]) => s + v, 0), save = 150, total = sum - save;
    r.push({ file: 'en-uk-supermarket-receipt.jpg', lines: [['C', 'FRESHWAYS'], ['C', 'Kingsway, Cardiff CF10 3AH'], ['C', 'VAT No 123 4567 89'], ['', ''], ...items.map(([d, v]) => ['LR', d, '£' + fmtEN(v)]), ['L', '  CHEDDAR 2 FOR £6.00'], ['LR', '  MULTIBUY SAVING', '-' + fmtEN(save)], ['', ''], ['LR', `${items.length} ITEMS  BALANCE DUE`, '£' + fmtEN(total)], ['LR', 'CONTACTLESS', '£' + fmtEN(total)], ['', ''], ['L', '24/03/25 18:02  ST 4412 OP 07'], ['C', 'TOTAL SAVINGS £1.50']],
      truth: { invoiceDate: '2025-03-24', total: total / 100, currency: 'GBP', documentType: 'receipt' } });
  }
  { // French boulangerie: TTC with TVA 5,5 %
    const items = [['BAGUETTE TRADITION', 2, 130], ['CROISSANT', 3, 115], ['TARTE AUX POMMES', 1, 1450]];
    const total = items.reduce((s, [, q, u]) => s + q * u, 0); const ht = c(total / 1.055), tva = total - ht;
    r.push({ file: 'fr-boulangerie-ticket.jpg', lines: [['C', 'BOULANGERIE DU CANAL'], ['C', '27 quai de Jemmapes 75010 Paris'], ['', ''], ['L', 'Le 29/03/2025 à 08:15'], ['', ''], ...items.map(([d, q, u]) => ['LR', `${q} x ${d}`, fmtFR(q * u)]), ['', ''], ['LR', 'TOTAL TTC EUR', fmtFR(total)], ['LR', 'CB', fmtFR(total)], ['LR', 'TVA 5,5%  HT ' + fmtFR(ht), fmtFR(tva)], ['', ''], ['C', 'Merci de votre visite']],
      truth: { invoiceDate: '2025-03-29', total: total / 100, tax: tva / 100, currency: 'EUR', documentType: 'receipt' } });
  }
  { // Canadian coffee shop, GST 5 % + PST 7 %
    const items = [['LATTE LG', 1, 575], ['OAT MILK', 1, 75], ['BLUEBERRY MUFFIN', 2, 365]];
    const sub = items.reduce((s, [, q, u]) => s + q * u, 0), gst = c(sub * 0.05), pst = c(sub * 0.07), total = sub + gst + pst;
    r.push({ file: 'en-ca-coffee-receipt.jpg', lines: [['C', 'DRIFTWOOD COFFEE CO.'], ['C', '812 Commercial Dr, Vancouver BC'], ['C', 'GST# 123456789 RT0001'], ['', ''], ['L', '2025-03-27  10:31'], ['', ''], ...items.map(([d, q, u]) => ['LR', `${q} ${d}`, fmtEN(q * u)]), ['', ''], ['LR', 'SUBTOTAL', fmtEN(sub)], ['LR', 'GST 5%', fmtEN(gst)], ['LR', 'PST 7%', fmtEN(pst)], ['LR', 'TOTAL', '$' + fmtEN(total)], ['LR', 'DEBIT', '$' + fmtEN(total)], ['', ''], ['C', 'THANKS! SEE YOU SOON']],
      truth: { invoiceDate: '2025-03-27', total: total / 100, subtotal: sub / 100, tax: (gst + pst) / 100, currency: 'CAD', documentType: 'receipt' } });
  }
  return r;
})();
