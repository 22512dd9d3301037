// The documents of the third held-out sweep (fixtures/sweep3) and their truth; the layout engine
// that draws them is scripts/make-sweep3-fixtures.mjs. Every party, address, tax id, IBAN and
// number is invented (.example domains, sample IBANs). Amounts are computed here in cents, and
// the same figures are printed and written to truth.json, so the two cannot drift apart.
//
// Truth: invoiceNumber, invoiceDate, dueDate (null when the document gives payment terms only,
// or none: credit notes), total (the document's invoice total, NOT what is left to pay after a
// payment already made or a withholding), subtotal (the net amount that with the tax makes the
// total), tax, currency, documentType. Receipts: invoiceDate, total, currency, documentType.

// ---------------------------------------------------------------- money

const cents = (x) => Math.round(x * 100);
const sum = (xs) => xs.reduce((a, x) => a + cents(x), 0) / 100;
const line = (qty, price) => Math.round(qty * price * 100) / 100;
/** VAT on a net amount at a rate in percent, rounded half away from zero to the cent. */
const vat = (net, rate) => (Math.sign(net) * Math.round((Math.abs(cents(net)) * rate) / 100)) / 100;

/**
 * An amount in one of the written conventions: de 1.234,56 | fr 1 234,56 (plain space) |
 * nb 1 234,56 (no-break space) | en 1,234.56 | ch 1'234.56 | in 1,23,456.78 (Indian lakh grouping).
 */
function fmt(n, conv) {
  const neg = n < 0;
  const [int, dec] = Math.abs(n).toFixed(2).split('.');
  const group = (s, sep) => s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  let out;
  if (conv === 'in') {
    const last3 = int.slice(-3);
    const rest = int.slice(0, -3);
    out = (rest ? rest.replace(/\B(?=(\d{2})+(?!\d))/g, ',') + ',' + last3 : last3) + '.' + dec;
  } else {
    const [sep, point] = { de: ['.', ','], fr: [' ', ','], nb: ['\u00a0', ','], en: [',', '.'], ch: ["'", '.'] }[conv];
    out = group(int, sep) + point + dec;
  }
  return (neg ? '-' : '') + out;
}

/** Item rows: [description, qty, unit, price] -> amounts and the printed cells of `shape`. */
function items(list, conv, shape = 'pos') {
  const amounts = list.map(([, q, , p]) => line(q, p));
  const qty = (q) => (Number.isInteger(q) ? String(q) : fmt(q, conv).replace(/0$/, ''));
  const rows = list.map(([desc, q, unit, p], i) =>
    shape === 'pos'
      ? [String(i + 1), desc, `${qty(q)} ${unit}`.trim(), fmt(p, conv), fmt(amounts[i], conv)]
      : [desc, `${qty(q)} ${unit}`.trim(), fmt(p, conv), fmt(amounts[i], conv)],
  );
  return { net: sum(amounts), rows };
}

const COLS_POS = [{ w: 28 }, { w: 247 }, { w: 70, align: 'r' }, { w: 75, align: 'r' }, { w: 75, align: 'r' }];
const COLS = [{ w: 275 }, { w: 70, align: 'r' }, { w: 75, align: 'r' }, { w: 75, align: 'r' }];
const B = { bold: true };

// ---------------------------------------------------------------- invoices and credit notes (text PDFs)

function deZweispaltig() {
  const it = items([['Druckmessumformer PT-400, 0-16 bar', 4, 'Stk.', 289], ['Kalibrierschein DAkkS je Gerät', 4, 'Stk.', 65], ['Montagezubehör-Set Edelstahl', 1, 'Stk.', 1248.5]], 'de');
  const tax = vat(it.net, 19);
  const total = sum([it.net, tax]);
  return {
    file: 'de-rechnung-zweispaltig.pdf', header: 'seller-right', title: 'Rechnung',
    seller: ['Hollerbach Messtechnik GmbH', 'Gewerbering 22', '34123 Kassel', 'Tel. 0561 555 0142', 'info@hollerbach-mess.example', 'USt-IdNr. DE999123456'],
    buyerLabel: 'Hollerbach Messtechnik GmbH · Gewerbering 22 · 34123 Kassel',
    buyer: ['Lindner Anlagenbau AG', 'z. Hd. Frau K. Sommer', 'Hafenstraße 9', '28217 Bremen'],
    meta: [['Rechnungs-Nr.', 'HM-25-0419'], ['Datum', '14.03.25'], ['Kunden-Nr.', '20331'], ['Lieferdatum', '12.03.25'], ['Zahlbar bis', '28.03.25']],
    cols: COLS_POS, head: ['Pos.', 'Bezeichnung', 'Menge', 'Einzelpreis €', 'Gesamt €'], rows: it.rows,
    totals: { style: 'grid', at: 'right', rows: [['Nettobetrag', `${fmt(it.net, 'de')} €`], ['zzgl. 19 % USt.', `${fmt(tax, 'de')} €`], ['Rechnungsbetrag', `${fmt(total, 'de')} €`, B]] },
    notes: ['Bitte überweisen Sie den Rechnungsbetrag unter Angabe der Rechnungsnummer.'],
    footer: ['Hollerbach Messtechnik GmbH · Amtsgericht Kassel HRB 99123 · Geschäftsführer: J. Hollerbach', 'IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX'],
    truth: { invoiceNumber: 'HM-25-0419', invoiceDate: '2025-03-14', dueDate: '2025-03-28', total, subtotal: it.net, tax, currency: 'EUR', documentType: 'invoice' },
  };
}

function deGutschriftPosition() {
  const it = items([['Wartungsvertrag Lüftungsanlage, 2. Quartal', 1, 'psch.', 1350], ['Ersatzfilter F7 592x592', 6, 'Stk.', 42.8], ['Gutschrift aus Rechnung W-88107 (doppelt berechnet)', 1, '', -180]], 'de');
  const tax = vat(it.net, 19);
  const total = sum([it.net, tax]);
  return {
    file: 'de-rechnung-gutschriftposition.pdf', title: 'RECHNUNG',
    seller: ['Klimatechnik Brauer e.K.', 'Lessingstraße 3 · 04109 Leipzig', 'Tel. 0341 555 2290 · service@brauer-klima.example'],
    buyerLabel: 'Rechnungsempfänger', buyer: ['Wohnbau Saale eG', 'Technische Verwaltung', 'Am Hafen 12', '06108 Halle (Saale)'],
    meta: [['Rechnung Nr.', 'W-88412'], ['Rechnungsdatum', '18. März 2025'], ['Objekt', 'Am Hafen 12'], ['Fällig', '01.04.2025']],
    cols: COLS_POS, head: ['Pos', 'Leistung', 'Menge', 'Preis', 'Betrag'], rows: it.rows,
    totals: { style: 'grid', at: 'left', rows: [['Summe netto', fmt(it.net, 'de')], ['USt. 19 %', fmt(tax, 'de')], ['Gesamtbetrag EUR', fmt(total, 'de'), B]] },
    notes: ['Die Gutschrift aus Position 3 wurde mit dieser Rechnung verrechnet.'],
    footer: ['Klimatechnik Brauer e.K. · Steuernummer 231/555/01234 · Sparkasse Leipzig · IBAN DE02 1203 0000 0000 2020 51'],
    truth: { invoiceNumber: 'W-88412', invoiceDate: '2025-03-18', dueDate: '2025-04-01', total, subtotal: it.net, tax, currency: 'EUR', documentType: 'invoice' },
  };
}

