// Data and truth of the twentieth held-out sweep (fixtures/sweep20), written blind: a small firm's
// shoebox of paper (receipts and scans, German and French) and text PDFs from hospitality, events,
// transport and logistics, agriculture, associations and education. Amounts are integer cents;
// every printed sum is computed here from the printed lines, and the truth from the same sums.
// The layout and rendering are in scripts/make-sweep20-fixtures.mjs.

import { money, date, sums, truth, qty, rows, rcptLines } from './lib/sweep-format.mjs';

export { money, date, sums };

// Column heads of the item tables.
const HEAD = {
  de: ['Pos.', 'Bezeichnung', 'Menge', 'Einzelpreis', 'Betrag'],
  fr: ['Réf.', 'Désignation', 'Qté', 'P.U. HT', 'Montant HT'],
  nl: ['Nr.', 'Omschrijving', 'Aantal', 'Prijs', 'Bedrag'],
  it: ['N.', 'Descrizione', 'Q.tà', 'Prezzo', 'Importo'],
};
// ---------------------------------------------------------------- text PDFs (16)

function spedition() {
  const f = 'de';
  const s = sums([
    { d: 'Teilladung Hamburg – Haldensleben, 8 Lademeter', q: 8, u: 9450, r: 19 },
    { d: 'Maut-Zuschlag (Lkw-Maut, 212 km)', q: 212, u: 37, us: '0,37', r: 19 },
    { d: 'Dieselfloater 9,5 % auf Frachtanteil', q: 1, u: 7182, r: 19 },
    { d: 'Avisierung / Terminzustellung', q: 1, u: 1500, r: 19 },
    { d: 'Palettentausch EUR-Paletten', q: 14, u: 250, r: 19 },
  ]);
  return {
    file: 'de-spedition-frachtrechnung-cmr.pdf', lang: 'de', f, style: { meta: 'left' },
    vendor: ['Hanseatische Sammelladung Brökel GmbH & Co. KG', 'Am Kaischuppen 14 · 21079 Hamburg', 'USt-IdNr. DE318845207 · Tel. 040 7566 120'],
    customer: ['Ostholz Möbelmanufaktur GmbH', 'Gewerbering 7', '39340 Haldensleben'],
    title: 'Frachtrechnung',
    meta: [['Rechnungs-Nr.', 'SP-26-03185'], ['Rechnungsdatum', date('2026-03-11', 'dot')], ['Kunden-Nr.', '40877'], ['Frachtbrief-Nr.', 'FB 2026/11204'], ['CMR-Nr.', '0047731'], ['Ladedatum', date('2026-03-05', 'dot')], ['Zustellung', date('2026-03-06', 'dot')]],
    head: HEAD.de, rows: rows(s, f),
    totals: [['Nettobetrag', s.net], ['zzgl. 19 % USt', s.tax], ['Rechnungsbetrag EUR', s.gross, true]],
    notes: [`Zahlbar bis ${date('2026-04-10', 'dot')} ohne Abzug auf IBAN DE44 2005 0550 1288 4471 09.`, 'Wir arbeiten ausschließlich auf Grundlage der ADSp 2017. Frachtbrief und CMR liegen bei.'],
    truth: truth({ invoiceNumber: 'SP-26-03185', invoiceDate: '2026-03-11', dueDate: '2026-04-10', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function messagerie() {
  const f = 'fr';
  const runs = [['03/02', 'Course urgente Lyon 7e → Villeurbanne', 1850], ['05/02', 'Pli express Lyon → Vénissieux', 1420], ['09/02', 'Colis 12 kg Lyon → Bron', 2290], ['11/02', 'Course urgente Lyon → Saint-Priest', 2640], ['12/02', 'Pli express Lyon 3e → Lyon 9e', 1180], ['17/02', 'Colis 4 kg Lyon → Caluire', 1560], ['19/02', 'Course retour signée Villeurbanne → Lyon', 1990], ['23/02', 'Colis 25 kg Lyon → Meyzieu (hayon)', 3480], ['25/02', 'Pli express Lyon → Écully', 1420], ['27/02', 'Course urgente Lyon → Saint-Exupéry fret', 4750]];
  const s = sums([...runs.map(([d, t, u]) => ({ d: `${d} – ${t}`, q: 1, u, r: 20 })), { d: 'Frais de gestion mensuels', q: 1, u: 900, r: 20 }]);
  return {
    file: 'fr-messagerie-releve-mensuel.pdf', lang: 'fr', f, style: { meta: 'above' },
    vendor: ['Coursiers Rhône-Saône Express SARL', '8 quai des Tanneurs – 69007 Lyon', 'SIRET 812 447 903 00021 – TVA FR41812447903'],
    customer: ['Atelier Vernay & Fils', '22 rue de la Soie', '69100 Villeurbanne'],
    title: 'FACTURE RÉCAPITULATIVE',
    meta: [['N° facture', 'CRS-2602-0417'], ['Date', date('2026-03-02', 'slash')], ['Compte client', 'VER-118'], ['Période', 'du 01/02/2026 au 28/02/2026'], ['Échéance', date('2026-04-01', 'slash')]],
    head: HEAD.fr, rows: rows(s, f),
    totals: [['Total HT', s.net], ['TVA 20 %', s.tax], ['Total TTC', s.gross], ['Net à payer (€)', s.gross, true]],
    notes: ['Relevé des 10 expéditions du mois ; bons de livraison signés disponibles sur demande.', 'Pénalités de retard : 3 fois le taux d\'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.'],
    truth: truth({ invoiceNumber: 'CRS-2602-0417', invoiceDate: '2026-03-02', dueDate: '2026-04-01', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function reisebus() {
  const f = 'de';
  const s = sums([
    { d: 'Reisebus 50 Sitze, Karlsruhe – Stuttgart (Porsche-Arena) – Karlsruhe, Tagespauschale', q: 1, u: 68000, r: 19 },
    { d: 'Mehrkilometer über 180 km', q: 42, u: 180, r: 19 },
    { d: 'Wartezeit Fahrer (Std.)', q: 3, u: 3200, r: 19 },
    { d: 'Zweiter Fahrer (Lenkzeit), Pauschale', q: 1, u: 14500, r: 19 },
  ]);
  return {
    file: 'de-reisebus-anmietung-verein.pdf', lang: 'de', f, style: { meta: 'box' },
    vendor: ['Kraichgau-Reisen Pfeffer GmbH', 'Busbahnhofstraße 3 · 75015 Bretten', 'Steuernummer 35023/41877 · USt-IdNr. DE297733410'],
    customer: ['TSV Grünwettersbach 1921 e.V.', 'Abteilung Handball', 'Am Sportplatz 2', '76228 Karlsruhe'],
    title: 'RECHNUNG',
    meta: [['Rechnung Nr.', '2026-0219'], ['Datum', date('2026-03-09', 'long-de')], ['Fahrtdatum', date('2026-03-07', 'long-de')], ['Auftrag', 'Ihre Anfrage vom 12. Januar 2026'], ['Zahlungsziel', date('2026-03-23', 'long-de')]],
    head: HEAD.de, rows: rows(s, f),
    totals: [['Summe netto', s.net], ['Umsatzsteuer 19 %', s.tax], ['Gesamtbetrag', s.gross, true]],
    notes: ['Wir danken für Ihren Auftrag und wünschen weiterhin sportlichen Erfolg.', 'Bankverbindung: Volksbank Kraichgau · IBAN DE61 6729 1700 0041 8832 07'],
    truth: truth({ invoiceNumber: '2026-0219', invoiceDate: '2026-03-09', dueDate: '2026-03-23', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function catering() {
  const f = 'de';
  const s = sums([
    { d: 'Fingerfood-Buffet „Jubiläum“ (pro Person)', q: 120, u: 2850, r: 19 },
    { d: 'Getränkepauschale 4 Std. (pro Person)', q: 120, u: 1400, r: 19 },
    { d: 'Servicepersonal: 6 Kräfte × 7 Std.', q: 42, u: 3800, r: 19 },
    { d: 'Leihgeschirr, Besteck, Gläser (pro Gedeck)', q: 120, u: 220, r: 19 },
    { d: 'Anlieferung und Abholung', q: 1, u: 8500, r: 19 },
  ]);
  const depNet = 250000;
  const depTax = Math.round(depNet * 0.19);
  const restNet = s.net - depNet;
  const restTax = s.tax - depTax;
  return {
    file: 'de-catering-schlussrechnung-anzahlung.pdf', lang: 'de', f, style: { meta: 'left' },
    vendor: ['Tafelwerk Event-Catering GmbH', 'Speicherstraße 40 · 44147 Dortmund', 'USt-IdNr. DE331208846 · HRB 30125 Dortmund'],
    customer: ['Ruhrtal Maschinenbau AG', 'Personalabteilung', 'Zechenweg 11', '45478 Mülheim an der Ruhr'],
    title: 'Schlussrechnung',
    meta: [['Rechnungsnummer', 'TW-R-2026-0088'], ['Rechnungsdatum', date('2026-03-12', 'iso')], ['Veranstaltung', `Jubiläumsfeier am ${date('2026-03-06', 'iso')}`], ['Anzahlungsrechnung', `TW-A-2026-0031 vom ${date('2026-02-02', 'iso')}`], ['Zahlbar bis', date('2026-03-26', 'iso')]],
    head: HEAD.de, rows: rows(s, f),
    totals: [['Gesamtleistung netto', s.net], ['zzgl. 19 % USt', s.tax], ['Gesamtbetrag brutto', s.gross], ['abzgl. Anzahlung netto (TW-A-2026-0031)', -depNet], ['abzgl. USt auf Anzahlung', -depTax], ['Restbetrag netto', restNet], ['USt 19 % auf Restbetrag', restTax], ['Zahlbetrag', restNet + restTax, true]],
    notes: ['Die Anzahlung über 2.975,00 EUR haben wir am 09.02.2026 dankend erhalten.'],
    // Aligned with the earlier sweeps' deposit convention (fixtures/sweep6, sweep8, sweep12): the final invoice's gross total with its net and tax, not the Zahlbetrag after the deposit.
    truth: truth({ invoiceNumber: 'TW-R-2026-0088', invoiceDate: '2026-03-12', dueDate: '2026-03-26', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function salle() {
  const f = 'fr';
  const s = sums([
    { d: 'Location salle « Chenin » (journée, 80 places)', q: 1, u: 95000, r: 20 },
    { d: 'Salle de sous-commission (journée)', q: 1, u: 28000, r: 20 },
    { d: 'Vidéoprojecteur, écran et sonorisation', q: 1, u: 12000, r: 20 },
    { d: 'Ménage fin de journée', q: 1, u: 9500, r: 20 },
    { d: 'Pauses café matin et après-midi (38 pers. × 2)', q: 76, u: 450, r: 10 },
    { d: 'Déjeuner assis, menu « Layon »', q: 38, u: 2900, r: 10 },
  ]);
  const [t10, t20] = s.by;
  return {
    file: 'fr-location-salle-seminaire.pdf', lang: 'fr', f, style: { meta: 'box' }, rateCol: true,
    vendor: ['Domaine des Quatre Vents – Salles & Réceptions', 'Route de Chalonnes – 49290 Chaudefonds-sur-Layon', 'SAS au capital de 20 000 € – TVA FR07851209334'],
    customer: ['Cabinet Lémery Conseil', '14 boulevard Foch', '49100 Angers'],
    title: 'FACTURE',
    meta: [['Facture n°', 'DQV-2026-041'], ['Date', date('2026-03-12', 'long-fr')], ['Événement', date('2026-03-05', 'long-fr')], ['Échéance', date('2026-04-11', 'long-fr')]],
    head: [...HEAD.fr.slice(0, 4), 'TVA', 'Montant HT'], rows: rows(s, f, true),
    totals: [['Total HT', s.net], [`TVA 10 % sur ${money(t10.net, f)}`, t10.tax], [`TVA 20 % sur ${money(t20.net, f)}`, t20.tax], ['Total TVA', s.tax], ['Total TTC', s.gross, true]],
    notes: ['Règlement par virement à réception de facture et au plus tard à l\'échéance indiquée.', 'IBAN FR76 1790 6000 3200 0817 4412 093 – BIC AGRIFRPP879'],
    truth: truth({ invoiceNumber: 'DQV-2026-041', invoiceDate: '2026-03-12', dueDate: '2026-04-11', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function ferme() {
  const f = 'fr';
  const s = sums([
    { d: 'Pommes de terre Charlotte (kg)', q: 25, u: 160, r: 5.5 },
    { d: 'Carottes des sables (kg)', q: 12, u: 210, r: 5.5 },
    { d: 'Œufs plein air, plateau de 30', q: 4, u: 990, r: 5.5 },
    { d: 'Beurre demi-sel 250 g', q: 20, u: 285, r: 5.5 },
    { d: 'Jus de pomme fermier 1 L', q: 12, u: 320, r: 5.5 },
    { d: 'Cidre brut fermier 75 cl', q: 12, u: 480, r: 20 },
    { d: 'Pommeau de Normandie 70 cl', q: 3, u: 1650, r: 20 },
  ]);
  const [a, b] = s.by;
  return {
    file: 'fr-ferme-vente-directe-5-5-20.pdf', lang: 'fr', f, style: { meta: 'left', totalsLeft: true }, rateCol: true,
    vendor: ['GAEC des Prés Salés – Vente à la ferme', 'Le Bas Champ – 50170 Beauvoir', 'N° TVA FR62488120771'],
    customer: ['Restaurant L\'Estran', '3 rue du Port', '35260 Cancale'],
    title: 'Facture',
    meta: [['Facture N°', '26-0311'], ['Date', date('2026-03-11', 'slash2')], ['Livraison', date('2026-03-10', 'slash2')], ['Règlement', 'à réception'] ],
    head: [...HEAD.fr.slice(0, 4), 'TVA', 'Montant HT'], rows: rows(s, f, true),
    totals: [['Total HT', s.net], [`TVA 5,5 % (base ${money(a.net, f)})`, a.tax], [`TVA 20 % (base ${money(b.net, f)})`, b.tax], ['Total TTC', s.gross, true]],
    notes: ['Paiement à réception par chèque ou virement. Pas d\'escompte pour paiement anticipé.'],
    truth: truth({ invoiceNumber: '26-0311', invoiceDate: '2026-03-11', dueDate: null, total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function seminar() {
  const f = 'de';
  const s = sums([
    { d: 'Seminargebühr „Ladungssicherung nach VDI 2700“, 2 Tage', q: 3, u: 54000, r: 0 },
    { d: 'Seminarunterlagen und Prüfplakette', q: 3, u: 3500, r: 0 },
    { d: 'Prüfungsgebühr Befähigungsnachweis', q: 3, u: 4500, r: 0 },
  ]);
  return {
    file: 'de-seminar-gebuehr-steuerfrei-4-nr-21.pdf', lang: 'de', f, style: { meta: 'left' },
    vendor: ['Bildungswerk Nordheide für Arbeitssicherheit gGmbH', 'Lüneburger Straße 88 · 21244 Buchholz in der Nordheide', 'Steuernummer 21/210/08817'],
    customer: ['Elbdeich Logistik GmbH', 'z. Hd. Frau Sommerfeld', 'Hafenstraße 31', '21614 Buxtehude'],
    title: 'Rechnung',
    meta: [['Rechnungs-Nr.', 'BWN/2026/0391'], ['Datum', date('2026-03-12', 'dot')], ['Seminartermin', '02.–03.03.2026'], ['Teilnehmer', '3 (Liste anbei)'], ['Zahlung bis', date('2026-03-26', 'dot')]],
    head: HEAD.de, rows: rows(s, f),
    totals: [['Summe', s.net], ['Umsatzsteuer', 0], ['Gesamtbetrag', s.gross, true]],
    notes: ['Die Leistung ist nach § 4 Nr. 21 a) bb) UStG von der Umsatzsteuer befreit.', 'Bescheinigung der zuständigen Landesbehörde liegt vor.'],
    truth: truth({ invoiceNumber: 'BWN/2026/0391', invoiceDate: '2026-03-12', dueDate: '2026-03-26', total: s.gross, subtotal: s.gross, tax: 0 }),
  };
}

function langues() {
  const f = 'fr';
  const s = sums([
    { d: 'Anglais professionnel – groupe de 4 (10 séances de 1,5 h)', q: 15, u: 6200, r: 20 },
    { d: 'Allemand – cours individuel (heures)', q: 8, u: 5800, r: 20 },
    { d: 'Test de positionnement en ligne', q: 4, u: 2500, r: 20 },
    { d: 'Supports pédagogiques', q: 4, u: 1800, r: 20 },
  ]);
  return {
    file: 'fr-ecole-langues-cours-entreprise.pdf', lang: 'fr', f, style: { meta: 'above' },
    vendor: ['Lingua Viva Formations SARL', '27 rue Paul Bert – 33000 Bordeaux', 'SIRET 799 402 118 00034 – TVA FR83799402118'],
    customer: ['Garonne Fret International', 'Service RH', '5 avenue des Quatre Pavillons', '33310 Lormont'],
    title: 'FACTURE',
    meta: [['Facture', 'LV-F-2026-0077'], ['Date', date('2026-03-12', 'slash')], ['Période', 'février 2026'], ['Échéance', date('2026-03-26', 'slash')]],
    head: HEAD.fr, rows: rows(s, f),
    totals: [['Total HT', s.net], ['TVA 20 %', s.tax], ['Total TTC', s.gross, true]],
    notes: ['Formations linguistiques non exonérées : l\'organisme n\'a pas opté pour l\'exonération de l\'art. 261-4-4° a du CGI.'],
    truth: truth({ invoiceNumber: 'LV-F-2026-0077', invoiceDate: '2026-03-12', dueDate: '2026-03-26', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function verein() {
  const f = 'de';
  const s = sums([
    { d: 'Firmenmitgliedschaft 2026 (bis 10 Beschäftigte)', q: 1, u: 48000, r: 0 },
    { d: 'Aufnahmegebühr (einmalig)', q: 1, u: 5000, r: 0 },
    { d: 'Hallennutzung Betriebssportgruppe, Termine Jan.–Mrz.', q: 10, u: 1500, r: 0 },
  ]);
  return {
    file: 'de-sportverein-firmenmitgliedschaft.pdf', lang: 'de', f, style: { meta: 'box' },
    vendor: ['Turn- und Sportverein Eichenau 1898 e.V.', 'Geschäftsstelle: Hauptstraße 21 · 82223 Eichenau', 'Vereinsregister Amtsgericht München VR 40122'],
    customer: ['Ammersee Dental GmbH', 'Seestraße 4', '82211 Herrsching'],
    title: 'Beitragsrechnung 2026',
    meta: [['Rechnungs-Nr.', 'M-2026-0143'], ['Datum', date('2026-03-02', 'dot')], ['Mitglieds-Nr.', 'F-0027'], ['Fälligkeit', date('2026-03-31', 'dot')]],
    head: HEAD.de, rows: rows(s, f),
    totals: [['Gesamtbetrag', s.gross, true]],
    notes: ['Der Verein ist nicht umsatzsteuerpflichtig (ideeller Bereich); es wird keine Umsatzsteuer berechnet.', 'Bitte überweisen Sie den Betrag unter Angabe der Mitglieds-Nr. auf IBAN DE27 7025 0150 0028 4419 13.'],
    truth: truth({ invoiceNumber: 'M-2026-0143', invoiceDate: '2026-03-02', dueDate: '2026-03-31', total: s.gross, subtotal: s.gross, tax: 0 }),
  };
}

function mietwagen() {
  const f = 'de';
  const s = sums([
    { d: 'Transporter 3,5 t, Tagesmiete 02.03.–06.03.2026', q: 4, u: 8900, r: 19 },
    { d: 'Mehrkilometer (Freikilometer 800)', q: 186, u: 29, us: '0,29', r: 19 },
    { d: 'Betankung Diesel 34,6 l × 2,19', q: 34.6, u: 219, qs: '1', us: '75,77', r: 19 },
    { d: 'Tankservicepauschale', q: 1, u: 1500, r: 19 },
    { d: 'Innenreinigung', q: 1, u: 4000, r: 19 },
    { d: 'Schadenspauschale Kratzer Heckklappe (Schadensersatz, nicht steuerbar)', q: 1, u: 35000, r: 0 },
  ]);
  const taxable = s.by.find((b) => b.r === 19);
  return {
    file: 'de-autovermietung-tank-schaden.pdf', lang: 'de', f, style: { meta: 'box' },
    vendor: ['Mietwagen Oberlausitz GmbH', 'Reichenbacher Straße 60 · 02827 Görlitz', 'USt-IdNr. DE309911254'],
    customer: ['Neiße Gartenbau Kruschwitz GmbH', 'Am Gutshof 3', '02829 Markersdorf'],
    title: 'Rechnung',
    meta: [['Rechnung Nr.', 'MO-112604'], ['Rechnungsdatum', date('2026-03-10', 'dot')], ['Mietvertrag', 'MV-26-3391'], ['Abholung', '02.03.2026 08:00'], ['Rückgabe', '06.03.2026 17:30']],
    head: HEAD.de, rows: rows(s, f),
    totals: [['Summe Positionen netto', s.net], [`davon steuerpflichtig (19 %)`, taxable.net], ['19 % MwSt', s.tax], ['Gesamtbetrag', s.gross, true]],
    notes: ['Der Gesamtbetrag wird der bei Anmietung hinterlegten Kreditkarte belastet.', 'Die Schadenspauschale ist echter Schadensersatz und unterliegt nicht der Umsatzsteuer.'],
    truth: truth({ invoiceNumber: 'MO-112604', invoiceDate: '2026-03-10', dueDate: null, total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function beTentes() {
  const f = 'de';
  const s = sums([
    { d: 'Tente pagode 5 × 5 m (3 jours)', q: 2, u: 42000, r: 21 },
    { d: 'Podium scène 6 × 4 m avec escalier', q: 1, u: 38000, r: 21 },
    { d: 'Montage et démontage (heures)', q: 12, u: 4500, r: 21 },
    { d: 'Ensembles brasserie (table + 2 bancs)', q: 20, u: 600, r: 21 },
    { d: 'Transport aller-retour', q: 1, u: 18000, r: 21 },
  ]);
  return {
    file: 'fr-be-location-materiel-evenementiel.pdf', lang: 'fr', f, style: { meta: 'left' },
    vendor: ['Tentes & Podiums Ardennais SRL', 'Rue de la Gare 112 – 6900 Marche-en-Famenne', 'TVA BE 0754.318.226 – RPM Liège'],
    customer: ['Comité des Fêtes de Bomal ASBL', 'Place du Village 2', '6941 Durbuy', 'TVA BE 0442.907.318'],
    title: 'FACTURE',
    meta: [['Facture n°', '2026/0158'], ['Date facture', date('2026-03-09', 'slash')], ['Réf. client', 'Fête du printemps 06–08/03'], ['Échéance', date('2026-04-08', 'slash')]],
    head: HEAD.fr, rows: rows(s, f),
    totals: [['Total HTVA', s.net], ['TVA 21 %', s.tax], ['Total TVAC EUR', s.gross, true]],
    notes: ['À verser sur BE71 0689 4411 2269 avec la communication structurée +++090/0158/26047+++'],
    truth: truth({ invoiceNumber: '2026/0158', invoiceDate: '2026-03-09', dueDate: '2026-04-08', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function luFrigo() {
  const f = 'fr';
  const s = sums([
    { d: 'Tournée frigorifique quotidienne (jours)', q: 20, u: 14500, r: 17 },
    { d: 'Supplément livraison du samedi', q: 4, u: 6000, r: 17 },
    { d: 'Location conteneurs isothermes', q: 2, u: 7500, r: 17 },
    { d: 'Surcharge carburant février', q: 1, u: 12180, r: 17 },
  ]);
  return {
    file: 'fr-lu-transport-frigorifique.pdf', lang: 'fr', f, style: { meta: 'box' },
    vendor: ['Frigo-Trans Moselle S.à r.l.', 'Zone industrielle Bommelscheuer – L-4940 Bascharage', 'TVA LU28174456 – RCS Luxembourg B201447'],
    customer: ['Boulangerie-Pâtisserie Heintz S.A.', '45, route d\'Arlon', 'L-8009 Strassen'],
    title: 'FACTURE',
    meta: [['N° de facture', 'FTM-26-0644'], ['Date', date('2026-03-10', 'iso')], ['Période', '2026-02-01 / 2026-02-28'], ['Échéance', date('2026-04-09', 'iso')]],
    head: HEAD.fr, rows: rows(s, f),
    totals: [['Montant HTVA', s.net], ['TVA 17 %', s.tax], ['Montant TTC', s.gross, true]],
    notes: ['Paiement par virement : LU28 0019 4006 4475 0000 – BIC BCEELULL'],
    truth: truth({ invoiceNumber: 'FTM-26-0644', invoiceDate: '2026-03-10', dueDate: '2026-04-09', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function chEvent() {
  const f = 'ch';
  const s = sums([
    { d: 'Lichtpult und 24 LED-Scheinwerfer, Miete 1 Tag', q: 1, u: 145000, r: 8.1 },
    { d: 'Tonanlage 2 kW inkl. Mischpult', q: 1, u: 89000, r: 8.1 },
    { d: 'Techniker (2 Personen à 9.5 Std.)', q: 19, u: 9500, r: 8.1 },
    { d: 'Transport Wetzikon – Hinwil retour', q: 1, u: 18000, r: 8.1 },
  ]);
  return {
    file: 'de-ch-eventtechnik-rechnung.pdf', lang: 'de', f, style: { meta: 'left' },
    vendor: ['Bühnenlicht Zürcher Oberland AG', 'Industriestrasse 9 · 8620 Wetzikon', 'MWST-Nr. CHE-412.887.301 MWST'],
    customer: ['Kulturverein Bachtel-Openair', 'Postfach 41', '8340 Hinwil'],
    title: 'Rechnung',
    meta: [['Rechnung Nr.', '26-1043'], ['Datum', date('2026-03-12', 'dot')], ['Anlass', 'Frühlingskonzert vom 07.03.2026'], ['Ihr Kontakt', 'R. Zollinger']],
    head: HEAD.de, rows: rows(s, f),
    totals: [['Total exkl. MWST', s.net], ['MWST 8.1 %', s.tax], ['Total inkl. MWST CHF', s.gross, true]],
    notes: ['Zahlbar innert 30 Tagen netto. Besten Dank für Ihren Auftrag.', 'IBAN CH93 0070 0110 0061 4412 8 · Zürcher Landbank'],
    truth: truth({ invoiceNumber: '26-1043', invoiceDate: '2026-03-12', dueDate: null, total: s.gross, subtotal: s.net, tax: s.tax, currency: 'CHF' }),
  };
}

function erinnerung() {
  const f = 'de';
  const s = sums([{ d: 'Firmenkurs Englisch B2, Februar 2026 (Unterrichtseinheiten)', q: 12, u: 4800, r: 19 }]);
  return {
    file: 'de-zahlungserinnerung-sprachkurs.pdf', lang: 'de', f, style: { meta: 'left' },
    vendor: ['Sprachinstitut am Domberg GmbH', 'Karolinenstraße 17 · 96049 Bamberg', 'USt-IdNr. DE276612093'],
    customer: ['Regnitz Verpackungen GmbH', 'Buchhaltung', 'Gundelsheimer Straße 90', '96052 Bamberg'],
    title: 'Zahlungserinnerung',
    meta: [['Datum', date('2026-03-20', 'dot')], ['Kunden-Nr.', '10-2281'], ['Betrifft', 'Rechnung Nr. 2026-0412'], ['Rechnungsdatum', date('2026-02-12', 'dot')], ['ursprünglich fällig', date('2026-02-26', 'dot')]],
    intro: ['Sehr geehrte Damen und Herren,', 'sicher ist es Ihrer Aufmerksamkeit entgangen: Zu unserer unten aufgeführten Rechnung', 'konnten wir noch keinen Zahlungseingang feststellen. Die Rechnung im Überblick:'],
    head: HEAD.de, rows: rows(s, f),
    totals: [['Rechnungsbetrag netto', s.net], ['19 % USt', s.tax], ['Offener Betrag', s.gross, true]],
    notes: [`Bitte überweisen Sie den offenen Betrag bis zum ${date('2026-03-31', 'dot')}. Sollten Sie inzwischen gezahlt haben,`, 'betrachten Sie dieses Schreiben bitte als gegenstandslos. Mahngebühren berechnen wir nicht.'],
    // Aligned with the earlier sweeps' reminder convention (fixtures/sweep14): the restated invoice's own due date, not the letter's new deadline.
    truth: truth({ invoiceNumber: '2026-0412', invoiceDate: '2026-02-12', dueDate: '2026-02-26', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function nlEvent() {
  const f = 'de';
  const s = sums([
    { d: 'Zaalhuur Havenzaal (dagdeel)', q: 2, u: 60000, r: 21 },
    { d: 'Lunchbuffet (per persoon)', q: 85, u: 1750, r: 9 },
    { d: 'Koffie- en thee-arrangement (per persoon)', q: 85, u: 425, r: 9 },
    { d: 'Geluidstechnicus (uur)', q: 6, u: 5500, r: 21 },
  ]);
  const [l, h] = s.by;
  return {
    file: 'nl-factuur-evenementenlocatie.pdf', lang: 'nl', f, style: { meta: 'left' }, rateCol: true,
    vendor: ['Zaal & Zo Evenementen B.V.', 'Havenkade 18 · 3311 BM Dordrecht', 'KvK 81244576 · btw NL862112045B01'],
    customer: ['Stichting Muziekfestival Biesbosch', 'Postbus 117', '3300 AC Dordrecht'],
    title: 'FACTUUR',
    meta: [['Factuurnummer', 'ZZ-2026-0217'], ['Factuurdatum', date('2026-03-12', 'dash')], ['Evenement', 'Sponsordag 06-03-2026'], ['Vervaldatum', date('2026-03-26', 'dash')]],
    head: [...HEAD.nl.slice(0, 4), 'Btw', 'Bedrag'], rows: rows(s, f, true),
    totals: [['Subtotaal', s.net], [`Btw 9% over € ${money(l.net, f)}`, l.tax], [`Btw 21% over € ${money(h.net, f)}`, h.tax], ['Totaal te betalen €', s.gross, true]],
    notes: ['Gelieve het totaalbedrag binnen 14 dagen over te maken op NL20 INGB 0007 4412 88 o.v.v. het factuurnummer.'],
    truth: truth({ invoiceNumber: 'ZZ-2026-0217', invoiceDate: '2026-03-12', dueDate: '2026-03-26', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function itAgri() {
  const f = 'de';
  const s = sums([
    { d: 'Pranzo aziendale, menù degustazione (coperti)', q: 40, u: 4500, r: 10 },
    { d: 'Visita guidata cantina e uliveto', q: 40, u: 800, r: 22 },
    { d: 'Noleggio sala riunioni (mezza giornata)', q: 1, u: 30000, r: 22 },
    { d: 'Olio extravergine 0,5 l, confezione regalo', q: 40, u: 1200, r: 4 },
  ]);
  const [a, b, c] = s.by;
  return {
    file: 'it-fattura-agriturismo-evento.pdf', lang: 'it', f, style: { meta: 'box' }, rateCol: true,
    vendor: ['Agriturismo Poggio delle Ginestre S.a.s.', 'Località Case Sparse 12 – 53024 Montalcino (SI)', 'P.IVA 01388420529'],
    customer: ['Tessiture Valdarno S.r.l.', 'Via dei Mulini 40', '52025 Montevarchi (AR)', 'P.IVA 02117740516'],
    title: 'FATTURA',
    meta: [['Fattura n.', '47/2026'], ['Data', date('2026-03-12', 'slash')], ['Evento', 'incontro clienti del 06/03/2026'], ['Scadenza', date('2026-04-11', 'slash')]],
    head: [...HEAD.it.slice(0, 4), 'IVA', 'Importo'], rows: rows(s, f, true),
    totals: [['Imponibile', s.net], [`IVA 4% su ${money(a.net, f)}`, a.tax], [`IVA 10% su ${money(b.net, f)}`, b.tax], [`IVA 22% su ${money(c.net, f)}`, c.tax], ['Totale documento €', s.gross, true]],
    notes: ['Pagamento: bonifico bancario a 30 giorni data fattura. IBAN IT60 X054 2811 1010 0000 0123 456.'],
    truth: truth({ invoiceNumber: '47/2026', invoiceDate: '2026-03-12', dueDate: '2026-04-11', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

// ---------------------------------------------------------------- A4/A5 paper, scanned or photographed (4)

function hotelFolio() {
  const f = 'fr';
  const s = sums([
    { d: 'Nuitée chambre double n° 214', q: 3, u: 11200, r: 10 },
    { d: 'Petit-déjeuner buffet', q: 3, u: 1450, r: 10 },
    { d: 'Bar – consommations', q: 1, u: 2300, r: 20 },
    { d: 'Parking couvert (nuit)', q: 3, u: 1200, r: 20 },
  ]);
  const sejour = 3 * 165;
  const [a, b] = s.by;
  return {
    file: 'fr-hotel-folio-scan-150dpi-incline.jpg', lang: 'fr', f, style: { meta: 'left' }, rateCol: true,
    image: { kind: 'scan', dpi: 150, rotate: 1.6, quality: 0.72 },
    vendor: ['Hôtel Les Remparts ***', '4 rue des Cordeliers – 17000 La Rochelle', 'SARL Remparts Hôtellerie – TVA FR19830044127'],
    customer: ['M. Yann Perrichon', 'Société Atlantique Levage', '8 allée des Chantiers', '44600 Saint-Nazaire'],
    title: 'FACTURE',
    meta: [['Facture N°', 'F-26-01873'], ['Date', date('2026-03-08', 'slash')], ['Arrivée', date('2026-03-05', 'slash')], ['Départ', date('2026-03-08', 'slash')], ['Chambre', '214 – 1 adulte']],
    head: [...HEAD.fr.slice(0, 4), 'TVA', 'Montant HT'], rows: rows(s, f, true),
    totals: [['Total HT', s.net], ['TVA 10 %', a.tax], ['TVA 20 %', b.tax], ['Total TTC', s.gross], ['Taxe de séjour (3 nuits × 1,65)', sejour], ['Total à payer', s.gross + sejour, true], ['Réglé CB le 08/03/2026', -(s.gross + sejour)], ['Solde', 0]],
    notes: ['Taxe de séjour perçue pour le compte de la commune, hors champ de la TVA.'],
    truth: truth({ invoiceNumber: 'F-26-01873', invoiceDate: '2026-03-08', dueDate: null, total: s.gross + sejour, subtotal: s.net + sejour, tax: s.tax }),
  };
}

function fleuriste() {
  const f = 'fr';
  const s = sums([
    { d: 'Centres de table (roses, eucalyptus)', q: 12, u: 3500, r: 10 },
    { d: 'Arche florale de cérémonie', q: 1, u: 28000, r: 10 },
    { d: 'Livraison et installation sur site', q: 1, u: 6000, r: 20 },
  ]);
  const [a, b] = s.by;
  return {
    file: 'fr-photo-facture-fleuriste-lumiere.jpg', lang: 'fr', f, style: { meta: 'left', a5: true },
    image: { kind: 'photo', quality: 0.74 },
    vendor: ['Fleurs & Feuillages Marceau', '9 rue Nationale – 37000 Tours', 'SIRET 840 227 615 00012 – TVA FR22840227615'],
    customer: ['Domaine de Vaugrignon Réceptions', '37190 Azay-le-Rideau'],
    title: 'FACTURE',
    meta: [['Facture n°', '2026-118'], ['Date', date('2026-03-11', 'long-fr')], ['Réception du', date('2026-03-07', 'long-fr')]],
    head: HEAD.fr, rows: rows(s, f),
    totals: [['Total HT', s.net], ['TVA 10 %', a.tax], ['TVA 20 %', b.tax], ['Total TTC', s.gross, true]],
    notes: [`À régler avant le ${date('2026-03-25', 'long-fr')}.`],
    truth: truth({ invoiceNumber: '2026-118', invoiceDate: '2026-03-11', dueDate: '2026-03-25', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function faxLohn() {
  const f = 'de';
  const s = sums([
    { d: 'Pflügen mit Drehpflug (ha)', q: 12.5, u: 6800, r: 19 },
    { d: 'Saatbettbereitung Kreiselegge (ha)', q: 12.5, u: 4200, r: 19 },
    { d: 'Maislegen 8-reihig (ha)', q: 12.5, u: 5400, r: 19 },
    { d: 'An- und Abfahrt Maschinen', q: 1, u: 4500, r: 19 },
  ]);
  return {
    file: 'de-fax-deckblatt-lohnunternehmer.png', lang: 'de', f, style: { meta: 'left' },
    image: { kind: 'fax', dpi: 200 },
    fax: { line: '11-03-2026 16:42  VON: LU ACKERMANN 07371 9 44 01   AN: 07371 3 88 20   S. 001/001', left: [['An', 'Hofgut Seelenwies GbR'], ['Fax', '07371 3 88 20'], ['Betreff', 'Rechnung Frühjahrsbestellung']], right: [['Von', 'Agrarservice Ackermann'], ['Datum', '11.03.2026'], ['Seiten', '1 inkl. Deckblatt']] },
    vendor: ['Agrarservice Ackermann – Lohnunternehmen', 'Riedlinger Straße 52 · 88499 Riedlingen', 'USt-IdNr. DE301277640'],
    customer: ['Hofgut Seelenwies GbR', 'Seelenwies 1', '88525 Dürmentingen'],
    title: 'Rechnung',
    meta: [['Rechnung Nr.', 'LU-26/0092'], ['Datum', date('2026-03-11', 'dot')], ['Leistungszeitraum', '02.–06.03.2026'], ['Zahlbar bis', date('2026-03-25', 'dot')]],
    head: HEAD.de, rows: rows(s, f),
    totals: [['Netto', s.net], ['MwSt 19 %', s.tax], ['Endbetrag', s.gross, true]],
    notes: ['Original folgt nicht per Post.'],
    truth: truth({ invoiceNumber: 'LU-26/0092', invoiceDate: '2026-03-11', dueDate: '2026-03-25', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function quittungForm() {
  const net = 42000;
  const tax = Math.round(net * 0.19);
  return {
    file: 'de-quittung-durchschlag-formular.jpg', lang: 'de', form: true,
    image: { kind: 'carbon', dpi: 200, quality: 0.75 },
    form: { no: '0347', net: money(net), rate: '19', tax: money(tax), total: money(net + tax), words: 'vierhundertneunundneunzig ---- 80/100', from: 'Heimatverein Lindenberg e.V., Marktplatz 3, 88161 Lindenberg', for: 'Saalmiete Festsaal für Vereinsabend am 07.03.2026', place: 'Heimenkirch, 09.03.2026', payee: 'Festsaal Allgäuer Hof, Inh. K. Rietzler' },
    truth: truth({ invoiceNumber: '0347', invoiceDate: '2026-03-09', dueDate: null, total: net + tax, subtotal: net, tax, documentType: 'receipt' }),
  };
}

// ---------------------------------------------------------------- till receipts (8)
// A receipt's rows: { c } centred, { l, r } left and right, { t } left only, { hr } a rule,
// { hand, r } a hand-written entry. Prices include VAT.

function tankstelle() {
  const f = 'de';
  const s = sums([
    { d: 'Säule 4 Super E10', q: 38.52, u: 1849, qs: '38,52 l', us: '1,849', amt: Math.round((38.52 * 1849) / 10), r: 19 },
    { d: 'Kaffee groß', q: 2, u: 290, r: 19 },
    { d: 'Laugenbrezel', q: 2, u: 120, r: 7 },
    { d: 'Belegtes Brötchen Käse', q: 1, u: 390, r: 7 },
  ], 'gross');
  const tag = (l) => (l.r === 19 ? ' A' : ' B');
  const [b7, a19] = s.by;
  return {
    file: 'de-tankstelle-bewirtungsbeleg.jpg', lang: 'de', f, image: { kind: 'receipt', dpi: 250, widthMm: 72, quality: 0.72, tone: [30, 240] },
    rows: [{ c: 'TANKCENTER WEISSACHTAL', big: true }, { c: 'Stuttgarter Str. 140' }, { c: '71287 Weissach' }, { c: 'St.-Nr. 53012/44871' }, { hr: 1 },
      ...rcptLines(s, f, tag), { hr: 1 }, { l: 'SUMME EUR', r: money(s.gross, f), big: true }, { l: 'Girocard', r: money(s.gross, f) }, { hr: 1 },
      { t: 'MwSt      Netto   Steuer   Brutto' }, { t: `A 19%  ${money(a19.net, f).padStart(7)}  ${money(a19.tax, f).padStart(6)}  ${money(a19.gross, f).padStart(7)}` }, { t: `B  7%  ${money(b7.net, f).padStart(7)}  ${money(b7.tax, f).padStart(6)}  ${money(b7.gross, f).padStart(7)}` },
      { hr: 1 }, { t: `${date('2026-03-12', 'dot')} 12:47  Kasse 2  Bed. 07` }, { t: 'TSE-Signatur: 4Fq0+Zk1...Lr8=' }, { hr: 1 },
      { t: 'Bewirtungsaufwendungen' }, { t: '(§ 4 Abs. 5 Nr. 2 EStG)' }, { l: 'Tag der Bewirtung:', hand: '12.3.' }, { l: 'Bewirtete Personen:', hand: 'Hr. Lenz (Kd.)' }, { l: 'Anlass:', hand: 'Baustellentermin' }, { l: 'Unterschrift:', hand: 'M. Staib' }, { c: 'Gute Fahrt!' }],
    truth: truth({ invoiceDate: '2026-03-12', total: s.gross, subtotal: s.net, tax: s.tax, documentType: 'receipt' }),
  };
}

function restaurant() {
  const f = 'fr';
  const s = sums([
    { d: 'Menu du jour', q: 3, u: 1850, r: 10 },
    { d: 'Carafe vin rouge 50cl', q: 1, u: 1400, r: 20 },
    { d: 'Eau minérale 1L', q: 1, u: 450, r: 10 },
    { d: 'Café', q: 3, u: 220, r: 10 },
  ], 'gross');
  const [a, b] = s.by;
  const tip = 540;
  return {
    file: 'fr-restaurant-addition-pourboire-manuscrit.jpg', lang: 'fr', f, image: { kind: 'receipt', dpi: 220, widthMm: 76, quality: 0.72, tone: [35, 236] },
    rows: [{ c: 'BRASSERIE LE CORMORAN', big: true }, { c: '12 quai Gambetta' }, { c: '56100 Lorient' }, { c: 'SIRET 902 118 443 00018' }, { hr: 1 },
      { t: `Table 7   Couverts 3   ${date('2026-03-12', 'slash')} 13:52` }, { hr: 1 }, ...rcptLines(s, f), { hr: 1 },
      { l: 'TOTAL TTC', r: money(s.gross, f), big: true }, { l: `dont TVA 10% `, r: money(a.tax, f) }, { l: `dont TVA 20% `, r: money(b.tax, f) }, { l: 'Total HT', r: money(s.net, f) }, { hr: 1 },
      { t: 'NOTE DE FRAIS' }, { l: 'Pourboire :', hand: money(tip, f) }, { l: 'Total payé :', hand: money(s.gross + tip, f) }, { l: 'Invités :', hand: '2 clients' }, { c: 'Merci de votre visite' }],
    // Aligned with the earlier sweeps' tip convention (fixtures/sweep7, sweep9): the total paid with the tip, the bill's own net and tax.
    truth: truth({ invoiceDate: '2026-03-12', total: s.gross + tip, subtotal: s.net, tax: s.tax, documentType: 'receipt' }),
  };
}

function parkhausCh() {
  const f = 'ch';
  const gross = 1800;
  const tax = Math.round((gross * 8.1) / 108.1);
  return {
    file: 'de-ch-parkhaus-ticket.png', lang: 'de', f, image: { kind: 'receipt', dpi: 300, widthMm: 58, png: true, tone: [20, 250] },
    rows: [{ c: 'PARKHAUS SEETALPLATZ', big: true }, { c: 'ParkWerk Emmen AG' }, { c: 'CHE-309.554.120 MWST' }, { hr: 1 }, { c: 'QUITTUNG' },
      { l: 'Einfahrt', r: `${date('2026-03-12', 'dot2')} 07:58` }, { l: 'Ausfahrt', r: `${date('2026-03-12', 'dot2')} 17:21` }, { l: 'Parkdauer', r: '9 h 23 min' }, { l: 'Tarif', r: 'Tag' }, { hr: 1 },
      { l: 'Betrag CHF', r: money(gross, f), big: true }, { l: 'inkl. MWST 8.1 %', r: money(tax, f) }, { l: 'Bezahlt Karte', r: money(gross, f) }, { hr: 1 }, { t: 'Terminal 02  Trx 118834' }, { c: 'Gute Fahrt' }],
    truth: truth({ invoiceDate: '2026-03-12', total: gross, subtotal: gross - tax, tax, currency: 'CHF', documentType: 'receipt' }),
  };
}

function pharmacieLu() {
  const f = 'fr';
  const s = sums([
    { d: 'Paracétamol 500mg 16 cp', q: 1, u: 295, r: 3 },
    { d: 'Sirop toux sèche 200ml', q: 1, u: 780, r: 3 },
    { d: 'Crème solaire SPF50 100ml', q: 1, u: 1490, r: 17 },
    { d: 'Pansements assortis x20', q: 2, u: 345, r: 17 },
  ], 'gross');
  const [a, b] = s.by;
  return {
    file: 'fr-lu-pharmacie-ticket-3-17.jpg', lang: 'fr', f, image: { kind: 'receipt', dpi: 240, widthMm: 72, quality: 0.72, tone: [28, 242] },
    rows: [{ c: 'PHARMACIE DU SAUERTAL', big: true }, { c: '3, rue des Bains' }, { c: 'L-9099 Ettelbruck' }, { c: 'TVA LU19288301' }, { hr: 1 },
      ...rcptLines(s, f, (l) => (l.r === 3 ? ' 1' : ' 2')), { hr: 1 }, { l: 'TOTAL EUR', r: money(s.gross, f), big: true }, { l: 'Carte', r: money(s.gross, f) }, { hr: 1 },
      { t: 'Code  Taux    HT      TVA     TTC' }, { t: `1     3%  ${money(a.net, f).padStart(6)} ${money(a.tax, f).padStart(6)} ${money(a.gross, f).padStart(7)}` }, { t: `2    17%  ${money(b.net, f).padStart(6)} ${money(b.tax, f).padStart(6)} ${money(b.gross, f).padStart(7)}` },
      { hr: 1 }, { t: `${date('2026-03-10', 'dot')}  16:05  Caisse 1` }, { c: 'Merci et bonne santé' }],
    truth: truth({ invoiceDate: '2026-03-10', total: s.gross, subtotal: s.net, tax: s.tax, documentType: 'receipt' }),
  };
}

function boulangerieCh() {
  const f = 'ch';
  const s = sums([
    { d: 'Pain paysan 500g', q: 1, u: 420, r: 2.6 },
    { d: 'Croissant au beurre', q: 4, u: 160, r: 2.6 },
    { d: 'Tarte aux pommes 6 pers.', q: 1, u: 1850, r: 2.6 },
    { d: 'Café crème (sur place)', q: 2, u: 380, r: 8.1 },
  ], 'gross');
  const [a, b] = s.by;
  return {
    file: 'fr-ch-boulangerie-ticket.jpg', lang: 'fr', f, image: { kind: 'receipt', dpi: 230, widthMm: 70, quality: 0.72, tone: [32, 238] },
    rows: [{ c: 'Boulangerie Aubert & Fille', big: true }, { c: 'Rue du Tilleul 5' }, { c: '1260 Nyon' }, { c: 'TVA CHE-218.447.906' }, { hr: 1 },
      ...rcptLines(s, f, (l) => (l.r === 2.6 ? ' 1' : ' 2')), { hr: 1 }, { l: 'TOTAL CHF', r: money(s.gross, f), big: true }, { l: 'TWINT', r: money(s.gross, f) }, { hr: 1 },
      { l: 'TVA 1  2.6% incl.', r: money(a.tax, f) }, { l: 'TVA 2  8.1% incl.', r: money(b.tax, f) }, { hr: 1 }, { t: `${date('2026-03-12', 'dot')}  07:41  Vendeuse 3` }, { c: 'Merci et à bientôt' }],
    truth: truth({ invoiceDate: '2026-03-12', total: s.gross, subtotal: s.net, tax: s.tax, currency: 'CHF', documentType: 'receipt' }),
  };
}

function eisenwaren() {
  const f = 'de';
  const s = sums([
    { d: 'Schrauben 4,5x50 Spax 200St', q: 2, u: 1290, r: 19 },
    { d: 'Dübel 8mm 100St', q: 1, u: 690, r: 19 },
    { d: 'Silikon sanitär weiß', q: 3, u: 795, r: 19 },
    { d: 'Kartuschenpistole', q: 1, u: 1450, r: 19 },
    { d: 'Schleifpapier K120 10St', q: 2, u: 480, r: 19 },
    { d: 'Malerkrepp 38mm', q: 4, u: 325, r: 19 },
    { d: 'Arbeitshandschuhe Gr.10', q: 2, u: 590, r: 19 },
    { d: 'Zollstock 2m', q: 1, u: 890, r: 19 },
    { d: 'Kabelbinder 200mm 100St', q: 1, u: 440, r: 19 },
  ], 'gross');
  const paid = 10000 * Math.ceil(s.gross / 10000);
  return {
    file: 'de-eisenwaren-kassenbon-bar.jpg', lang: 'de', f, image: { kind: 'receipt', dpi: 200, widthMm: 76, quality: 0.7, tone: [40, 232], rotate: -0.8 },
    rows: [{ c: 'EISENWAREN HOLLMANN KG', big: true }, { c: 'Werkzeug · Beschläge · Schrauben' }, { c: 'Lange Reihe 9, 24937 Flensburg' }, { c: 'USt-IdNr. DE134488201' }, { hr: 1 },
      ...rcptLines(s, f), { hr: 1 }, { l: 'SUMME', r: money(s.gross, f), big: true }, { l: 'BAR', r: money(paid, f) }, { l: 'RÜCKGELD', r: money(paid - s.gross, f) }, { hr: 1 },
      { l: 'Netto 19%', r: money(s.net, f) }, { l: 'MwSt 19%', r: money(s.tax, f) }, { hr: 1 }, { t: `${date('2026-03-12', 'dot2')} 10:18   Bon 2291   Kasse 1` }, { c: 'Umtausch nur mit Bon' }],
    truth: truth({ invoiceDate: '2026-03-12', total: s.gross, subtotal: s.net, tax: s.tax, documentType: 'receipt' }),
  };
}

function kiosk() {
  const f = 'de';
  const s = sums([
    { d: 'Tageszeitung', q: 2, u: 260, r: 7 },
    { d: 'Fachzeitschrift Landtechnik', q: 1, u: 790, r: 7 },
    { d: 'Mineralwasser 0,5l', q: 2, u: 180, r: 19 },
    { d: 'Kugelschreiber 3er', q: 1, u: 349, r: 19 },
    { d: 'Briefmarke 0,95', q: 5, u: 95, r: 0 },
  ], 'gross');
  const [c0, b7, a19] = s.by;
  return {
    file: 'de-kiosk-thermobon-verblasst.png', lang: 'de', f, image: { kind: 'receipt', dpi: 200, widthMm: 72, png: true, tone: [150, 226], fade: true },
    rows: [{ c: 'Kiosk & Post am Schlossring', big: true }, { c: 'Schlossring 4, 74072 Heilbronn' }, { c: 'St.-Nr. 65233/10447' }, { hr: 1 },
      ...rcptLines(s, f, (l) => (l.r === 19 ? ' A' : l.r === 7 ? ' B' : ' C')), { hr: 1 }, { l: 'Summe EUR', r: money(s.gross, f), big: true }, { l: 'Bar', r: money(3000, f) }, { l: 'Zurück', r: money(3000 - s.gross, f) }, { hr: 1 },
      { l: 'A 19% MwSt', r: money(a19.tax, f) }, { l: 'B  7% MwSt', r: money(b7.tax, f) }, { l: 'C  0% (Postwertzeichen)', r: money(c0.tax, f) }, { l: 'Netto gesamt', r: money(s.net, f) }, { hr: 1 }, { t: `${date('2026-03-11', 'dot')} 08:02  Bon-Nr. 5531` }],
    truth: truth({ invoiceDate: '2026-03-11', total: s.gross, subtotal: s.net, tax: s.tax, documentType: 'receipt' }),
  };
}

function librairieBe() {
  const f = 'de';
  const s = sums([
    { d: 'Guide des plantes sauvages', q: 1, u: 2290, r: 6 },
    { d: 'Roman poche', q: 1, u: 1550, r: 6 },
    { d: 'Cahier A4 ligné', q: 3, u: 295, r: 21 },
    { d: 'Stylo plume', q: 1, u: 890, r: 21 },
  ], 'gross');
  const [a, b] = s.by;
  return {
    file: 'fr-be-librairie-ticket.jpg', lang: 'fr', f, image: { kind: 'receipt', dpi: 220, widthMm: 72, quality: 0.72, tone: [30, 240] },
    rows: [{ c: 'LIBRAIRIE-PAPETERIE LE GRIMOIRE', big: true }, { c: 'Rue des Wallons 45' }, { c: '1348 Louvain-la-Neuve' }, { c: 'TVA BE 0628.551.904' }, { hr: 1 },
      ...rcptLines(s, f, (l) => (l.r === 6 ? ' A' : ' C')), { hr: 1 }, { l: 'TOTAL EUR', r: money(s.gross, f), big: true }, { l: 'Bancontact', r: money(s.gross, f) }, { hr: 1 },
      { t: 'TVA   Base HT   TVA    Total' }, { t: `A  6% ${money(a.net, f).padStart(7)} ${money(a.tax, f).padStart(6)} ${money(a.gross, f).padStart(7)}` }, { t: `C 21% ${money(b.net, f).padStart(7)} ${money(b.tax, f).padStart(6)} ${money(b.gross, f).padStart(7)}` },
      { hr: 1 }, { t: `${date('2026-03-12', 'slash')}  15:20  Ticket 0418` }, { c: 'Merci de votre visite !' }],
    truth: truth({ invoiceDate: '2026-03-12', total: s.gross, subtotal: s.net, tax: s.tax, documentType: 'receipt' }),
  };
}

export const DOCS = [spedition(), messagerie(), reisebus(), catering(), salle(), ferme(), seminar(), langues(), verein(), mietwagen(), beTentes(), luFrigo(), chEvent(), erinnerung(), nlEvent(), itAgri(),
  hotelFolio(), fleuriste(), faxLohn(), quittungForm(),
  tankstelle(), restaurant(), parkhausCh(), pharmacieLu(), boulangerieCh(), eisenwaren(), kiosk(), librairieBe()];
