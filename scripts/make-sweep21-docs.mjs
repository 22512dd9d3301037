// Data and truth of the twenty-first held-out sweep (fixtures/sweep21), written blind: trades the
// earlier sweeps did not cover (security guards, scaffolding, a funeral home, a notary's GNotKG
// Kostenberechnung, physiotherapy, horse livery, a Swiss gardener's QR-bill, self-storage, home
// cleaning, a land surveyor, lift maintenance, coworking, a piano tuner, air-conditioning service,
// carpentry, a labour-law adviser, a print works) and nine scanned or photographed slips and pages.
// Amounts are integer cents; every printed sum is computed here from the printed lines, and the truth
// from the same sums (scripts/lib/sweep-format.mjs). Layout and rendering: make-sweep21-fixtures.mjs.

import { money, date, sums, truth, rows, rcptLines } from './lib/sweep-format.mjs';

const HEAD = {
  de: ['Pos.', 'Bezeichnung', 'Menge', 'Einzelpreis', 'Betrag'],
  fr: ['Réf.', 'Désignation', 'Qté', 'P.U. HT', 'Montant HT'],
};
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
/** "14th April 2026" (British, with the ordinal). */
const dateEn = (iso) => { const [y, m, d] = iso.split('-').map(Number); const th = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'; return `${d}${th} ${EN_MONTHS[m - 1]} ${y}`; };
/** "15 de abril de 2026". */
const dateEs = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${d} de ${ES_MONTHS[m - 1]} de ${y}`; };
/** A Belgian structured communication +++ddd/dddd/dddcc+++ (check digits: the ten digits mod 97, 97 for 0). */
function structured(ten) { const c = Number(BigInt(ten) % 97n) || 97; const s = ten + String(c).padStart(2, '0'); return `+++${s.slice(0, 3)}/${s.slice(3, 7)}/${s.slice(7)}+++`; }

// ---------------------------------------------------------------- text PDFs (17)

function wachdienst() {
  const f = 'de';
  const s = sums([
    { d: 'Objektschutz Werk II, Nachtschicht (Std.)', q: 248, u: 2740, r: 19 },
    { d: 'Zuschlag Sonn- und Feiertag 50 % (Std.)', q: 48, u: 1370, r: 19 },
    { d: 'Revierkontrollfahrten (je Kontrolle)', q: 62, u: 950, r: 19 },
    { d: 'Alarmverfolgung 14.03.2026, 02:17 Uhr, Interventionskraft', q: 1, u: 6500, r: 19 },
    { d: 'Schlüsselverwaltung, Monatspauschale', q: 1, u: 4000, r: 19 },
  ]);
  return {
    file: 'de-wachdienst-objektschutz-monat.pdf', lang: 'de', f, style: { meta: 'left' },
    vendor: ['Nordwacht Sicherheitsdienste GmbH', 'Hafenweg 31 · 26789 Leer (Ostfriesland)', 'USt-IdNr. DE296610384 · Zulassung § 34a GewO'],
    customer: ['Emsland Kunststofftechnik GmbH', 'Werk II', 'Am Kanal 4', '26871 Papenburg'],
    title: 'Rechnung',
    meta: [['Rechnungsnummer', 'WD-26-0418'], ['Rechnungsdatum', date('2026-04-01', 'dot')], ['Kunden-Nr.', '7731'], ['Leistungszeitraum', '01.03.2026 – 31.03.2026'], ['Objekt', 'Werk II, Am Kanal 4']],
    head: HEAD.de, rows: rows(s, f),
    totals: [['Summe netto', s.net], ['Umsatzsteuer 19 %', s.tax], ['Rechnungsbetrag', s.gross, true]],
    notes: [`Zahlbar innerhalb von 14 Tagen bis zum ${date('2026-04-15', 'dot')} ohne Abzug.`, 'Die Wachberichte und der Schichtplan des Monats liegen dieser Rechnung bei.'],
    truth: truth({ invoiceNumber: 'WD-26-0418', invoiceDate: '2026-04-01', dueDate: '2026-04-15', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function geruestAt() {
  const f = 'de';
  const s = sums([
    { d: 'Fassadengerüst Lastklasse 3, Auf- und Abbau (m²)', q: 412, u: 680, r: 20 },
    { d: 'Gerüstmiete ab der 5. Woche (m² × Wochen)', q: 824, u: 35, qs: '412 × 2', us: '0,35', r: 20 },
    { d: 'Schutznetz (m²)', q: 412, u: 120, r: 20 },
    { d: 'Materialaufzug, Miete pauschal', q: 1, u: 38000, r: 20 },
    { d: 'Transport An- und Abfahrt', q: 2, u: 14500, r: 20 },
  ]);
  return {
    file: 'de-at-geruestbau-ust-uid.pdf', lang: 'de', f, style: { meta: 'box' },
    vendor: ['Gerüstbau Haselsteiner GmbH', 'Industriestraße 22 · 4614 Marchtrenk', 'UID: ATU68412277 · FN 402117 k · LG Wels'],
    customer: ['Hausverwaltung Prammer & Partner OG', 'Landstraße 61', '4020 Linz', 'UID: ATU57730148'],
    title: 'RECHNUNG',
    meta: [['Rechnungsnr.', 'GB-2026/0147'], ['Rechnungsdatum', date('2026-04-14', 'long-de')], ['Leistungszeitraum', '09.03. – 10.04.2026'], ['Baustelle', 'Fassade Landstraße 61'], ['Fällig am', date('2026-04-28', 'dot')]],
    head: HEAD.de, rows: rows(s, f),
    totals: [['Summe netto', s.net], ['+ 20 % USt', s.tax], ['Gesamtbetrag EUR', s.gross, true]],
    notes: ['Zahlbar ohne Abzug bis zum Fälligkeitsdatum auf AT61 3412 9000 0841 2277 (Raiffeisenbank Traun).', 'Gerüstfreigabe und Prüfprotokoll gemäß ÖNORM B 4007 wurden am 09.03.2026 übergeben.'],
    truth: truth({ invoiceNumber: 'GB-2026/0147', invoiceDate: '2026-04-14', dueDate: '2026-04-28', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function bestattung() {
  const f = 'de';
  const s = sums([
    { d: 'Überführung innerorts (Bestattungswagen, 2 Träger)', q: 1, u: 29500, r: 19 },
    { d: 'Sarg Kiefer massiv, Innenausstattung', q: 1, u: 148000, r: 19 },
    { d: 'Hygienische Versorgung und Einkleidung', q: 1, u: 24000, r: 19 },
    { d: 'Aufbahrung im Abschiedsraum (Tage)', q: 2, u: 9000, r: 19 },
    { d: 'Organisation der Trauerfeier, Kondolenzbuch', q: 1, u: 35000, r: 19 },
    { d: 'Gestaltung der Traueranzeige', q: 1, u: 8500, r: 19 },
  ]);
  const fremd = [['Friedhofsgebühren Reihengrab (Friedhofsverwaltung)', 162000], ['Nutzung der Trauerhalle (Friedhofsverwaltung)', 31000], ['Sterbeurkunden Standesamt (3 × 12,00)', 3600]];
  const fk = fremd.reduce((a, [, c]) => a + c, 0);
  return {
    file: 'de-bestattung-durchlaufende-posten.pdf', lang: 'de', f, style: { meta: 'left' },
    vendor: ['Bestattungshaus Krämer-Wendt', 'Friedhofstraße 9 · 34117 Kassel', 'Steuernummer 026 812 44019 · USt-IdNr. DE287144508'],
    customer: ['Frau Ingrid Saalfeld', 'Goethestraße 33', '34119 Kassel'],
    title: 'Rechnung',
    meta: [['Rechnung Nr.', 'B-2026-071'], ['Datum', date('2026-04-07', 'dot')], ['Sterbefall', 'Werner Saalfeld, † 27.03.2026'], ['Beisetzung', date('2026-04-03', 'dot')]],
    head: HEAD.de, rows: [...rows(s, f), ...fremd.map(([d, c], i) => ({ pos: `F${i + 1}`, d: `${d} – verauslagt`, q: '1', u: money(c, f), a: money(c, f) }))],
    totals: [['Eigene Leistungen netto', s.net], ['zzgl. 19 % USt', s.tax], ['Eigene Leistungen brutto', s.gross], ['Verauslagte Fremdkosten (ohne USt)', fk], ['Rechnungsbetrag', s.gross + fk, true]],
    notes: ['Die Positionen F1–F3 haben wir in Ihrem Namen verauslagt (durchlaufende Posten, § 10 Abs. 1 UStG); sie enthalten keine Umsatzsteuer.', 'Zahlbar innerhalb von 14 Tagen nach Erhalt. Wir sprechen Ihnen nochmals unser aufrichtiges Beileid aus.'],
    // As sweep13's HU fee and sweep16/18's débours and Auslagen: subtotal is the taxed net, the total includes the disbursements.
    truth: truth({ invoiceNumber: 'B-2026-071', invoiceDate: '2026-04-07', dueDate: null, total: s.gross + fk, subtotal: s.net, tax: s.tax }),
  };
}

function gartenQr() {
  const f = 'ch';
  const s = sums([
    { d: 'Frühjahrsschnitt Hecken und Sträucher (Std.)', q: 14, u: 7800, r: 8.1 },
    { d: 'Rasen vertikutieren und düngen (m²)', q: 640, u: 45, us: '0.45', r: 8.1 },
    { d: 'Rasendünger organisch, Sack 25 kg', q: 3, u: 6450, r: 8.1 },
    { d: 'Grüngutentsorgung (m³)', q: 3.5, u: 4200, r: 8.1 },
    { d: 'Kleinmaschinen und Werkzeug, Pauschale', q: 1, u: 4500, r: 8.1 },
  ]);
  const qrAmount = money(s.gross, 'ch').replace("'", ' ');
  return {
    file: 'de-ch-gartenunterhalt-qr-rechnung.pdf', lang: 'de', f, style: { meta: 'left' },
    vendor: ['Gartenbau Rüegsegger GmbH', 'Eichholzweg 14 · 3123 Belp', 'MWST-Nr. CHE-106.448.972 MWST'],
    customer: ['Stockwerkeigentümergemeinschaft Aarestrasse 8', 'c/o Verwaltung Bolliger AG', 'Bahnhofplatz 3', '3011 Bern'],
    title: 'Rechnung',
    meta: [['Rechnung Nr.', 'R-26-0381'], ['Datum', date('2026-04-10', 'dot')], ['Ihre Referenz', 'Unterhaltsvertrag 2026'], ['Zahlbar bis', date('2026-05-10', 'dot')]],
    head: HEAD.de, rows: rows(s, f),
    totals: [['Total exkl. MWST', s.net], ['MWST 8.1 %', s.tax], ['Total CHF', s.gross, true]],
    notes: ['Besten Dank für Ihren Auftrag. Bitte benutzen Sie für die Zahlung den untenstehenden QR-Zahlteil.'],
    qrBill: { account: 'CH44 3199 9123 0008 8901 2', ref: '21 00000 00003 13947 14300 09017', amount: qrAmount, payee: ['Gartenbau Rüegsegger GmbH', 'Eichholzweg 14', '3123 Belp'], payer: ['Verwaltung Bolliger AG', 'Bahnhofplatz 3', '3011 Bern'], info: 'Rechnung R-26-0381 vom 10.04.2026' },
    truth: truth({ invoiceNumber: 'R-26-0381', invoiceDate: '2026-04-10', dueDate: '2026-05-10', total: s.gross, subtotal: s.net, tax: s.tax, currency: 'CHF' }),
  };
}

function gardeMeublesCh() {
  const f = 'ch';
  const s = sums([
    { d: 'Location box 6 m² n° B-118, avril–juin 2026 (remboursement prorata)', q: 3, u: 12900, r: 8.1 },
    { d: 'Assurance du contenu, avril–juin 2026 (exclue du champ de la TVA)', q: 3, u: 1200, r: 0 },
  ]);
  const t81 = s.by.find((b) => b.r === 8.1);
  return {
    file: 'fr-ch-garde-meubles-note-de-credit.pdf', lang: 'fr', f, style: { meta: 'left' }, rateCol: true,
    vendor: ['BoxStock Riviera SA', 'Route de la Z.I. 12 · 1844 Villeneuve VD', 'IDE CHE-395.201.774 TVA'],
    customer: ['M. et Mme Cuendet', 'Chemin des Vignes 5', '1820 Montreux'],
    title: 'NOTE DE CRÉDIT',
    meta: [['Note de crédit n°', 'NC-2026-0031'], ['Date', date('2026-04-08', 'dot')], ['Concerne facture', 'F-2026-0112 du 02.01.2026'], ['Contrat', 'BX-0448, résilié au 31.03.2026']],
    head: [...HEAD.fr.slice(0, 4), 'TVA', 'Montant'], rows: rows(s, f, true),
    totals: [['Total hors TVA', s.net], [`TVA 8.1 % sur ${money(t81.net, f)}`, s.tax], ['Montant crédité CHF', s.gross, true]],
    notes: ['Suite à la résiliation de votre contrat, nous vous créditons les mois d\'avril à juin 2026 facturés d\'avance.', 'Le montant sera viré sur votre compte CH56 0483 5012 3456 7800 9 dans les 10 jours.'],
    // A credit note printing positive amounts keeps them positive (sweep2's, sweep6's avoir).
    truth: truth({ invoiceNumber: 'NC-2026-0031', invoiceDate: '2026-04-08', dueDate: null, total: s.gross, subtotal: s.net, tax: s.tax, currency: 'CHF', documentType: 'credit_note' }),
  };
}

function menageSap() {
  const f = 'fr';
  const s = sums([
    { d: 'Entretien du logement (heures)', q: 12.5, u: 2750, r: 10 },
    { d: 'Repassage (heures)', q: 4.5, u: 2750, r: 10 },
    { d: 'Frais de déplacement (forfait par intervention)', q: 5, u: 300, r: 10 },
  ]);
  return {
    file: 'fr-menage-domicile-sap-10.pdf', lang: 'fr', f, style: { meta: 'above' },
    vendor: ['Maison Nette Services – services à la personne', '14 rue Jean Jaurès – 37100 Tours', 'SAS – SIRET 851 330 472 00019 – TVA FR49851330472 – SAP851330472'],
    customer: ['Mme Hélène Boissard', '7 allée des Tilleuls', '37170 Chambray-lès-Tours'],
    title: 'FACTURE',
    meta: [['N° facture', 'MN-2026-0412'], ['Date', date('2026-04-03', 'long-fr')], ['Période', 'mars 2026'], ['Intervenante', 'Sandrine L.'], ['Échéance', date('2026-04-17', 'long-fr')]],
    head: HEAD.fr, rows: rows(s, f),
    totals: [['Total HT', s.net], ['TVA 10 %', s.tax], ['Total TTC', s.gross, true]],
    notes: ['Interventions des 3, 10, 17, 24 et 31 mars 2026. Règlement par virement ou CESU préfinancé.', 'Ces prestations ouvrent droit au crédit d\'impôt de 50 % (art. 199 sexdecies du CGI) ; attestation fiscale annuelle.'],
    truth: truth({ invoiceNumber: 'MN-2026-0412', invoiceDate: '2026-04-03', dueDate: '2026-04-17', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function geometre() {
  const f = 'fr';
  const s = sums([
    { d: 'Bornage contradictoire, honoraires forfaitaires', q: 1, u: 98000, r: 20 },
    { d: 'Procès-verbal de bornage et plan de délimitation', q: 1, u: 24000, r: 20 },
    { d: 'Vacation supplémentaire sur site (heures)', q: 2.5, u: 9500, r: 20 },
    { d: 'Fourniture et pose de bornes (unité)', q: 4, u: 3500, r: 20 },
    { d: 'Frais de déplacement', q: 1, u: 6000, r: 20 },
  ]);
  const provision = 40000;
  return {
    file: 'fr-geometre-bornage-provision.pdf', lang: 'fr', f, style: { meta: 'box' },
    vendor: ['Cabinet Lestrade – Géomètres-Experts associés', '5 place du Marché – 24200 Sarlat-la-Canéda', 'SELARL – Ordre des Géomètres-Experts – TVA FR71482990135'],
    customer: ['M. Paul Vigier', 'Lieu-dit La Borie', '24220 Saint-Cyprien'],
    title: 'NOTE D\'HONORAIRES',
    meta: [['Note n°', '2026-0187'], ['Date', date('2026-04-02', 'slash')], ['Dossier', 'BOR-25-112'], ['Parcelles', 'AB 214 / AB 215'], ['Échéance', date('2026-05-02', 'slash')]],
    head: HEAD.fr, rows: rows(s, f),
    totals: [['Total HT', s.net], ['TVA 20 %', s.tax], ['Total TTC', s.gross], [`Provision versée le ${date('2026-01-12', 'slash')}`, -provision], ['Reste à payer (€)', s.gross - provision, true]],
    notes: ['Réunion de bornage tenue sur place le 18/03/2026 en présence des propriétaires riverains.', 'Règlement par virement : FR76 1240 6000 1100 4471 2290 318.'],
    // As the earlier sweeps' deposits (sweep6, 12, 16): the note's Total TTC, not the rest after the provision.
    truth: truth({ invoiceNumber: '2026-0187', invoiceDate: '2026-04-02', dueDate: '2026-05-02', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function ascenseursBe() {
  const f = 'de';
  const s = sums([
    { d: 'Entretien préventif ascenseur A (trimestre)', q: 1, u: 46500, r: 21 },
    { d: 'Entretien préventif ascenseur B (trimestre)', q: 1, u: 46500, r: 21 },
    { d: 'Ligne téléphonique d\'urgence (mois)', q: 3, u: 1850, r: 21 },
    { d: 'Bouton palier 3e étage, pièce', q: 1, u: 7420, r: 21 },
    { d: 'Main-d\'œuvre remplacement (heures)', q: 1.5, u: 6800, r: 21 },
  ]);
  return {
    file: 'fr-be-ascenseurs-entretien-trimestre.pdf', lang: 'fr', f, style: { meta: 'left' },
    vendor: ['Ascenseurs Delvaux & Fils SRL', 'Chaussée de Louvain 440 – 1030 Schaerbeek', 'TVA BE 0462.118.935 – RPM Bruxelles'],
    customer: ['ACP Résidence Les Glycines', 'c/o Immo-Gestion Brugmann SRL', 'Avenue Brugmann 211', '1180 Uccle'],
    title: 'FACTURE',
    meta: [['Facture n°', 'F26/00893'], ['Date de facture', date('2026-04-01', 'slash')], ['Contrat', 'ENT-0448 (2 appareils)'], ['Période', '01/04/2026 – 30/06/2026'], ['Échéance', date('2026-05-01', 'slash')]],
    head: HEAD.fr, rows: rows(s, f),
    totals: [['Total HTVA', s.net], ['TVA 21 %', s.tax], ['Total TVAC EUR', s.gross, true]],
    notes: [`À verser sur BE43 0682 4471 1801 avec la communication structurée ${structured('4120089304')}`, 'Prochaine visite d\'inspection (SECT) prévue le 12/05/2026.'],
    truth: truth({ invoiceNumber: 'F26/00893', invoiceDate: '2026-04-01', dueDate: '2026-05-01', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function coworkingLu() {
  const f = 'fr';
  const s = sums([
    { d: 'Poste de travail dédié (mois)', q: 2, u: 39000, r: 17 },
    { d: 'Domiciliation commerciale (mois)', q: 1, u: 9500, r: 17 },
    { d: 'Salle de réunion « Moselle » (heures)', q: 6, u: 3500, r: 17 },
    { d: 'Impressions couleur (pages)', q: 240, u: 12, us: '0,12', r: 17 },
  ]);
  return {
    file: 'fr-lu-coworking-bureau-17.pdf', lang: 'fr', f, style: { meta: 'box' },
    vendor: ['Hub Kirchberg S.à r.l.', '29, avenue John F. Kennedy – L-1855 Luxembourg', 'TVA LU31188402 – RCS Luxembourg B245118'],
    customer: ['Studio Ferrand Design S.à r.l.-S', '12, rue de Hollerich', 'L-1741 Luxembourg'],
    title: 'FACTURE',
    meta: [['Facture', 'HK-2604-0033'], ['Date', date('2026-04-01', 'dot')], ['Période', 'avril 2026'], ['Échéance', date('2026-04-15', 'dot')]],
    head: HEAD.fr, rows: rows(s, f),
    totals: [['Total HTVA', s.net], ['TVA 17 %', s.tax], ['Total TTC (€)', s.gross, true]],
    notes: ['Paiement par virement : LU12 0019 4455 6677 8800 – BIC BCEELULL, référence HK-2604-0033.'],
    truth: truth({ invoiceNumber: 'HK-2604-0033', invoiceDate: '2026-04-01', dueDate: '2026-04-15', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function accordeur() {
  const f = 'fr';
  const s = sums([
    { d: 'Accord piano droit (salles 12, 14, 15)', q: 3, u: 9500, r: 0 },
    { d: 'Accord piano à queue (auditorium)', q: 1, u: 14000, r: 0 },
    { d: 'Réglage de mécanique et harmonisation (heures)', q: 2, u: 5500, r: 0 },
    { d: 'Remplacement d\'une corde de basse (fourniture et pose)', q: 1, u: 3800, r: 0 },
    { d: 'Déplacement', q: 1, u: 1500, r: 0 },
  ]);
  return {
    file: 'fr-accordeur-piano-293b.pdf', lang: 'fr', f, style: { meta: 'left' },
    vendor: ['Julien Marchetti – Accordeur de pianos', '3 impasse des Luthiers – 69004 Lyon', 'Entrepreneur individuel – SIRET 912 448 017 00015'],
    customer: ['Conservatoire de musique de Caluire', 'Place du Docteur Dugoujon', '69300 Caluire-et-Cuire'],
    title: 'FACTURE',
    meta: [['Facture N°', '2026-014'], ['Date', date('2026-04-09', 'long-fr')], ['Intervention', date('2026-04-07', 'long-fr')], ['Échéance', date('2026-05-09', 'long-fr')]],
    head: ['Réf.', 'Désignation', 'Qté', 'Prix unit.', 'Montant'], rows: rows(s, f),
    totals: [['Total', s.net], ['Net à payer (€)', s.gross, true]],
    notes: ['TVA non applicable, art. 293 B du CGI.', 'Pénalités de retard : 3 fois le taux d\'intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €.'],
    truth: truth({ invoiceNumber: '2026-014', invoiceDate: '2026-04-09', dueDate: '2026-05-09', total: s.gross, subtotal: s.gross, tax: 0 }),
  };
}

function physio() {
  const f = 'de';
  const s = sums([
    { d: 'Krankengymnastik (KG), Einzelbehandlung 20 Min.', q: 6, u: 3450, r: 0 },
    { d: 'Manuelle Therapie (MT)', q: 6, u: 3980, r: 0 },
    { d: 'Wärmetherapie mit Fango', q: 6, u: 1690, r: 0 },
    { d: 'Befundbericht an den verordnenden Arzt', q: 1, u: 2500, r: 0 },
  ]);
  return {
    file: 'de-physiotherapie-privatrechnung.pdf', lang: 'de', f, style: { meta: 'left' },
    vendor: ['Praxis für Physiotherapie Anja Brenninger', 'Marktplatz 6 · 83022 Rosenheim', 'Steuernummer 156/218/40117'],
    customer: ['Herrn Florian Aigner', 'Kufsteiner Straße 48', '83022 Rosenheim'],
    title: 'Privatrechnung',
    meta: [['Rechnungs-Nr.', 'PR-2026-0233'], ['Rechnungsdatum', date('2026-04-08', 'dot')], ['Verordnung vom', date('2026-02-12', 'dot')], ['Verordnender Arzt', 'Dr. med. K. Huber'], ['Diagnose', 'Lumbalgie (M54.5)']],
    intro: ['Behandlungstermine: 24.02., 26.02., 03.03., 05.03., 10.03. und 12.03.2026'],
    head: HEAD.de, rows: rows(s, f),
    totals: [['Rechnungsbetrag', s.gross, true]],
    notes: ['Heilbehandlung im Sinne des § 4 Nr. 14 a) UStG – umsatzsteuerfrei.', `Bitte überweisen Sie den Betrag bis zum ${date('2026-05-06', 'dot')} auf DE89 7115 0000 0020 4417 66 (Sparkasse Rosenheim-Bad Aibling).`],
    truth: truth({ invoiceNumber: 'PR-2026-0233', invoiceDate: '2026-04-08', dueDate: '2026-05-06', total: s.gross, subtotal: s.gross, tax: 0 }),
  };
}

function notar() {
  const f = 'de';
  const fees = [
    ['Beurkundungsverfahren, 2,0 Gebühr', '21100', 38500000, 137000],
    ['Vollzugsgebühr, 0,5 Gebühr', '22110', 38500000, 34250],
    ['Betreuungsgebühr, 0,5 Gebühr', '22200', 38500000, 34250],
    ['Dokumentenpauschale (128 Seiten)', '32001', null, 3840],
    ['Post- und Telekommunikation, Pauschale', '32005', null, 2000],
  ];
  const net = fees.reduce((a, r) => a + r[3], 0);
  const tax = Math.round(net * 0.19);
  const grundbuch = 1600;
  return {
    file: 'de-notar-kostenberechnung-gnotkg.pdf', lang: 'de', f, style: { meta: 'left' },
    vendor: ['Notarin Dr. Katharina Pohlmann', 'Domplatz 4 · 48143 Münster', 'USt-IdNr. DE318224905'],
    customer: ['Herrn Jens Albers und Frau Miriam Albers', 'Hüfferstraße 27', '48149 Münster'],
    title: 'Kostenberechnung',
    meta: [['Kostenberechnung Nr.', '0412/2026'], ['Datum', date('2026-04-13', 'dot')], ['UVZ-Nr.', '611/2026'], ['Urkunde vom', date('2026-03-25', 'dot')], ['Geschäftswert', '385.000,00 EUR']],
    intro: ['Kostenberechnung gemäß § 19 GNotKG zum Grundstückskaufvertrag vom 25.03.2026 (UVZ-Nr. 611/2026)'],
    head: ['Nr.', 'Gebührentatbestand', 'KV-Nr.', 'Wert EUR', 'Betrag EUR'],
    rows: fees.map(([d, kv, v, c], i) => ({ pos: String(i + 1), d, q: kv, u: v == null ? '' : money(v, f), a: money(c, f) })),
    totals: [['Summe Gebühren und Auslagen', net], ['19 % Umsatzsteuer, KV 32014', tax], ['Zwischensumme', net + tax], ['Grundbuchabrufgebühren KV 32011 (durchlaufend)', grundbuch], ['Rechnungsbetrag', net + tax + grundbuch, true]],
    notes: ['Der Rechnungsbetrag ist mit Zugang dieser Kostenberechnung fällig (§ 10 GNotKG).', 'Bankverbindung: Sparkasse Münsterland Ost · IBAN DE07 4005 0150 0000 6114 22'],
    // Disbursements outside VAT (sweep13, 16, 18): subtotal is the taxed net; the Geschäftswert is no amount of the bill.
    truth: truth({ invoiceNumber: '0412/2026', invoiceDate: '2026-04-13', dueDate: null, total: net + tax + grundbuch, subtotal: net, tax }),
  };
}

function klimaPl() {
  const f = 'fr';
  const s = sums([
    { d: 'Przegląd okresowy klimatyzatora ściennego', q: 6, u: 18000, r: 23 },
    { d: 'Odgrzybianie i dezynfekcja parownika', q: 6, u: 6000, r: 23 },
    { d: 'Uzupełnienie czynnika R32 (kg)', q: 0.8, u: 32000, r: 23 },
    { d: 'Wymiana filtra (szt.)', q: 2, u: 4500, r: 23 },
  ]);
  return {
    file: 'pl-faktura-vat-serwis-klimatyzacji.pdf', lang: 'pl', f, style: { meta: 'left' }, rateCol: true, embed: true,
    vendor: ['Klimat-Serwis Nowak Sp. z o.o.', 'ul. Przemysłowa 17 · 61-541 Poznań', 'NIP 782-261-44-18 · BDO 000412877'],
    customer: ['Biuro Rachunkowe Lech s.c.', 'ul. Garbary 48/3', '61-758 Poznań', 'NIP 778-140-22-61'],
    title: 'FAKTURA VAT',
    meta: [['Nr faktury', 'FV/0412/04/2026'], ['Data wystawienia', date('2026-04-14', 'dot')], ['Data sprzedaży', date('2026-04-10', 'dot')], ['Termin płatności', date('2026-04-28', 'dot')], ['Sposób płatności', 'przelew']],
    head: ['Lp.', 'Nazwa towaru / usługi', 'Ilość', 'Cena netto', 'VAT', 'Wartość netto'], rows: rows(s, f, true),
    totals: [['Razem netto', s.net], ['VAT 23 %', s.tax], ['Razem brutto PLN', s.gross, true]],
    notes: ['Słownie: dwa tysiące sto dziewięćdziesiąt sześć złotych 78/100', 'Konto: PL61 1090 1014 0000 0712 1981 2874 (Santander Bank Polska)'],
    truth: truth({ invoiceNumber: 'FV/0412/04/2026', invoiceDate: '2026-04-14', dueDate: '2026-04-28', total: s.gross, subtotal: s.net, tax: s.tax, currency: 'PLN' }),
  };
}

function carpintariaPt() {
  const f = 'de';
  const s = sums([
    { d: 'Balcão de receção em MDF lacado, 2,40 m', q: 1, u: 185000, r: 23 },
    { d: 'Armário suspenso com portas (un.)', q: 4, u: 31200, r: 23 },
    { d: 'Prateleiras em carvalho (un.)', q: 6, u: 4850, r: 23 },
    { d: 'Montagem e afinação (horas)', q: 10, u: 2800, r: 23 },
    { d: 'Transporte', q: 1, u: 6000, r: 23 },
  ]);
  return {
    file: 'pt-fatura-carpintaria-atcud.pdf', lang: 'pt', f, style: { meta: 'left' }, rateCol: true,
    vendor: ['Carpintaria Mota & Filhos, Lda.', 'Rua da Indústria, 88 · 4760-112 Vila Nova de Famalicão', 'NIF 509 447 213 · Capital social 5.000 €'],
    customer: ['Clínica Dentária Sorriso Minho, Lda.', 'Avenida 25 de Abril, 140', '4750-296 Barcelos', 'NIF 514 882 906'],
    title: 'FATURA',
    meta: [['Fatura n.º', 'FT 2026/87'], ['ATCUD', 'JJ7K2M9P-87'], ['Data', date('2026-04-15', 'iso')], ['Vencimento', date('2026-05-15', 'iso')], ['Requisição', 'Orç. 2026/031']],
    head: ['Ref.', 'Descrição', 'Qtd.', 'Preço unit.', 'IVA', 'Valor'], rows: rows(s, f, true),
    totals: [['Total sem IVA', s.net], ['IVA 23 %', s.tax], ['Total (EUR)', s.gross, true]],
    notes: ['Pagamento por transferência bancária: PT50 0035 0651 0000 4471 2293 1.', 'Processado por programa certificado n.º 2451/AT.'],
    truth: truth({ invoiceNumber: 'FT 2026/87', invoiceDate: '2026-04-15', dueDate: '2026-05-15', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function asesoriaEs() {
  const f = 'de';
  const s = sums([
    { d: 'Gestión de nóminas y seguros sociales (trabajadores)', q: 9, u: 1800, r: 21 },
    { d: 'Contratos y altas/bajas en la Seguridad Social', q: 2, u: 3500, r: 21 },
    { d: 'Asesoramiento laboral, cuota mensual', q: 1, u: 12000, r: 21 },
    { d: 'Modelo 111, retenciones del trimestre', q: 1, u: 4500, r: 21 },
  ]);
  const irpf = Math.round(s.net * 0.15);
  return {
    file: 'es-factura-asesoria-laboral-irpf.pdf', lang: 'es', f, style: { meta: 'left' },
    vendor: ['Marta Quintana Ruiz – Asesoría laboral', 'Calle de Colón, 22, 2.º B · 46004 Valencia', 'NIF 24387615K · Colegiada n.º 1.487'],
    customer: ['Talleres Mecánicos Albufera, S.L.', 'Camino de Alfafar, 3', '46026 Valencia', 'CIF B98341207'],
    title: 'FACTURA',
    meta: [['Factura n.º', '2026/041'], ['Fecha', dateEs('2026-04-15')], ['Periodo', 'marzo de 2026'], ['Vencimiento', date('2026-04-30', 'slash')]],
    head: ['N.º', 'Concepto', 'Cant.', 'Precio', 'Importe'], rows: rows(s, f),
    totals: [['Base imponible', s.net], ['IVA 21 %', s.tax], ['Retención IRPF 15 %', -irpf], ['Total factura', s.gross - irpf, true]],
    notes: ['Forma de pago: transferencia a ES91 2100 0418 4502 0005 1332 antes del vencimiento.'],
    // As sweep7's IRPF invoice (and Facturae's InvoiceTotal): the total after the withholding, the tax the IVA only.
    truth: truth({ invoiceNumber: '2026/041', invoiceDate: '2026-04-15', dueDate: '2026-04-30', total: s.gross - irpf, subtotal: s.net, tax: s.tax }),
  };
}

function printUk() {
  const f = 'en';
  const s = sums([
    { d: 'A5 leaflets, 4pp, 130gsm silk (zero-rated)', q: 5000, u: 6.4, us: '0.064', r: 0 },
    { d: 'Festival programmes A4, 16pp, saddle-stitched (zero-rated)', q: 800, u: 145, r: 0 },
    { d: 'Posters A2, 170gsm gloss', q: 40, u: 320, r: 20 },
    { d: 'Pull-up banner 850 x 2000 mm with stand', q: 2, u: 8900, r: 20 },
    { d: 'Artwork adjustments and proofing (hours)', q: 3, u: 4500, r: 20 },
  ]);
  const [z, std] = s.by;
  return {
    file: 'en-gb-print-works-zero-rated.pdf', lang: 'en', f, style: { meta: 'left' }, rateCol: true,
    vendor: ['Tamar Valley Print Works Ltd', 'Unit 4, Ferry Lane Industrial Estate · Plymouth PL4 0SJ', 'VAT Reg. No. GB 318 7742 06 · Company No. 08811427'],
    customer: ['Dartmoor Walking Festival CIC', 'The Old School, Church Street', 'Tavistock PL19 8AB'],
    title: 'INVOICE',
    meta: [['Invoice No.', 'TVP-26-0538'], ['Invoice date / tax point', dateEn('2026-04-14')], ['Your order', 'PO 1187'], ['Due date', dateEn('2026-05-14')]],
    head: ['Item', 'Description', 'Qty', 'Unit price', 'VAT', 'Amount'], rows: rows(s, f, true),
    totals: [['Subtotal zero-rated', z.net], ['Subtotal standard-rated', std.net], ['VAT @ 20%', s.tax], ['Total due (GBP)', s.gross, true]],
    notes: ['Printed leaflets and programmes are zero-rated (VAT Notice 701/10). Payment terms: 30 days.', 'Bank: Sort code 30-94-57, Account 41877203, reference TVP-26-0538.'],
    truth: truth({ invoiceNumber: 'TVP-26-0538', invoiceDate: '2026-04-14', dueDate: '2026-05-14', total: s.gross, subtotal: s.net, tax: s.tax, currency: 'GBP' }),
  };
}

function pferdepension() {
  const f = 'de';
  const s = sums([
    { d: 'Boxenmiete inkl. Einstreu (Monat)', q: 1, u: 42000, r: 19 },
    { d: 'Vollverpflegung Heu und Kraftfutter (Monat)', q: 1, u: 16500, r: 19 },
    { d: 'Weidegang und Paddock-Service', q: 1, u: 4000, r: 19 },
    { d: 'Hufschmied, Beschlag vorne am 12.03.26 (weiterberechnet)', q: 1, u: 9500, r: 19 },
    { d: 'Entwurmung, Präparat und Gabe', q: 1, u: 2850, r: 19 },
  ]);
  return {
    file: 'de-pferdepension-monatsrechnung.pdf', lang: 'de', f, style: { meta: 'box' },
    vendor: ['Reitanlage Gut Hohenbuchen – Inh. Carola Degenhardt', 'Hohenbuchen 2 · 29308 Winsen (Aller)', 'USt-IdNr. DE301488126'],
    customer: ['Frau Lea Brinkmann', 'Am Mühlenteich 11', '29221 Celle'],
    title: 'Rechnung',
    meta: [['Rechnung Nr.', 'RH 2604-17'], ['Datum', date('2026-04-01', 'dot2')], ['Pferd', '„Fiete“, Box 14'], ['Monat', 'April 2026']],
    head: HEAD.de, rows: rows(s, f),
    totals: [['Nettobetrag', s.net], ['USt 19 %', s.tax], ['Rechnungsbetrag', s.gross, true]],
    notes: [`Der Rechnungsbetrag wird am ${date('2026-04-05', 'dot2')} per SEPA-Lastschrift von Ihrem Konto DE…4471 eingezogen`, '(Mandatsreferenz RH-017, Gläubiger-ID DE98ZZZ09999999999).'],
    // A stated debit date is the due date (sweep13, 17, 18).
    truth: truth({ invoiceNumber: 'RH 2604-17', invoiceDate: '2026-04-01', dueDate: '2026-04-05', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

// ---------------------------------------------------------------- paper pages, scanned or photographed (2)

function glaserei() {
  const f = 'de';
  const s = sums([
    { d: 'Isolierglasscheibe 2-fach, Ug 1,1, ersetzt (Stück)', q: 2, u: 18600, r: 19 },
    { d: 'Glasleisten Kiefer neu (lfm)', q: 8.4, u: 650, r: 19 },
    { d: 'Arbeitszeit Geselle (Std.)', q: 3.5, u: 5800, r: 19 },
    { d: 'Anfahrt pauschal', q: 1, u: 3500, r: 19 },
    { d: 'Entsorgung Altglas', q: 1, u: 1200, r: 19 },
  ]);
  return {
    file: 'de-glaserei-zweispaltig-scan-200dpi.jpg', lang: 'de', f, twoColumn: true,
    image: { kind: 'scan', dpi: 200, rotate: -0.9, quality: 0.7 },
    side: ['Glaserei', 'Ostermann', '', 'Meisterbetrieb', 'seit 1962', '', 'Brückstraße 19', '44135 Dortmund', '', 'Tel. 0231 52 77 40', 'info@glas-ostermann.example', '', 'Bankverbindung', 'Dortmunder Volksbank', 'IBAN DE37 4416 0014', '0077 1188 00', '', 'USt-IdNr.', 'DE124490377', '', 'Inhaber', 'Jörg Ostermann'],
    vendor: ['Glaserei Ostermann', 'Brückstraße 19 · 44135 Dortmund'],
    customer: ['Herrn Dr. Stefan Kleinert', 'Kreuzstraße 60', '44139 Dortmund'],
    title: 'Rechnung',
    meta: [['Rechnung Nr.', 'G-1187'], ['Datum', date('2026-04-09', 'dot')], ['Auftrag vom', date('2026-03-27', 'dot')], ['Zahlbar bis', date('2026-04-23', 'dot')]],
    head: ['Pos.', 'Leistung', 'Menge', 'E-Preis', 'Betrag'], rows: rows(s, f),
    totals: [['Netto', s.net], ['19 % MwSt.', s.tax], ['Gesamt EUR', s.gross, true]],
    notes: ['Ausgeführt am 07.04.2026. Vielen Dank für Ihren Auftrag!', 'Steuerermäßigung nach § 35a EStG: Lohnanteil 203,00 EUR netto.'],
    truth: truth({ invoiceNumber: 'G-1187', invoiceDate: '2026-04-09', dueDate: '2026-04-23', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

function chauffagisteBe() {
  const f = 'de';
  const s = sums([
    { d: 'Entretien annuel chaudière gaz à condensation', q: 1, u: 12500, r: 6 },
    { d: 'Analyse de combustion et attestation d\'entretien', q: 1, u: 3500, r: 6 },
    { d: 'Électrode d\'allumage, remplacement (pièce)', q: 1, u: 4280, r: 6 },
    { d: 'Déplacement', q: 1, u: 2500, r: 6 },
  ]);
  return {
    file: 'fr-be-chauffagiste-photo-perspective.jpg', lang: 'fr', f, style: { meta: 'left', a5: true },
    image: { kind: 'keystone', quality: 0.72 },
    vendor: ['Chauffage Lambotte SRL', 'Rue du Fort 27 – 4000 Liège', 'TVA BE 0717.442.180'],
    customer: ['M. et Mme Dethier', 'Rue Saint-Gilles 112', '4000 Liège'],
    title: 'FACTURE',
    meta: [['Facture n°', '2026/0311'], ['Date', date('2026-04-07', 'slash')], ['Intervention', date('2026-04-02', 'slash')], ['Échéance', date('2026-04-21', 'slash')]],
    head: HEAD.fr, rows: rows(s, f),
    totals: [['Total HTVA', s.net], ['TVA 6 %', s.tax], ['Total TVAC EUR', s.gross, true]],
    notes: ['TVA 6 % : habitation privée de plus de 10 ans, attestation du client (art. 63/11 AR n° 20).'],
    truth: truth({ invoiceNumber: '2026/0311', invoiceDate: '2026-04-07', dueDate: '2026-04-21', total: s.gross, subtotal: s.net, tax: s.tax }),
  };
}

// ---------------------------------------------------------------- slips (7)
// A slip's rows: { c } centred, { l, r } left and right, { t } left only, { hr } a rule, { hand, r }
// a hand-written entry, { qr } a printed code block. Prices include VAT.

function supermarktAt() {
  const f = 'de';
  const s = sums([
    { d: 'Vollmilch 3,5% 1l', q: 2, u: 159, r: 10 }, { d: 'Bio Bergbauern Butter 250g', q: 1, u: 389, r: 10 },
    { d: 'Semmeln', q: 6, u: 35, r: 10 }, { d: 'Schwarzbrot 750g', q: 1, u: 299, r: 10 },
    { d: 'Bananen', q: 1.236, u: 189, qs: '1,236 kg', us: '1,89', amt: Math.round(1.236 * 189), r: 10 },
    { d: 'Äpfel Gala 1kg', q: 1, u: 249, r: 10 }, { d: 'Paradeiser Rispen', q: 0.684, u: 399, qs: '0,684 kg', us: '3,99', amt: Math.round(0.684 * 399), r: 10 },
    { d: 'Extrawurst geschn. 200g', q: 1, u: 279, r: 10 }, { d: 'Emmentaler 250g', q: 1, u: 349, r: 10 },
    { d: 'Aktion -25% Emmentaler', q: 1, u: -87, amt: -87, r: 10 }, { d: 'Joghurt Erdbeer 180g', q: 4, u: 69, r: 10 },
    { d: 'Eier Freiland 10 St', q: 1, u: 389, r: 10 }, { d: 'Spaghetti 500g', q: 2, u: 149, r: 10 },
    { d: 'Passierte Tomaten 500g', q: 2, u: 99, r: 10 }, { d: 'Kaffee gemahlen 500g', q: 1, u: 699, r: 10 },
    { d: 'Mineralwasser prickelnd 1,5l', q: 6, u: 49, r: 20 }, { d: 'Apfelsaft gespritzt 1,5l', q: 2, u: 179, r: 20 },
    { d: 'Bier Märzen 0,5l', q: 6, u: 119, r: 20 }, { d: 'Aktion 6+1 Märzen', q: 1, u: -119, amt: -119, r: 20 },
    { d: 'Geschirrspültabs 40 St', q: 1, u: 599, r: 20 }, { d: 'Küchenrolle 4 Rollen', q: 1, u: 319, r: 20 },
    { d: 'Zahnpasta 75ml', q: 2, u: 185, r: 20 },
  ], 'gross');
  const [a10, b20] = s.by;
  const line = (l) => (l.q === 1 && !l.qs ? [{ l: l.d, r: `${money(l.amt, f)} ${l.r === 10 ? 'A' : 'B'}` }] : [{ t: l.d }, { l: `  ${l.qs ?? l.q} x ${l.us ?? money(l.u, f)}`, r: `${money(l.amt, f)} ${l.r === 10 ? 'A' : 'B'}` }]);
  return {
    file: 'de-at-supermarkt-langer-bon.jpg', lang: 'de', f, image: { kind: 'receipt', dpi: 200, widthMm: 72, quality: 0.7, tone: [34, 236] },
    rows: [{ c: 'NAHVERSORGER BICHLER', big: true }, { c: 'Bahnhofstraße 3, 5020 Salzburg' }, { c: 'UID ATU41228805' }, { hr: 1 },
      ...s.lines.flatMap(line), { hr: 1 }, { l: `${s.lines.filter((l) => l.amt > 0).length} Artikel`, r: '' }, { l: 'SUMME EUR', r: money(s.gross, f), big: true }, { l: 'Bankomat', r: money(s.gross, f) }, { hr: 1 },
      { t: 'USt    Netto     USt  Brutto' }, { t: `A 10% ${money(a10.net, f).padStart(6)} ${money(a10.tax, f).padStart(6)} ${money(a10.gross, f).padStart(7)}` }, { t: `B 20% ${money(b20.net, f).padStart(6)} ${money(b20.tax, f).padStart(6)} ${money(b20.gross, f).padStart(7)}` },
      { hr: 1 }, { t: `${date('2026-04-14', 'dot')} 18:22  Kassa 3  Bon 4471` }, { t: 'Kassen-ID: BICH-K3  Beleg-Nr: 88431' }, { qr: 1 }, { c: 'Danke für Ihren Einkauf!' }],
    truth: truth({ invoiceDate: '2026-04-14', total: s.gross, subtotal: s.net, tax: s.tax, documentType: 'receipt' }),
  };
}

function taxiCh() {
  return {
    file: 'de-ch-taxi-quittung-block.jpg', lang: 'de', f: 'ch', image: { kind: 'pad', dpi: 200, quality: 0.72 },
    pad: { head: ['Taxi Töss GmbH', 'Zürcherstrasse 201 · 8406 Winterthur', 'CHE-441.207.388 MWST · Tel. 052 202 20 20'], no: '2207',
      fields: [['Datum', '11.4.26'], ['von', 'HB Winterthur'], ['nach', 'Technopark, Hegifeld'], ['Fahrpreis CHF', '38.60'], ['Zuschlag Gepäck CHF', '5.00'], ['Total CHF', '43.60'], ['Fahrer / Wagen', 'M. Kocher / 17']],
      foot: 'Betrag inkl. 8.1 % MWST. Besten Dank und gute Fahrt!' },
    // The pad prints the VAT rate but no amount: subtotal and tax not scored (sweep17's taxi pad).
    truth: truth({ invoiceDate: '2026-04-11', total: 4360, currency: 'CHF', documentType: 'receipt' }),
  };
}

function bricolageLu() {
  const f = 'fr';
  const s = sums([
    { d: 'Vis bois 5x60 boîte 200', q: 2, u: 1290, r: 17 }, { d: 'Chevilles nylon 8mm x100', q: 1, u: 745, r: 17 },
    { d: 'Peinture murale blanc mat 10L', q: 1, u: 5990, r: 17 }, { d: 'Rouleau laqueur 180mm', q: 2, u: 695, r: 17 },
    { d: 'Bâche de protection 4x5m', q: 1, u: 499, r: 17 }, { d: 'Ruban de masquage 50m', q: 3, u: 349, r: 17 },
    { d: 'Enduit de rebouchage 1kg', q: 1, u: 879, r: 17 },
  ], 'gross');
  const remise = Math.round(s.gross * 0.05);
  const t = sums([...s.lines, { d: 'Remise carte fidélité 5 %', q: 1, u: -remise, amt: -remise, r: 17 }], 'gross');
  const [b] = t.by;
  return {
    file: 'fr-lu-bricolage-ticket-remise.jpg', lang: 'fr', f, image: { kind: 'receipt', dpi: 210, widthMm: 76, quality: 0.7, tone: [30, 238], rotate: 0.7 },
    rows: [{ c: 'BRICO CENTRE ALZETTE', big: true }, { c: '140, route d\'Esch' }, { c: 'L-4451 Belvaux' }, { c: 'TVA LU26118804' }, { hr: 1 },
      ...rcptLines(s, f), { hr: 1 }, { l: 'Sous-total', r: money(s.gross, f) }, { l: 'Remise carte fidélité 5 %', r: money(-remise, f) }, { l: 'TOTAL EUR', r: money(t.gross, f), big: true }, { l: 'Carte bancaire', r: money(t.gross, f) }, { hr: 1 },
      { t: 'Taux     HT      TVA      TTC' }, { t: `17%  ${money(b.net, f).padStart(7)} ${money(b.tax, f).padStart(7)} ${money(b.gross, f).padStart(7)}` }, { hr: 1 },
      { t: `${date('2026-04-13', 'slash')} 11:05  Caisse 04  Ticket 22817` }, { t: 'Carte fidélité n° ****4471 – 117 points' }, { c: 'Merci de votre visite' }],
    truth: truth({ invoiceDate: '2026-04-13', total: t.gross, subtotal: t.net, tax: t.tax, documentType: 'receipt' }),
  };
}

function apothekeAt() {
  const f = 'de';
  const s = sums([
    { d: 'Ibuprofen 400mg 20 Stk', q: 1, u: 695, r: 10 }, { d: 'Meerwasser-Nasenspray 20ml', q: 1, u: 890, r: 10 },
    { d: 'Vitamin D3 Tropfen 10ml', q: 1, u: 1490, r: 10 }, { d: 'Handcreme Urea 100ml', q: 1, u: 1150, r: 20 },
    { d: 'Sonnenschutz LSF 50 200ml', q: 1, u: 1990, r: 20 },
  ], 'gross');
  const [a, b] = s.by;
  const paid = 10000;
  return {
    file: 'de-at-apotheke-bon-bar.jpg', lang: 'de', f, image: { kind: 'receipt', dpi: 220, widthMm: 72, quality: 0.72, tone: [26, 240] },
    rows: [{ c: 'Apotheke Zum Schwarzen Adler', big: true }, { c: 'Hauptplatz 11, 8010 Graz' }, { c: 'UID ATU22840115' }, { hr: 1 },
      ...rcptLines(s, f, (l) => (l.r === 10 ? ' 1' : ' 2')), { hr: 1 }, { l: 'Gesamt EUR', r: money(s.gross, f), big: true }, { l: 'Bar', r: money(paid, f) }, { l: 'Retour', r: money(paid - s.gross, f) }, { hr: 1 },
      { l: `1 USt 10% v. ${money(a.net, f)}`, r: money(a.tax, f) }, { l: `2 USt 20% v. ${money(b.net, f)}`, r: money(b.tax, f) }, { hr: 1 },
      { t: `${date('2026-04-10', 'dot')} 09:14  Kassa 1  Beleg 3317` }, { t: 'Sig: RKSV-AT1 4Gq...x8=' }, { c: 'Gute Besserung!' }],
    truth: truth({ invoiceDate: '2026-04-10', total: s.gross, subtotal: s.net, tax: s.tax, documentType: 'receipt' }),
  };
}

function coiffeur() {
  const f = 'fr';
  const s = sums([
    { d: 'Coupe brushing femme', q: 1, u: 4200, r: 20 }, { d: 'Couleur racines', q: 1, u: 3800, r: 20 },
    { d: 'Soin kératine', q: 1, u: 1200, r: 20 }, { d: 'Shampooing 250ml', q: 1, u: 1690, r: 20 },
  ], 'gross');
  const [b] = s.by;
  return {
    file: 'fr-coiffeur-ticket-thermique-tva.jpg', lang: 'fr', f, image: { kind: 'receipt', dpi: 200, widthMm: 62, quality: 0.7, tone: [95, 232], fade: true },
    rows: [{ c: 'L\'ATELIER DE CLÉMENCE', big: true }, { c: 'Coiffure mixte' }, { c: '18 rue Saint-Jean' }, { c: '21000 Dijon' }, { c: 'SIRET 823 114 907 00027' }, { hr: 1 },
      ...rcptLines(s, f), { hr: 1 }, { l: 'TOTAL TTC', r: money(s.gross, f), big: true }, { l: 'CB sans contact', r: money(s.gross, f) }, { hr: 1 },
      { t: 'Taux    HT     TVA    TTC' }, { t: `20,00% ${money(b.net, f)} ${money(b.tax, f)} ${money(b.gross, f)}` }, { hr: 1 },
      { t: `Le ${date('2026-04-10', 'slash')} à 15:47` }, { t: 'Coiffeuse : Clémence' }, { t: 'Ticket n° 3108' }, { c: 'À bientôt !' }],
    truth: truth({ invoiceDate: '2026-04-10', total: s.gross, subtotal: s.net, tax: s.tax, documentType: 'receipt' }),
  };
}

function copyshop() {
  const f = 'de';
  const s = sums([
    { d: 'Kopien A4 s/w', q: 320, u: 8, us: '0,08', r: 19 }, { d: 'Kopien A4 farbig', q: 45, u: 45, us: '0,45', r: 19 },
    { d: 'Spiralbindung A4', q: 4, u: 350, r: 19 }, { d: 'Laminieren A3', q: 6, u: 120, r: 19 }, { d: 'Plot A1 Papier 90g', q: 2, u: 990, r: 19 },
  ], 'gross');
  const [a] = s.by;
  return {
    file: 'de-copyshop-kassenbon-tse.jpg', lang: 'de', f, image: { kind: 'receipt', dpi: 180, widthMm: 80, quality: 0.68, tone: [40, 230] },
    rows: [{ c: 'COPY & PLOT CAMPUS', big: true }, { c: 'Universitätsstr. 25, 35037 Marburg' }, { c: 'St.-Nr. 031 842 11087' }, { hr: 1 },
      ...rcptLines(s, f), { hr: 1 }, { l: 'SUMME EUR', r: money(s.gross, f), big: true }, { l: 'EC-Karte', r: money(s.gross, f) }, { hr: 1 },
      { t: 'MwSt    Netto  Steuer  Brutto' }, { t: `19%  ${money(a.net, f).padStart(7)} ${money(a.tax, f).padStart(6)} ${money(a.gross, f).padStart(7)}` }, { hr: 1 },
      { t: `${date('2026-04-09', 'dot')} 16:32  Bon 20417` }, { t: 'TSE-Start: 2026-04-09T16:31:07' }, { t: 'TSE-Ende:  2026-04-09T16:32:44' }, { t: 'TSE-Seriennr.: 7f3a9c...e21b' }, { t: 'Signaturzähler: 118274' }, { c: 'Vielen Dank!' }],
    truth: truth({ invoiceDate: '2026-04-09', total: s.gross, subtotal: s.net, tax: s.tax, documentType: 'receipt' }),
  };
}

function veloCh() {
  const f = 'ch';
  const s = sums([
    { d: 'Service vélo complet', q: 1, u: 8900, r: 8.1 }, { d: 'Chambre à air 28"', q: 2, u: 990, r: 8.1 },
    { d: 'Pneu route 700x28', q: 1, u: 4490, r: 8.1 }, { d: 'Câble de frein + gaine', q: 1, u: 1250, r: 8.1 },
  ], 'gross');
  const rabais = Math.round(s.gross * 0.05);
  const t = sums([...s.lines, { d: 'Rabais membre 5 %', q: 1, u: -rabais, amt: -rabais, r: 8.1 }], 'gross');
  const due = Math.round(t.gross / 5) * 5;
  return {
    file: 'fr-ch-atelier-velo-ticket-arrondi.jpg', lang: 'fr', f, image: { kind: 'receipt', dpi: 230, widthMm: 72, quality: 0.72, tone: [28, 240] },
    rows: [{ c: 'CYCLES DU LÉMAN', big: true }, { c: 'Atelier & vente' }, { c: 'Rue de la Gare 31, 1110 Morges' }, { c: 'TVA CHE-287.640.115' }, { hr: 1 },
      ...rcptLines(s, f), { l: 'Rabais membre 5 %', r: money(-rabais, f) }, { hr: 1 }, { l: 'Total', r: money(t.gross, f) }, { l: 'Arrondi', r: money(due - t.gross, f) }, { l: 'A PAYER CHF', r: money(due, f), big: true }, { l: 'Carte Maestro', r: money(due, f) }, { hr: 1 },
      { l: 'dont TVA 8.1 %', r: money(t.tax, f) }, { hr: 1 }, { t: `${date('2026-04-11', 'dot')}  10:48  Vendeur 2` }, { c: 'Bonne route !' }],
    // Swiss cash rounding: the amount paid after "Arrondi" (sweep15); only the VAT is printed, so no subtotal.
    truth: truth({ invoiceDate: '2026-04-11', total: due, tax: t.tax, currency: 'CHF', documentType: 'receipt' }),
  };
}

export const DOCS = [wachdienst(), geruestAt(), bestattung(), gartenQr(), gardeMeublesCh(), menageSap(), geometre(), ascenseursBe(), coworkingLu(), accordeur(), physio(), notar(), klimaPl(), carpintariaPt(), asesoriaEs(), printUk(), pferdepension(),
  glaserei(), chauffagisteBe(),
  supermarktAt(), taxiCh(), bricolageLu(), apothekeAt(), coiffeur(), copyshop(), veloCh()];