function deAtTeilzahlung() {
  const it = items([['Einbauküche Eiche massiv, lt. Angebot 25/031', 1, 'Pausch.', 6480], ['Montage vor Ort', 16, 'Std.', 58], ['Arbeitsplatte Quarzstein, Zuschnitt', 1, 'Stk.', 1150]], 'de', 'plain');
  const tax = vat(it.net, 20);
  const total = sum([it.net, tax]);
  const paid = 3000;
  return {
    file: 'de-at-rechnung-teilzahlung.pdf', title: 'Rechnung Nr. 2025/0187',
    seller: ['Tischlerei Aigner GmbH', 'Brunnengasse 41, 1160 Wien', 'UID: ATU99912345 · FN 555123a'],
    buyer: ['Familie Dr. Helga und Peter Strobl', 'Kaasgrabengasse 7', '1190 Wien'],
    meta: [['Rechnungsdatum', '7. April 2025'], ['Kundennummer', 'K-1042'], ['Ihr Auftrag vom', '3. März 2025']],
    cols: COLS, head: ['Leistung', 'Menge', 'Einzelpreis', 'Betrag'], rows: it.rows.map((r) => [r[0], r[1], `€ ${r[2]}`, `€ ${r[3]}`]),
    totals: { style: 'right', rows: [['Summe netto', `€ ${fmt(it.net, 'de')}`], ['zzgl. 20 % USt.', `€ ${fmt(tax, 'de')}`], ['Gesamtbetrag', `€ ${fmt(total, 'de')}`, { bold: true, rule: true }], ['Bereits bezahlt (Anzahlung vom 3. März 2025)', `€ -${fmt(paid, 'de')}`], ['Offener Betrag', `€ ${fmt(total - paid, 'de')}`, { bold: true, rule: true }]] },
    notes: ['Zahlbar binnen 14 Tagen ohne Abzug auf unser Konto bei der Erste Bank.', 'IBAN AT61 1904 3002 3457 3201 · BIC GIBAATWWXXX'],
    truth: { invoiceNumber: '2025/0187', invoiceDate: '2025-04-07', dueDate: null, total, subtotal: it.net, tax, currency: 'EUR', documentType: 'invoice' },
  };
}

function deChStunden() {
  const it = items([['Beratung Datenschutz (DSG), Analyse', 12.5, 'h', 160], ['Workshop Mitarbeitende', 6, 'h', 145], ['Spesen pauschal', 1, '', 84.5]], 'ch', 'plain');
  const tax = vat(it.net, 8.1);
  const total = sum([it.net, tax]);
  return {
    file: 'de-ch-rechnung-stunden.pdf', header: 'buyer-right', buyerLabel: 'Rechnungsadresse', title: 'Honorarrechnung',
    seller: ['Meier Compliance GmbH', 'Bahnhofstrasse 17', '8400 Winterthur', 'CHE-999.111.222 MWST'],
    buyer: ['Stiftung Alpenblick', 'Frau R. Gerber', 'Seestrasse 120', '6300 Zug'],
    meta: [['Rechnung', '25-112'], ['Datum', '2025-04-02'], ['Leistungszeitraum', 'März 2025']],
    cols: COLS, head: ['Leistung', 'Aufwand', 'Ansatz CHF', 'Betrag CHF'], rows: it.rows,
    totals: { style: 'right', rows: [['Total Honorar exkl. MWST', fmt(it.net, 'ch')], ['MWST 8.1 %', fmt(tax, 'ch')], ['Rechnungstotal CHF', fmt(total, 'ch'), { bold: true, rule: true }]] },
    notes: ['Zahlbar innert 30 Tagen netto. Besten Dank für den geschätzten Auftrag.', 'PostFinance · IBAN CH93 0076 2011 6238 5295 7'],
    truth: { invoiceNumber: '25-112', invoiceDate: '2025-04-02', dueDate: null, total, subtotal: it.net, tax, currency: 'CHF', documentType: 'invoice' },
  };
}

function frAcompte() {
  const it = items([['Dépose ancienne salle de bain', 1, 'forf.', 850], ['Pose carrelage grès cérame', 24.5, 'm²', 62], ['Plomberie et raccordements', 1, 'forf.', 2340]], 'fr', 'plain');
  const tax = vat(it.net, 10);
  const total = sum([it.net, tax]);
  const paid = 1500;
  return {
    file: 'fr-facture-acompte.pdf', title: 'FACTURE N° F2025-0207',
    seller: ['SARL Rénov\'Habitat 44', '12 rue des Tanneurs, 44000 Nantes', 'SIRET 999 123 456 00017 · TVA FR12999123456', 'contact@renovhabitat.example'],
    buyerLabel: 'Client', buyer: ['M. et Mme Le Goff', '8 allée des Mimosas', '44300 Nantes'],
    meta: [['Date :', '5/3/2025'], ['Devis :', 'D2025-0031'], ['Date d\'échéance :', '4/4/2025']],
    cols: COLS, head: ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'], rows: it.rows,
    totals: { style: 'right', rows: [['Total HT', `${fmt(it.net, 'fr')} €`], ['TVA 10 %', `${fmt(tax, 'fr')} €`], ['Total TTC', `${fmt(total, 'fr')} €`, { bold: true, rule: true }], ['Acompte versé le 12/2/2025', `-${fmt(paid, 'fr')} €`], ['Reste à payer', `${fmt(total - paid, 'fr')} €`, { bold: true, rule: true }]] },
    notes: ['TVA à taux réduit (travaux dans un logement de plus de deux ans).', 'Pénalités de retard : trois fois le taux d\'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.'],
    footer: ['IBAN FR76 3000 6000 0112 3456 7890 189 · BIC AGRIFRPP'],
    truth: { invoiceNumber: 'F2025-0207', invoiceDate: '2025-03-05', dueDate: '2025-04-04', total, subtotal: it.net, tax, currency: 'EUR', documentType: 'invoice' },
  };
}

function frBeAutoliquidation() {
  const it = items([['Licence annuelle plateforme de planification', 1, '', 4800], ['Paramétrage et migration des données', 11, 'h', 130]], 'de', 'plain');
  return {
    file: 'fr-be-facture-autoliquidation.pdf', title: 'Facture', metaStyle: 'boxed-row',
    seller: ['Planéo SRL', 'Rue de la Loi 155, 1040 Bruxelles', 'TVA BE 0999.123.456 · RPM Bruxelles'],
    buyerLabel: 'Facturé à', buyer: ['Rhein Logistik GmbH', 'Hafenweg 8', '47119 Duisburg, Allemagne', 'N° TVA : DE 999 888 777'],
    meta: [['Facture n°', '2025/0419'], ['Date de facture', '2025-04-11'], ['Échéance', '2025-05-11'], ['Réf. client', 'RL-22']],
    cols: COLS, head: ['Description', 'Quantité', 'Prix unitaire', 'Total HTVA'], rows: it.rows.map((r) => [r[0], r[1], `${r[2]} €`, `${r[3]} €`]),
    totals: { style: 'right', rows: [['Total HTVA', `${fmt(it.net, 'de')} €`], ['TVA 0 %', '0,00 €'], ['Total à payer', `${fmt(it.net, 'de')} €`, { bold: true, rule: true }]] },
    notes: ['Autoliquidation – TVA due par le preneur (article 196 de la directive 2006/112/CE).', 'Paiement : BE68 5390 0754 7034 · BIC BBRUBEBB · communication +++090/9337/55493+++'],
    truth: { invoiceNumber: '2025/0419', invoiceDate: '2025-04-11', dueDate: '2025-05-11', total: it.net, subtotal: it.net, tax: 0, currency: 'EUR', documentType: 'invoice' },
  };
}

function frChGrille() {
  const it = items([['Refonte du site vitrine (forfait)', 1, '', 3200], ['Rédaction de contenus', 8, 'h', 110], ['Hébergement 12 mois', 1, '', 432]], 'ch', 'plain');
  const discount = -vat(it.net, 5);
  const net = sum([it.net, discount]);
  const tax = vat(net, 8.1);
  const total = sum([net, tax]);
  return {
    file: 'fr-ch-facture-grille.pdf', header: 'seller-right', title: 'Facture n° 7731',
    seller: ['Atelier Numérique Rochat Sàrl', 'Rue du Rhône 48', '1204 Genève', 'IDE CHE-999.222.333 TVA'],
    buyer: ['Fondation Les Tilleuls', 'Mme S. Favre', 'Chemin des Vignes 3', '1260 Nyon'],
    meta: [['Date', 'Genève, le 3 avril 2025'], ['Votre référence', 'Site 2025'], ['Client n°', '0457']],
    cols: COLS, head: ['Prestation', 'Quantité', 'Prix CHF', 'Montant CHF'], rows: it.rows,
    totals: { style: 'grid', at: 'right', rows: [['Sous-total', fmt(it.net, 'ch')], ['Rabais 5 %', fmt(discount, 'ch')], ['Total HT', fmt(net, 'ch')], ['TVA 8,1 %', fmt(tax, 'ch')], ['Total TTC CHF', fmt(total, 'ch'), B]] },
    notes: ['Payable à 30 jours net.', 'Banque Cantonale · IBAN CH56 0483 5012 3456 7800 9'],
    truth: { invoiceNumber: '7731', invoiceDate: '2025-04-03', dueDate: null, total, subtotal: net, tax, currency: 'CHF', documentType: 'invoice' },
  };
}

function frCaTpsTvq() {
  const it = items([['Entretien préventif chaudière', 1, '', 680], ['Remplacement pompe de circulation', 1, '', 1185], ['Main-d\'œuvre', 4.5, 'h', 130]], 'nb', 'plain');
  const tps = vat(it.net, 5);
  const tvq = vat(it.net, 9.975);
  const total = sum([it.net, tps, tvq]);
  return {
    file: 'fr-ca-facture-tps-tvq.pdf', header: 'buyer-right', buyerLabel: 'FACTURÉ À', title: 'FACTURE',
    seller: ['Chauffage Boréal inc.', '2250, boulevard Saint-Laurent', 'Montréal (Québec) H2X 2S9', 'TPS : 999123456 RT0001', 'TVQ : 9991234567 TQ0001'],
    buyer: ['Coopérative d\'habitation Les Érables', '410, rue Rachel Est', 'Montréal (Québec) H2J 2H3'],
    meta: [['Facture no', '10482'], ['Date :', '2025-03-28'], ['Échéance :', '2025-04-27'], ['Bon de travail', 'BT-5521']],
    cols: COLS, head: ['Description', 'Qté', 'Prix', 'Montant'], rows: it.rows.map((r) => [r[0], r[1], `${r[2]} $`, `${r[3]} $`]),
    totals: { style: 'right', rows: [['Sous-total', `${fmt(it.net, 'nb')} $`], ['TPS (5 %)', `${fmt(tps, 'nb')} $`], ['TVQ (9,975 %)', `${fmt(tvq, 'nb')} $`], ['Total', `${fmt(total, 'nb')} $`, { bold: true, rule: true }]] },
    notes: ['Montants en dollars canadiens. Merci de votre confiance!'],
    truth: { invoiceNumber: '10482', invoiceDate: '2025-03-28', dueDate: '2025-04-27', total, subtotal: it.net, tax: sum([tps, tvq]), currency: 'CAD', documentType: 'invoice' },
  };
}

function itRitenuta() {
  const fee = 2400;
  const cassa = vat(fee, 4);
  const net = sum([fee, cassa]);
  const tax = vat(net, 22);
  const total = sum([net, tax]);
  const withholding = vat(fee, 20);
  return {
    file: 'it-fattura-ritenuta.pdf', header: 'seller-right', title: 'FATTURA N. 14/2025', buyerLabel: 'Spett.le',
    seller: ['Studio Dott.ssa Chiara Bellini', 'Dottore Commercialista', 'Via Garibaldi 21, 40124 Bologna', 'P.IVA 99912340371 · C.F. BLLCHR80A41A944X', 'PEC bellini@pec.studio.example'],
    buyer: ['Officine Rinaldi S.r.l.', 'Via dell\'Industria 5', '40138 Bologna (BO)', 'P.IVA 99988877766'],
    meta: [['Data', '09/04/2025'], ['Scadenza', '09/05/2025']],
    cols: COLS, head: ['Descrizione', 'Q.tà', 'Prezzo', 'Importo'], rows: [['Onorario consulenza fiscale, 1° trimestre 2025', '1', fmt(fee, 'de'), fmt(fee, 'de')], ['Contributo integrativo Cassa 4%', '', '', fmt(cassa, 'de')]],
    totals: { style: 'grid', at: 'left', labelWidth: 210, rows: [['Imponibile', `€ ${fmt(net, 'de')}`], ['IVA 22%', `€ ${fmt(tax, 'de')}`], ['Totale documento', `€ ${fmt(total, 'de')}`, B], ['Ritenuta d\'acconto 20% su € 2.400,00', `€ -${fmt(withholding, 'de')}`], ['Netto a pagare', `€ ${fmt(total - withholding, 'de')}`, B]] },
    notes: ['Pagamento: bonifico bancario, IBAN IT60 X054 2811 1010 0000 0123 456.'],
    truth: { invoiceNumber: '14/2025', invoiceDate: '2025-04-09', dueDate: '2025-05-09', total, subtotal: net, tax, currency: 'EUR', documentType: 'invoice' },
  };
}

function esHoras() {
  const it = items([['Desarrollo web a medida', 32, 'h', 45], ['Reuniones de seguimiento', 4, 'h', 45], ['Alojamiento anual', 1, '', 120]], 'de', 'plain');
  const tax = vat(it.net, 21);
  const total = sum([it.net, tax]);
  return {
    file: 'es-factura-horas.pdf', header: 'buyer-right', buyerLabel: 'CLIENTE', title: 'FACTURA',
    seller: ['Lucía Navarro Ortega', 'Diseño y desarrollo web', 'C/ Ruzafa 18, 3.º B · 46004 Valencia', 'NIF 99912345Z'],
    buyer: ['Bodegas Montemar S.L.', 'Avda. del Puerto 201', '46023 Valencia', 'CIF B99912345'],
    meta: [['Factura:', '2025-A-0088'], ['Fecha:', '03/04/2025'], ['Vencimiento:', '03/05/2025']],
    cols: COLS, head: ['Concepto', 'Horas', 'Precio/h', 'Importe'], rows: it.rows.map((r) => [r[0], r[1], `${r[2]} €`, `${r[3]} €`]),
    totals: { style: 'right', rows: [['Base imponible', `${fmt(it.net, 'de')} €`], ['IVA 21 %', `${fmt(tax, 'de')} €`], ['TOTAL', `${fmt(total, 'de')} €`, { bold: true, rule: true }]] },
    notes: ['Forma de pago: transferencia a ES91 2100 0418 4502 0005 1332.'],
    truth: { invoiceNumber: '2025-A-0088', invoiceDate: '2025-04-03', dueDate: '2025-05-03', total, subtotal: it.net, tax, currency: 'EUR', documentType: 'invoice' },
  };
}

function nlBtwVerlegd() {
  const it = items([['Koeltransport Rotterdam - Antwerpen', 6, 'rit', 540], ['Wachttijd laden/lossen', 5, 'uur', 44]], 'de', 'plain');
  return {
    file: 'nl-factuur-btw-verlegd.pdf', header: 'seller-right', title: 'FACTUUR',
    seller: ['Van Dijk Koeltransport B.V.', 'Waalhaven Z.z. 40', '3089 JH Rotterdam', 'KvK 99123456 · Btw NL999123456B01'],
    buyer: ['Frigo Schelde NV', 't.a.v. crediteurenadministratie', 'Noorderlaan 133', '2030 Antwerpen, België', 'Btw BE 0999.555.444'],
    meta: [['Factuurnummer', '2025-1043'], ['Factuurdatum', '2025-04-14'], ['Vervaldatum', '2025-05-14']],
    cols: COLS, head: ['Omschrijving', 'Aantal', 'Tarief', 'Bedrag'], rows: it.rows.map((r) => [r[0], r[1], `€ ${r[2]}`, `€ ${r[3]}`]),
    totals: { style: 'right', rows: [['Subtotaal', `€ ${fmt(it.net, 'de')}`], ['Btw verlegd 0%', '€ 0,00'], ['Totaal', `€ ${fmt(it.net, 'de')}`, { bold: true, rule: true }]] },
    notes: ['Btw verlegd naar de afnemer, art. 196 Btw-richtlijn (intracommunautaire dienst).', 'Graag betalen op NL91 ABNA 0417 1643 00 o.v.v. het factuurnummer.'],
    truth: { invoiceNumber: '2025-1043', invoiceDate: '2025-04-14', dueDate: '2025-05-14', total: it.net, subtotal: it.net, tax: 0, currency: 'EUR', documentType: 'invoice' },
  };
}

function nlCreditfactuur() {
  const it = items([['Retour: bureaulamp Lumo, zwart', 3, 'st', -49.95]], 'de', 'plain');
  const tax = vat(it.net, 21);
  const total = sum([it.net, tax]);
  return {
    file: 'nl-creditfactuur.pdf', title: 'CREDITFACTUUR',
    seller: ['Kantoor & Co Webwinkel', 'Industrieweg 7, 3542 AD Utrecht', 'KvK 99876543 · Btw NL999876543B01'],
    buyer: ['Architectenbureau Visser', 'Oudegracht 210', '3511 NR Utrecht'],
    meta: [['Creditnummer', 'CF-2025-017'], ['Datum', '16-04-2025'], ['Betreft factuur', '2025-0988 van 02-04-2025']],
    cols: COLS, head: ['Omschrijving', 'Aantal', 'Prijs', 'Bedrag'], rows: it.rows.map((r) => [r[0], r[1], `€ ${r[2]}`, `€ ${r[3]}`]),
    totals: { style: 'right', rows: [['Subtotaal', `€ ${fmt(it.net, 'de')}`], ['Btw 21%', `€ ${fmt(tax, 'de')}`], ['Totaal', `€ ${fmt(total, 'de')}`, { bold: true, rule: true }]] },
    notes: ['Het bedrag wordt binnen 5 werkdagen teruggestort op uw rekening.'],
    truth: { invoiceNumber: 'CF-2025-017', invoiceDate: '2025-04-16', dueDate: null, total, subtotal: it.net, tax, currency: 'EUR', documentType: 'credit_note' },
  };
}

function ptGrelha() {
  const it = items([['Manutenção de elevador (trimestre)', 1, 'un', 735], ['Substituição de cabo de tração', 2, 'un', 412.4]], 'de', 'plain');
  const discount = -vat(it.net, 3);
  const net = sum([it.net, discount]);
  const tax = vat(net, 23);
  const total = sum([net, tax]);
  return {
    file: 'pt-fatura-grelha.pdf', header: 'seller-right', title: 'Fatura FT 2025/311',
    seller: ['Elevis Manutenção, Lda.', 'Rua do Almada 155', '4050-037 Porto', 'NIF 999123456'],
    buyer: ['Condomínio Edifício Atlântico', 'Av. da Boavista 1200', '4100-113 Porto', 'NIF 999888777'],
    meta: [['Data', '08-04-2025'], ['Vencimento', '08-05-2025'], ['ATCUD', 'JJ99XX-311']],
    cols: COLS, head: ['Descrição', 'Qtd.', 'Preço unit.', 'Valor'], rows: it.rows,
    totals: { style: 'grid', at: 'left', rows: [['Total ilíquido', `${fmt(it.net, 'de')} €`], ['Desconto 3%', `${fmt(discount, 'de')} €`], ['Total s/ IVA', `${fmt(net, 'de')} €`], ['IVA 23%', `${fmt(tax, 'de')} €`], ['Total', `${fmt(total, 'de')} €`, B]] },
    notes: ['Pagamento por transferência: PT50 0002 0123 1234 5678 9015 4.', 'Processado por programa certificado n.º 9999/AT.'],
    truth: { invoiceNumber: 'FT 2025/311', invoiceDate: '2025-04-08', dueDate: '2025-05-08', total, subtotal: net, tax, currency: 'EUR', documentType: 'invoice' },
  };
}

function ptBrServicos() {
  const it = items([['Consultoria em segurança da informação', 40, 'h', 120]], 'de', 'plain');
  const tax = vat(it.net, 5);
  const total = sum([it.net, tax]);
  return {
    file: 'pt-br-fatura-servicos.pdf', header: 'buyer-right', buyerLabel: 'TOMADOR DOS SERVIÇOS', title: 'FATURA Nº 000.482',
    seller: ['Cerrado Tecnologia Ltda.', 'Rua dos Inconfidentes 910, Savassi', 'Belo Horizonte - MG, 30140-120', 'CNPJ 99.123.456/0001-99'],
    buyer: ['Laticínios Serra Azul S.A.', 'Rod. MG-050, km 12', 'Divinópolis - MG', 'CNPJ 99.888.777/0001-66'],
    meta: [['Data de emissão:', '14/03/2025'], ['Vencimento:', '13/04/2025'], ['Competência:', 'março/2025']],
    cols: COLS, head: ['Discriminação', 'Qtde', 'Valor unit.', 'Valor'], rows: it.rows.map((r) => [r[0], r[1], `R$ ${r[2]}`, `R$ ${r[3]}`]),
    totals: { style: 'right', rows: [['Valor dos serviços', `R$ ${fmt(it.net, 'de')}`], ['ISS (5%)', `R$ ${fmt(tax, 'de')}`], ['Valor total da fatura', `R$ ${fmt(total, 'de')}`, { bold: true, rule: true }]] },
    notes: ['Pagamento via PIX (chave: financeiro@cerrado-tec.example) ou boleto bancário.'],
    truth: { invoiceNumber: '000.482', invoiceDate: '2025-03-14', dueDate: '2025-04-13', total, subtotal: it.net, tax, currency: 'BRL', documentType: 'invoice' },
  };
}

function plZaplacono() {
  const it = items([['Szkolenie BHP dla pracowników', 1, 'usł.', 2400], ['Materiały szkoleniowe', 35, 'szt.', 50]], 'fr', 'plain');
  const tax = vat(it.net, 23);
  const total = sum([it.net, tax]);
  const paid = 2000;
  return {
    file: 'pl-faktura-zaplacono.pdf', font: 'liberation', header: 'seller-right', buyerLabel: 'Nabywca:', title: 'Faktura VAT nr FV 112/04/2025',
    seller: ['Sprzedawca: Bezpieczna Praca Sp. z o.o.', 'ul. Długa 14', '80-831 Gdańsk', 'NIP 999-123-45-67'],
    buyer: ['Stocznia Remontowa Wisła S.A.', 'ul. Portowa 3', '80-601 Gdańsk', 'NIP 999-888-77-66'],
    meta: [['Data wystawienia:', '10.04.2025'], ['Data sprzedaży:', '09.04.2025'], ['Termin płatności:', '24.04.2025'], ['Sposób płatności:', 'przelew']],
    cols: COLS, head: ['Nazwa towaru lub usługi', 'Ilość', 'Cena netto', 'Wartość netto'], rows: it.rows,
    totals: { style: 'grid', at: 'right', rows: [['Razem netto', `${fmt(it.net, 'fr')} zł`], ['VAT 23%', `${fmt(tax, 'fr')} zł`], ['Razem brutto', `${fmt(total, 'fr')} zł`, B], ['Zapłacono', `${fmt(paid, 'fr')} zł`], ['Pozostało do zapłaty', `${fmt(total - paid, 'fr')} zł`, B]] },
    notes: ['Konto: PL61 1090 1014 0000 0712 1981 2874'],
    truth: { invoiceNumber: 'FV 112/04/2025', invoiceDate: '2025-04-10', dueDate: '2025-04-24', total, subtotal: it.net, tax, currency: 'PLN', documentType: 'invoice' },
  };
}

function csFaktura() {
  const it = items([['Revize elektroinstalace', 1, 'ks', 7800], ['Výměna jističů', 12, 'ks', 383.33]], 'fr', 'plain');
  const tax = vat(it.net, 21);
  const total = sum([it.net, tax]);
  return {
    file: 'cs-faktura.pdf', font: 'liberation', header: 'buyer-right', buyerLabel: 'Odběratel:', title: 'FAKTURA – DAŇOVÝ DOKLAD č. 2025041',
    seller: ['Dodavatel: Elektro Dvořák s.r.o.', 'Křižíkova 55, 186 00 Praha 8', 'IČO: 99912345 · DIČ: CZ99912345'],
    buyer: ['Bytové družstvo Vltava', 'Nábřeží 12', '150 00 Praha 5', 'IČO: 99988877'],
    meta: [['Datum vystavení:', '10. 4. 2025'], ['Datum zdanitelného plnění:', '10. 4. 2025'], ['Datum splatnosti:', '24. 4. 2025'], ['Variabilní symbol:', '2025041']],
    cols: COLS, head: ['Popis', 'Množství', 'Cena/MJ', 'Celkem'], rows: it.rows,
    totals: { style: 'right', rows: [['Základ daně 21 %', `${fmt(it.net, 'fr')} Kč`], ['DPH 21 %', `${fmt(tax, 'fr')} Kč`], ['Celkem k úhradě', `${fmt(total, 'fr')} Kč`, { bold: true, rule: true }]] },
    notes: ['Bankovní spojení: CZ65 0800 0000 1920 0014 5399'],
    truth: { invoiceNumber: '2025041', invoiceDate: '2025-04-10', dueDate: '2025-04-24', total, subtotal: it.net, tax, currency: 'CZK', documentType: 'invoice' },
  };
}

function daFaktura() {
  const it = items([['Vinduespolering, kontor 1.-3. sal', 1, 'stk', 4200], ['Rengøring af ovenlys', 6, 'stk', 362]], 'de', 'plain');
  const tax = vat(it.net, 25);
  const total = sum([it.net, tax]);
  return {
    file: 'da-faktura.pdf', header: 'seller-right', title: 'Faktura',
    seller: ['Nørgaard Facadeservice ApS', 'Vesterbrogade 101', '1620 København V', 'CVR-nr. 99123456'],
    buyer: ['Ejendomsselskabet Havnefront A/S', 'Att.: Bogholderiet', 'Kalkbrænderiløbskaj 4', '2100 København Ø'],
    meta: [['Fakturanr.', '20451'], ['Fakturadato', '11.04.2025'], ['Forfaldsdato', '25.04.2025'], ['Kundenr.', '3307']],
    cols: COLS, head: ['Beskrivelse', 'Antal', 'Stk. pris', 'Beløb'], rows: it.rows,
    totals: { style: 'right', rows: [['Subtotal', fmt(it.net, 'de')], ['Moms 25%', fmt(tax, 'de')], ['I alt DKK', fmt(total, 'de'), { bold: true, rule: true }]] },
    notes: ['Betaling til Danske Bank reg.nr. 9999 kontonr. 1234567890, IBAN DK50 0040 0440 1162 43.'],
    truth: { invoiceNumber: '20451', invoiceDate: '2025-04-11', dueDate: '2025-04-25', total, subtotal: it.net, tax, currency: 'DKK', documentType: 'invoice' },
  };
}

function svKreditfaktura() {
  const it = items([['Kreditering: felaktigt debiterad installation', 1, 'st', -1250]], 'fr', 'plain');
  const tax = vat(it.net, 25);
  const total = sum([it.net, tax]);
  return {
    file: 'sv-kreditfaktura.pdf', title: 'KREDITFAKTURA',
    seller: ['Norrlands Värmepump AB', 'Storgatan 30, 903 26 Umeå', 'Org.nr 559999-1234 · Momsreg.nr SE559999123401'],
    buyerLabel: 'Kund', buyer: ['Brf Björken', 'Västra Esplanaden 8', '903 25 Umeå'],
    meta: [['Kreditfakturanr', '5521'], ['Fakturadatum', '2025-04-17'], ['Avser faktura', '5488'], ['Er referens', 'Anna Lind']],
    cols: COLS, head: ['Beskrivning', 'Antal', 'À-pris', 'Belopp'], rows: it.rows,
    totals: { style: 'right', rows: [['Netto', `${fmt(it.net, 'fr')} kr`], ['Moms 25 %', `${fmt(tax, 'fr')} kr`], ['Att återbetala SEK', `${fmt(total, 'fr')} kr`, { bold: true, rule: true }]] },
    notes: ['Beloppet återbetalas till ert bankgiro 999-1234 inom 10 dagar.'],
    truth: { invoiceNumber: '5521', invoiceDate: '2025-04-17', dueDate: null, total, subtotal: it.net, tax, currency: 'SEK', documentType: 'credit_note' },
  };
}

function enGbHours() {
  const it = items([['Site survey and measured drawings', 7.5, 'hrs', 65], ['CAD drawings, planning set', 14, 'hrs', 55], ['Planning portal submission fee', 1, '', 262.5]], 'en', 'plain');
  const tax = vat(it.net, 20);
  const total = sum([it.net, tax]);
  return {
    file: 'en-gb-invoice-hours.pdf', header: 'seller-right', title: 'INVOICE',
    seller: ['Ashworth Drawing Services Ltd', '4 Mill Yard, Hebden Bridge', 'West Yorkshire HX7 8AD', 'VAT No. GB 999 1234 56'],
    buyer: ['Mr & Mrs T. Okafor', '27 Birchcliffe Road', 'Hebden Bridge HX7 8JA'],
    meta: [['Invoice number:', 'INV-0457'], ['Date:', '3rd April 2025'], ['Terms:', '14 days']],
    cols: COLS, head: ['Description', 'Hours', 'Rate', 'Amount'], rows: it.rows.map((r) => [r[0], r[1], `£${r[2]}`, `£${r[3]}`]),
    totals: { style: 'right', rows: [['Subtotal', `£${fmt(it.net, 'en')}`], ['VAT at 20%', `£${fmt(tax, 'en')}`], ['Total due', `£${fmt(total, 'en')}`, { bold: true, rule: true }]] },
    notes: ['Please pay by BACS: sort code 20-00-00, account 55779911, quoting the invoice number.'],
    truth: { invoiceNumber: 'INV-0457', invoiceDate: '2025-04-03', dueDate: null, total, subtotal: it.net, tax, currency: 'GBP', documentType: 'invoice' },
  };
}

function enUsBoxed() {
  const it = items([['Commercial dishwasher, model DW-60', 2, '', 4850], ['Installation and haul-away', 1, '', 1380], ['Extended warranty, 3 years', 2, '', 700]], 'en', 'plain');
  const tax = vat(it.net, 6.25);
  const total = sum([it.net, tax]);
  return {
    file: 'en-us-invoice-boxed.pdf', header: 'seller-right', buyerLabel: 'BILL TO', title: 'INVOICE',
    seller: ['Lakeside Restaurant Supply Co.', '1840 W. Fulton St.', 'Chicago, IL 60612', '(312) 555-0188', 'billing@lakeside-supply.example'],
    buyer: ['Maple & Rye Bistro LLC', 'Attn: Accounts Payable', '412 N. Main St.', 'Naperville, IL 60540'],
    meta: [['Invoice #:', '10-2231'], ['Invoice Date:', '04/09/2025'], ['Terms:', 'Net 30'], ['P.O. #:', '7781']],
    cols: COLS, head: ['Description', 'Qty', 'Unit Price', 'Amount'], rows: it.rows.map((r) => [r[0], r[1], `$${r[2]}`, `$${r[3]}`]),
    totals: { style: 'grid', at: 'right', rows: [['Subtotal', `$${fmt(it.net, 'en')}`], ['Sales Tax (6.25%)', `$${fmt(tax, 'en')}`], ['TOTAL', `$${fmt(total, 'en')}`, B]] },
    notes: ['Make checks payable to Lakeside Restaurant Supply Co. Thank you for your business!'],
    truth: { invoiceNumber: '10-2231', invoiceDate: '2025-04-09', dueDate: null, total, subtotal: it.net, tax, currency: 'USD', documentType: 'invoice' },
  };
}

function enUsCreditMemo() {
  const it = items([['Returned: chef knife set (damaged in transit)', 2, '', 320]], 'en', 'plain');
  const tax = vat(it.net, 7);
  const total = sum([it.net, tax]);
  return {
    file: 'en-us-credit-memo.pdf', header: 'buyer-right', buyerLabel: 'CUSTOMER', title: 'CREDIT MEMO',
    seller: ['Gulf Coast Kitchenware Inc.', '900 Dauphin St.', 'Mobile, AL 36602'],
    buyer: ['Bayou Grill', '55 Water St.', 'Mobile, AL 36602'],
    meta: [['Credit Memo #:', 'CM-2025-031'], ['Date:', 'April 15, 2025'], ['Original Invoice:', '10-2198']],
    cols: COLS, head: ['Description', 'Qty', 'Unit Price', 'Amount'], rows: it.rows.map((r) => [r[0], r[1], `$${r[2]}`, `$${r[3]}`]),
    totals: { style: 'right', rows: [['Subtotal', `$${fmt(it.net, 'en')}`], ['Sales Tax 7%', `$${fmt(tax, 'en')}`], ['Total Credit', `$${fmt(total, 'en')}`, { bold: true, rule: true }]] },
    notes: ['This credit will be applied to your next invoice.'],
    truth: { invoiceNumber: 'CM-2025-031', invoiceDate: '2025-04-15', dueDate: null, total, subtotal: it.net, tax, currency: 'USD', documentType: 'credit_note' },
  };
}

function enNzTaxInvoice() {
  const it = items([['Garden design consultation', 3, 'hrs', 95], ['Native planting, supply and plant', 1, '', 1465], ['Bark mulch, 6 m³', 6, '', 72.5]], 'en', 'plain');
  const tax = vat(it.net, 15);
  const total = sum([it.net, tax]);
  return {
    file: 'en-nz-tax-invoice.pdf', title: 'TAX INVOICE',
    seller: ['Kowhai Landscapes Ltd', '14 Rimu Street, Riccarton', 'Christchurch 8011', 'GST No: 999-123-456'],
    buyerLabel: 'To', buyer: ['Harbourview Body Corporate 4471', 'PO Box 2291', 'Christchurch 8140'],
    meta: [['Invoice No.', '3318'], ['Date', '9 Apr 2025'], ['Payment due', '20th of the month following']],
    cols: COLS, head: ['Description', 'Qty', 'Price', 'Amount'], rows: it.rows.map((r) => [r[0], r[1], `$${r[2]}`, `$${r[3]}`]),
    totals: { style: 'right', rows: [['Subtotal (excl. GST)', `$${fmt(it.net, 'en')}`], ['GST 15%', `$${fmt(tax, 'en')}`], ['Total NZD', `$${fmt(total, 'en')}`, { bold: true, rule: true }]] },
    notes: ['Direct credit to 12-3140-0123456-00, reference 3318.'],
    truth: { invoiceNumber: '3318', invoiceDate: '2025-04-09', dueDate: null, total, subtotal: it.net, tax, currency: 'NZD', documentType: 'invoice' },
  };
}

function enInTaxInvoice() {
  const it = items([['Annual maintenance contract, servers (HSN/SAC 998713)', 1, '', 145000], ['On-site support visits', 8, '', 5000]], 'in', 'plain');
  const cgst = vat(it.net, 9);
  const sgst = vat(it.net, 9);
  const total = sum([it.net, cgst, sgst]);
  return {
    file: 'en-in-tax-invoice.pdf', font: 'dejavu', header: 'buyer-right', buyerLabel: 'Bill To:', title: 'TAX INVOICE',
    seller: ['Sahyadri Infotech Pvt. Ltd.', '3rd Floor, Prestige Arcade, MG Road', 'Bengaluru, Karnataka 560001', 'GSTIN: 29AAACS9999K1Z5'],
    buyer: ['Kaveri Textiles Ltd.', 'No. 12, Industrial Estate, Peenya', 'Bengaluru, Karnataka 560058', 'GSTIN: 29AABCK9999L1Z2'],
    meta: [['Invoice No.:', 'SI/25-26/0142'], ['Invoice Date:', '10-04-2025'], ['Due Date:', '25-04-2025'], ['Place of Supply:', 'Karnataka (29)']],
    cols: COLS, head: ['Description', 'Qty', 'Rate (₹)', 'Amount (₹)'], rows: it.rows,
    totals: { style: 'right', rows: [['Taxable Value', `₹${fmt(it.net, 'in')}`], ['CGST @ 9%', `₹${fmt(cgst, 'in')}`], ['SGST @ 9%', `₹${fmt(sgst, 'in')}`], ['Total Invoice Value', `₹${fmt(total, 'in')}`, { bold: true, rule: true }]] },
    notes: ['Amount in words: Rupees Two Lakh Eighteen Thousand Three Hundred Only', 'Bank: HDFC Bank, A/c No. 50200099912345, IFSC HDFC0009999'],
    truth: { invoiceNumber: 'SI/25-26/0142', invoiceDate: '2025-04-10', dueDate: '2025-04-25', total, subtotal: it.net, tax: sum([cgst, sgst]), currency: 'INR', documentType: 'invoice' },
  };
}

export const INVOICES = [
  deZweispaltig(), deGutschriftPosition(), deAtTeilzahlung(), deChStunden(),
  frAcompte(), frBeAutoliquidation(), frChGrille(), frCaTpsTvq(),
  itRitenuta(), esHoras(), nlBtwVerlegd(), nlCreditfactuur(), ptGrelha(), ptBrServicos(),
  plZaplacono(), csFaktura(), daFaktura(), svKreditfaktura(),
  enGbHours(), enUsBoxed(), enUsCreditMemo(), enNzTaxInvoice(), enInTaxInvoice(),
];

// ---------------------------------------------------------------- the scanned invoice (a turned JPEG)

function esEscaneada() {
  const it = items([['Revisión instalación de gas', 1, '', 180], ['Sustitución de caldera mural', 1, '', 690], ['Desplazamiento', 2, '', 55]], 'de', 'plain');
  const tax = vat(it.net, 21);
  const total = sum([it.net, tax]);
  return {
    file: 'es-factura-escaneada.jpg', turnDegrees: 1.3, header: 'buyer-right', buyerLabel: 'DATOS DEL CLIENTE', title: 'FACTURA Nº 0391',
    seller: ['Instalaciones Guzmán e Hijos S.L.', 'C/ Mayor 44 · 28013 Madrid', 'CIF B99987654 · Tel. 915 550 123'],
    buyer: ['Comunidad de Propietarios', 'C/ Alcalá 310', '28027 Madrid'],
    meta: [['Fecha de emisión:', '22/04/2025'], ['Forma de pago:', 'transferencia 30 días']],
    cols: COLS, head: ['Concepto', 'Uds.', 'Precio', 'Importe'], rows: it.rows.map((r) => [r[0], r[1], `${r[2]} €`, `${r[3]} €`]),
    totals: { style: 'grid', at: 'right', rows: [['Base imponible', `${fmt(it.net, 'de')} €`], ['IVA 21%', `${fmt(tax, 'de')} €`], ['TOTAL FACTURA', `${fmt(total, 'de')} €`, B]] },
    notes: ['IBAN ES79 2100 0813 6101 2345 6789'],
    truth: { invoiceNumber: '0391', invoiceDate: '2025-04-22', dueDate: null, total, subtotal: it.net, tax, currency: 'EUR', documentType: 'invoice' },
  };
}

export const SCANS = [esEscaneada()];

// ---------------------------------------------------------------- till receipts (thermal JPEGs, OCR)

const C = { center: true };
const BIG = { big: true };

export const RECEIPTS = [
  {
    file: 'it-scontrino.jpg',
    lines: [['BAR PASTICCERIA AURORA', '', C], ['di Ferri Marco & C. snc', '', C], ['Via Emilia 88 - 41121 Modena', '', C], ['P.IVA 99912340365', '', C], ['DOCUMENTO COMMERCIALE', '', C], ['di vendita o prestazione', '', C], ['', ''],
      ['DESCRIZIONE', 'IVA  Prezzo(€)'], ['CAPPUCCINO', '10%    1,60'], ['CAPPUCCINO', '10%    1,60'], ['BRIOCHE CREMA', '10%    1,40'], ['TORTA BAROZZI', '10%   18,80'], ['', ''],
      ['TOTALE COMPLESSIVO', '23,40', BIG], ['DI CUI IVA', '2,13'], ['PAGAMENTO CONTANTE', '50,00'], ['RESTO', '26,60'], ['', ''],
      ['12-04-2025 10:47', ''], ['DOCUMENTO N. 0087-0412', ''], ['RT 99MEX012345', ''], ['GRAZIE E ARRIVEDERCI', '', C]],
    truth: { invoiceDate: '2025-04-12', total: 23.4, currency: 'EUR', documentType: 'receipt' },
  },
  {
    file: 'nl-kassabon.jpg',
    lines: [['SUPERMARKT DE KORENBLOEM', '', C], ['Molenstraat 12, 6511 Nijmegen', '', C], ['', ''],
      ['HALFVOLLE MELK 1L', '1,19'], ['VOLKORENBROOD', '2,49'], ['KAAS JONG BLOK', '6,85'], ['2 X APPELS ELSTAR', '3,98'], ['KOFFIEBONEN 500G', '5,49'], ['STATIEGELD', '0,15'], ['', ''],
      ['TOTAAL', '20,15', BIG], ['PIN', '20,15'], ['', ''],
      ['BTW        BEDRAG     OVER', ''], ['9%          1,65    18,35', ''], ['', ''],
      ['Kassa 3  Bon 4471  Kassier 12', ''], ['11-04-2025   17:52', ''], ['Bedankt en tot ziens!', '', C]],
    truth: { invoiceDate: '2025-04-11', total: 20.15, currency: 'EUR', documentType: 'receipt' },
  },
  {
    file: 'de-at-kassenbon.jpg',
    lines: [['BÄCKEREI GRUBER', '', C], ['Linzer Straße 19, 4020 Linz', '', C], ['UID ATU99955512', '', C], ['', ''],
      ['Kornspitz', '4 x 0,95   3,80 A'], ['Handsemmel', '2 x 0,65   1,30 A'], ['Topfengolatsche', '3,20 A'], ['Melange', '3,90 B'], ['Apfelsaft gespritzt', '2,65 B'], ['', ''],
      ['SUMME EUR', '14,85', BIG], ['Bar', '20,00'], ['Rückgeld', '5,15'], ['', ''],
      ['A 10% Netto 7,55  USt 0,75', ''], ['B 20% Netto 5,46  USt 1,09', ''], ['', ''],
      ['Kassen-ID: K1  Beleg-Nr. 18834', ''], ['Datum: 09.04.2025  08:15', ''], ['Vielen Dank für Ihren Einkauf!', '', C]],
    truth: { invoiceDate: '2025-04-09', total: 14.85, currency: 'EUR', documentType: 'receipt' },
  },
  {
    file: 'en-us-receipt-tip.jpg',
    lines: [['THE COPPER KETTLE DINER', '', C], ['210 Elm St, Burlington VT 05401', '', C], ['(802) 555-0147', '', C], ['', ''],
      ['Server: Dana   Table 7   Guests 2', ''], ['Check #4018', ''], ['', ''],
      ['2 Blueberry Pancakes', '23.00'], ['1 Eggs Benedict', '14.50'], ['2 Coffee', '5.00'], ['', ''],
      ['Subtotal', '42.50'], ['Tax 9%', '3.83'], ['Tip', '8.00'], ['TOTAL', '$54.33', BIG], ['VISA ****4417', '54.33'], ['', ''],
      ['04/12/2025 8:47 AM', ''], ['Thank you! Come again', '', C]],
    truth: { invoiceDate: '2025-04-12', total: 54.33, currency: 'USD', documentType: 'receipt' },
  },
];
