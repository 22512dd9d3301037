// The documents of fixtures/sweep2 (drawn by scripts/make-sweep2-fixtures.mjs) and their truth.
// All parties, addresses, ids, bank accounts and numbers are invented.

/** Truth of an invoice or credit note from its amounts (dueDate null: the document names no date). */
const truthOf = (t, { no, issued, due, currency, type = 'invoice', sign = 1 }) => ({
  invoiceNumber: no,
  invoiceDate: issued,
  dueDate: due,
  total: sign * t.total,
  subtotal: sign * t.subtotal,
  tax: sign * t.tax,
  currency,
  documentType: type,
});

export function DOCS({ num, date, iso, netTotals, grossTotals, row }) {
  const docs = [];

  // --- German: letterhead full of numbers, discount and shipping, "30 Tage netto" (no due date)
  {
    const t = netTotals([
      { d: 'Hydraulikschlauch DN12, 1,5 m', q: 12, u: 38.4 },
      { d: 'Schnellkupplung Stecker G1/2"', q: 24, u: 11.95 },
      { d: 'Druckmanometer 0-250 bar', q: 3, u: 64.0 },
      { d: 'Dichtungssatz NBR, 50-teilig', q: 5, u: 22.5 },
    ], { discountPct: 5, shipping: 14.9, rates: [19] });
    const D = [2025, 2, 11];
    docs.push({
      file: 'de-rechnung-briefkopf.pdf', lang: 'de',
      head: ['Hollmann Fluidtechnik GmbH', 'Gewerbering 22 · 59494 Soest', 'USt-IdNr.: DE318274659 · St.-Nr. 342/5718/0463', 'Amtsgericht Arnsberg HRB 11873'],
      headRight: ['Telefon 02921 48 77 0', 'Telefax 02921 48 77 29', 'info@hollmann-fluid.example', 'www.hollmann-fluid.example'],
      senderLine: 'Hollmann Fluidtechnik GmbH · Gewerbering 22 · 59494 Soest',
      customer: ['Landtechnik Brockmeier OHG', 'z. Hd. Herrn Tönnies', 'Hofstraße 3', '33129 Delbrück'],
      metaStyle: 'box',
      meta: [['Kunden-Nr.', '20417'], ['Auftrags-Nr.', 'AB-2025-1184'], ['Lieferschein-Nr.', 'LS 77215'], ['Rechnungs-Nr.', '2025-00318'], ['Datum', date('dot', 'de', D)], ['Ihre Bestellung', '4500071236 vom 03.02.2025']],
      title: 'Rechnung',
      cols: ['Bezeichnung', 'Menge', 'Einzelpreis €', null, 'Gesamt €'], t,
      totals: [['Warenwert', t.goods], ['abzgl. 5 % Rabatt', -t.discount], ['Versandkostenpauschale', t.shipping], ['Nettobetrag', t.subtotal], ['zzgl. 19 % MwSt.', t.tax], ['Rechnungsbetrag EUR', t.total, true]],
      notes: ['Zahlungsbedingungen: 30 Tage netto, 8 Tage 2 % Skonto.', 'Lieferdatum entspricht Rechnungsdatum.'],
      footer: ['Sparkasse Soest · IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX', 'Geschäftsführer: Jörg Hollmann · Sitz der Gesellschaft: Soest'],
      truth: truthOf(t, { no: '2025-00318', issued: iso(...D), due: null, currency: 'EUR' }),
    });
  }

  // --- German: 19 % and 7 %, breakdown table, long dates, "Fällig am"
  {
    const t = netTotals([
      { d: 'Kaffee Crema, Bohne 1 kg', q: 20, u: 16.9, r: 7 },
      { d: 'Milchschaumkanne Edelstahl', q: 4, u: 18.5, r: 19 },
      { d: 'Entkalker 1 l', q: 6, u: 9.8, r: 19 },
      { d: 'Rohrzucker-Sticks, 1000 St.', q: 2, u: 21.4, r: 7 },
    ], { rates: [19, 7] });
    const D = [2025, 2, 3];
    docs.push({
      file: 'de-rechnung-zwei-steuersaetze.pdf', lang: 'de', serif: true,
      head: ['Rösterei Albrecht & Söhne KG', 'Speicherstadt 5, 20457 Hamburg', 'Tel. 040 3398 112 · USt-IdNr. DE274659310'],
      customer: ['Café am Stadtpark', 'Inh. Mareike Wendt', 'Parkallee 41', '22085 Hamburg'],
      metaStyle: 'lines',
      meta: [`Rechnung Nr. R25-0147 · Kundennummer 1093`, `Hamburg, den ${date('long', 'de', D)}`],
      title: 'Rechnung',
      cols: ['Artikel', 'Menge', 'Preis netto', 'USt', 'Betrag netto'], t,
      totals: [['Summe netto', t.subtotal], ['Umsatzsteuer', t.tax], ['Gesamtbetrag', `${num(t.total, 'de')} €`, true]],
      vatTable: { title: 'Steueraufstellung', headers: ['Steuersatz', 'Netto', 'Steuer', 'Brutto'], rows: t.breakdown.map((b) => [`${b.rate} %`, num(b.net, 'de'), num(b.tax, 'de'), num(b.gross, 'de')]) },
      notes: [`Fällig am ${date('long', 'de', [2025, 2, 17])} ohne Abzug.`],
      footer: ['Hamburger Volksbank · IBAN DE44 2019 0003 0012 3456 78 · BIC GENODEF1HH2'],
      truth: truthOf(t, { no: 'R25-0147', issued: iso(...D), due: iso(2025, 2, 17), currency: 'EUR' }),
    });
  }

  // --- French: SIRET/RCS letterhead, remise and frais de port, "à 30 jours" (no due date)
  {
    const t = netTotals([
      { d: 'Ramette papier A4 80 g (carton de 5)', q: 10, u: 24.9 },
      { d: 'Toner noir compatible XR-210', q: 4, u: 57.0 },
      { d: 'Classeur à levier dos 80 mm', q: 30, u: 2.35 },
    ], { discountPct: 10, shipping: 12.0, rates: [20] });
    const D = [2025, 2, 12];
    docs.push({
      file: 'fr-facture-remise-port.pdf', lang: 'fr',
      head: ['Bureautique Vallier SARL', '14 rue des Tanneurs, 69007 Lyon', 'SIRET 812 447 309 00027 · RCS Lyon B 812 447 309', 'TVA intracommunautaire FR53 812447309'],
      headRight: ['Tél. 04 78 61 22 90', 'contact@vallier-bureau.example'],
      customer: ['Cabinet Marchal & Associés', '3 place Bellecour', '69002 Lyon'],
      metaStyle: 'box',
      meta: [['Facture n°', 'FA-2025-0412'], ['Date', date('slash', 'fr', D)], ['Code client', 'C0871'], ['Bon de commande', 'BC 2025/114']],
      title: 'FACTURE',
      cols: ['Désignation', 'Qté', 'P.U. HT', null, 'Montant HT'], t,
      totals: [['Total brut HT', t.goods], ['Remise 10 %', -t.discount], ['Frais de port HT', t.shipping], ['Total HT', t.subtotal], ['TVA 20 %', t.tax], ['Net à payer TTC', `${num(t.total, 'fr')} €`, true]],
      notes: ['Conditions de règlement : à 30 jours par virement.', 'Pénalités de retard : 3 fois le taux d\'intérêt légal. Indemnité forfaitaire de recouvrement : 40 €.'],
      footer: ['IBAN FR76 3000 6000 0112 3456 7890 189 · BIC AGRIFRPP'],
      truth: truthOf(t, { no: 'FA-2025-0412', issued: iso(...D), due: null, currency: 'EUR' }),
    });
  }

  // --- French: prices including VAT ("dont TVA"), long date, échéance
  {
    const t = grossTotals([
      { d: 'Menu séminaire (déjeuner)', q: 18, u: 32.0 },
      { d: 'Pause café matin et après-midi', q: 18, u: 9.5 },
      { d: 'Location salle Rhône (journée)', q: 1, u: 390.0 },
    ], 10);
    const D = [2025, 2, 14];
    docs.push({
      file: 'fr-facture-ttc.pdf', lang: 'fr', serif: true,
      head: ['Hôtel-Restaurant Le Confluent', '2 quai Saint-Antoine, 69002 Lyon', 'SAS au capital de 50 000 € · SIREN 903 118 442'],
      customer: ['Société Dauphiné Conseil', 'Service comptabilité', '18 avenue Jean Jaurès', '38000 Grenoble'],
      metaStyle: 'lines',
      meta: [`Facture N° 25-0219`, `Lyon, le ${date('long', 'fr', D)}`],
      title: 'FACTURE',
      cols: ['Prestation', 'Qté', 'Prix unitaire TTC', null, 'Total TTC'], t,
      totals: [['Total TTC', `${num(t.total, 'fr')} €`, true], ['dont TVA 10 %', t.tax], ['Montant HT', t.subtotal]],
      notes: [`Date d'échéance : ${date('slash', 'fr', [2025, 3, 16])}`, 'Règlement par virement ou chèque à l\'ordre de Le Confluent SAS.'],
      truth: truthOf(t, { no: '25-0219', issued: iso(...D), due: iso(2025, 3, 16), currency: 'EUR' }),
    });
  }

  // --- Italian: sconto and trasporto, REA and P.IVA letterhead, "30 gg d.f." (no due date)
  {
    const t = netTotals([
      { d: 'Piastrella gres 60x60 grigio', q: 48, u: 21.3 },
      { d: 'Colla cementizia C2TE 25 kg', q: 12, u: 14.9 },
      { d: 'Distanziatori 2 mm (conf. 500)', q: 6, u: 4.2 },
    ], { discountPct: 3, shipping: 45.0, rates: [22] });
    const D = [2025, 2, 7];
    docs.push({
      file: 'it-fattura-sconto-trasporto.pdf', lang: 'it',
      head: ['Ceramiche Bonfanti S.r.l.', 'Via dell\'Industria 18, 41049 Sassuolo (MO)', 'P.IVA 03318740366 · C.F. 03318740366', 'REA MO-381442 · Cap. soc. € 20.000 i.v.'],
      headRight: ['Tel. 0536 802 114', 'ordini@bonfanti-ceramiche.example'],
      customer: ['Spett.le', 'Edilcasa di Ferri Luca', 'Via Emilia Est 250', '41122 Modena'],
      metaStyle: 'row',
      meta: [['Documento', 'Fattura'], ['Numero', '147/2025'], ['Data', date('slash', 'it', D)], ['Cod. cliente', '00912'], ['Rif. ordine', 'n. 88 del 30/01/2025']],
      title: 'FATTURA',
      cols: ['Descrizione', 'Q.tà', 'Prezzo unit.', null, 'Importo'], t,
      totals: [['Totale merce', t.goods], ['Sconto 3%', -t.discount], ['Spese di trasporto', t.shipping], ['Imponibile', t.subtotal], ['IVA 22%', t.tax], ['Totale fattura €', t.total, true]],
      notes: ['Pagamento: bonifico bancario 30 gg d.f.', 'IBAN IT60 X054 2811 1010 0000 0123 456'],
      truth: truthOf(t, { no: '147/2025', issued: iso(...D), due: null, currency: 'EUR' }),
    });
  }

  // --- Italian: IVA 22 % and 10 %, riepilogo table, long date, scadenza
  {
    const t = netTotals([
      { d: 'Ristrutturazione bagno: manodopera', q: 32, u: 35.0, r: 10 },
      { d: 'Sanitari sospesi (coppia)', q: 1, u: 420.0, r: 10 },
      { d: 'Specchio contenitore con luce', q: 1, u: 189.0, r: 22 },
      { d: 'Smaltimento macerie', q: 1, u: 120.0, r: 22 },
    ], { rates: [22, 10] });
    const D = [2025, 2, 19];
    docs.push({
      file: 'it-fattura-aliquote.pdf', lang: 'it', serif: true,
      head: ['Idrotermica Rinaldi di Paolo Rinaldi', 'Corso Vittorio Emanuele 77, 80121 Napoli', 'P. IVA 07714420632 · tel. 081 552 9031'],
      customer: ['Sig.ra Anna Esposito', 'Via Toledo 120', '80134 Napoli', 'C.F. SPSNNA70A41F839X'],
      metaStyle: 'lines',
      meta: [`Fattura n. 2025/0031 del ${date('long', 'it', D)}`],
      title: 'FATTURA',
      cols: ['Descrizione', 'Q.tà', 'Prezzo', 'IVA', 'Importo'], t,
      totals: [['Totale imponibile', t.subtotal], ['Totale IVA', t.tax], ['TOTALE DOCUMENTO', `€ ${num(t.total, 'it')}`, true]],
      vatTable: { title: 'Riepilogo IVA', headers: ['Aliquota', 'Imponibile', 'Imposta', 'Totale'], rows: t.breakdown.map((b) => [`${b.rate}%`, num(b.net, 'it'), num(b.tax, 'it'), num(b.gross, 'it')]) },
      notes: [`Scadenza pagamento: ${date('slash', 'it', [2025, 3, 21])}`, 'Aliquota 10% ai sensi del D.P.R. 633/72, Tab. A, parte III, n. 127-quaterdecies.'],
      truth: truthOf(t, { no: '2025/0031', issued: iso(...D), due: iso(2025, 3, 21), currency: 'EUR' }),
    });
  }

  // --- Spanish: descuento and portes, CIF letterhead, long dates, vencimiento
  {
    const t = netTotals([
      { d: 'Silla de oficina ergonómica', q: 6, u: 149.0 },
      { d: 'Mesa elevable 160x80', q: 2, u: 389.0 },
      { d: 'Lámpara LED de escritorio', q: 6, u: 34.5 },
    ], { discountPct: 5, shipping: 35.0, rates: [21] });
    const D = [2025, 2, 4];
    docs.push({
      file: 'es-factura-descuento-portes.pdf', lang: 'es',
      head: ['Mobiliario Ortega Hermanos, S.L.', 'Polígono Industrial Las Salinas, nave 14', '30730 San Javier (Murcia)', 'CIF B73948120 · Tel. 968 190 443'],
      headRight: ['pedidos@ortega-mobiliario.example', 'Registro Mercantil de Murcia, T. 2841, F. 112, H. MU-70215'],
      customer: ['Asesoría Fiscal Beltrán, S.L.P.', 'Calle Mayor 9, 2º', '30201 Cartagena', 'NIF B30887124'],
      metaStyle: 'box',
      meta: [['Factura nº', 'A-2025-0318'], ['Fecha', date('long', 'es', D)], ['Nº cliente', '4471'], ['Pedido', 'PED-1190']],
      title: 'FACTURA',
      cols: ['Concepto', 'Uds.', 'Precio', null, 'Importe'], t,
      totals: [['Suma', t.goods], ['Descuento 5 %', -t.discount], ['Portes', t.shipping], ['Base imponible', t.subtotal], ['IVA 21 %', t.tax], ['TOTAL', `${num(t.total, 'es')} €`, true]],
      notes: [`Vencimiento: ${date('long', 'es', [2025, 3, 6])}`, 'Forma de pago: transferencia a ES91 2100 0418 4502 0005 1332'],
      truth: truthOf(t, { no: 'A-2025-0318', issued: iso(...D), due: iso(2025, 3, 6), currency: 'EUR' }),
    });
  }

  // --- Spanish: IVA 10 % and 21 %, breakdown, "a 30 días" (no due date)
  {
    const t = netTotals([
      { d: 'Servicio de catering (menú)', q: 45, u: 28.0, r: 10 },
      { d: 'Alquiler de mantelería', q: 1, u: 95.0, r: 21 },
      { d: 'Personal de sala (horas)', q: 16, u: 22.0, r: 21 },
    ], { rates: [21, 10] });
    const D = [2025, 2, 21];
    docs.push({
      file: 'es-factura-dos-tipos.pdf', lang: 'es', serif: true,
      head: ['Catering La Alacena, S.L.', 'C/ Doctor Fleming 31, 28036 Madrid', 'CIF B86651094'],
      customer: ['Fundación Cultural Retiro', 'Paseo del Prado 12', '28014 Madrid'],
      metaStyle: 'row',
      meta: [['Número de factura', '2025-F-0207'], ['Fecha de emisión', date('slash', 'es', D)], ['Cliente', 'CL-0155']],
      title: 'Factura',
      cols: ['Descripción', 'Cant.', 'Precio unit.', 'IVA', 'Importe'], t,
      totals: [['Base imponible', t.subtotal], ['Cuota IVA', t.tax], ['Total factura', `${num(t.total, 'es')} €`, true]],
      vatTable: { title: 'Desglose de IVA', headers: ['Tipo', 'Base', 'Cuota', 'Total'], rows: t.breakdown.map((b) => [`${b.rate} %`, num(b.net, 'es'), num(b.tax, 'es'), num(b.gross, 'es')]) },
      notes: ['Forma de pago: transferencia bancaria a 30 días fecha factura.'],
      truth: truthOf(t, { no: '2025-F-0207', issued: iso(...D), due: null, currency: 'EUR' }),
    });
  }

  // --- Dutch: korting and verzendkosten, KvK letterhead, long date, "binnen 14 dagen" (no due date)
  {
    const t = netTotals([
      { d: 'Fietsband 28x1.75 reflectie', q: 10, u: 18.95 },
      { d: 'Binnenband 28 inch, ventiel FV', q: 20, u: 4.6 },
      { d: 'Kettingolie 100 ml', q: 12, u: 6.25 },
    ], { discountPct: 10, shipping: 6.95, rates: [21] });
    const D = [2025, 2, 12];
    docs.push({
      file: 'nl-factuur-korting.pdf', lang: 'nl',
      head: ['Tweewieler Groothandel Van Dijk B.V.', 'Havenstraat 61, 3024 SN Rotterdam', 'KvK 71938244 · BTW NL859123765B01', 'IBAN NL91 ABNA 0417 1643 00'],
      headRight: ['T 010 477 2901', 'verkoop@vandijk-fietsen.example'],
      customer: ['Fietsenmaker De Spaak', 'Oude Gracht 140', '3511 AZ Utrecht'],
      metaStyle: 'box',
      meta: [['Factuurnummer', 'VD25-00563'], ['Factuurdatum', date('long', 'nl', D)], ['Klantnummer', '30117'], ['Ordernummer', '2025-1840']],
      title: 'FACTUUR',
      cols: ['Omschrijving', 'Aantal', 'Prijs', null, 'Bedrag'], t,
      totals: [['Subtotaal', t.goods], ['Korting 10%', -t.discount], ['Verzendkosten', t.shipping], ['Totaal excl. btw', t.subtotal], ['Btw 21%', t.tax], ['Totaal incl. btw', `€ ${num(t.total, 'nl')}`, true]],
      notes: ['Wij verzoeken u het bedrag binnen 14 dagen over te maken onder vermelding van het factuurnummer.'],
      truth: truthOf(t, { no: 'VD25-00563', issued: iso(...D), due: null, currency: 'EUR' }),
    });
  }

  // --- Dutch: 9 % and 21 %, breakdown, vervaldatum
  {
    const t = netTotals([
      { d: 'Kookboek "Seizoenen"', q: 8, u: 24.5, r: 9 },
      { d: 'Schort katoen, bedrukt', q: 8, u: 17.0, r: 21 },
      { d: 'Workshop koken (per persoon)', q: 8, u: 45.0, r: 21 },
    ], { rates: [21, 9] });
    const D = [2025, 2, 17];
    docs.push({
      file: 'nl-factuur-twee-tarieven.pdf', lang: 'nl', serif: true,
      head: ['Kookstudio Het Fornuis', 'Lange Voorhout 8, 2514 EE Den Haag', 'KvK 68221409 · btw-id NL003412887B61'],
      customer: ['Stichting Buurtkracht', 't.a.v. de penningmeester', 'Laan van Meerdervoort 300', '2563 AM Den Haag'],
      metaStyle: 'row',
      meta: [['Factuurnr.', '2025-041'], ['Datum', date('dash', 'nl', D)], ['Vervaldatum', date('dash', 'nl', [2025, 3, 3])], ['Uw referentie', 'Teamuitje feb.']],
      title: 'Factuur',
      cols: ['Omschrijving', 'Aantal', 'Stukprijs', 'Btw', 'Bedrag'], t,
      totals: [['Totaal exclusief btw', t.subtotal], ['Totaal btw', t.tax], ['Te betalen', `€ ${num(t.total, 'nl')}`, true]],
      vatTable: { title: 'Btw-specificatie', headers: ['Tarief', 'Grondslag', 'Btw', 'Totaal'], rows: t.breakdown.map((b) => [`${b.rate}%`, num(b.net, 'nl'), num(b.tax, 'nl'), num(b.gross, 'nl')]) },
      truth: truthOf(t, { no: '2025-041', issued: iso(...D), due: iso(2025, 3, 3), currency: 'EUR' }),
    });
  }

  // --- Portuguese: desconto and portes, NIF letterhead, vencimento
  {
    const t = netTotals([
      { d: 'Vinho tinto Douro DOC 0,75 l (cx. 6)', q: 15, u: 41.4 },
      { d: 'Azeite virgem extra 5 l', q: 4, u: 38.9 },
    ], { discountPct: 2, shipping: 18.5, rates: [23] });
    const D = [2025, 2, 10];
    docs.push({
      file: 'pt-fatura-desconto-portes.pdf', lang: 'pt',
      head: ['Quinta do Vale Escuro, Lda.', 'Rua do Comércio 52, 5050-204 Peso da Régua', 'NIF 514 882 190 · Capital social 25.000 €', 'Tel. 254 310 778 · geral@valeescuro.example'],
      customer: ['Garrafeira Central, Unipessoal Lda.', 'Avenida da Liberdade 201', '1250-142 Lisboa', 'NIF 509 771 320'],
      metaStyle: 'box',
      meta: [['Fatura', 'FT 2025/142'], ['Data', date('iso', 'pt', D)], ['Vencimento', date('iso', 'pt', [2025, 3, 12])], ['N.º cliente', '0318'], ['Encomenda', 'EC 2025/27']],
      title: 'FATURA',
      cols: ['Descrição', 'Qtd.', 'Preço unit.', null, 'Valor'], t,
      totals: [['Total ilíquido', t.goods], ['Desconto comercial 2%', -t.discount], ['Portes', t.shipping], ['Total sem IVA', t.subtotal], ['IVA 23%', t.tax], ['Total documento', `${num(t.total, 'pt')} €`, true]],
      notes: ['IBAN PT50 0002 0123 1234 5678 9015 4', 'ATCUD: JF7K2M4P-142'],
      truth: truthOf(t, { no: 'FT 2025/142', issued: iso(...D), due: iso(2025, 3, 12), currency: 'EUR' }),
    });
  }

  // --- Portuguese: 23 % and 6 %, resumo, long date, "30 dias" (no due date)
  {
    const t = netTotals([
      { d: 'Livro técnico "Redes Elétricas"', q: 10, u: 32.0, r: 6 },
      { d: 'Pen USB 64 GB com conteúdos', q: 10, u: 12.5, r: 23 },
      { d: 'Formação presencial (horas)', q: 6, u: 55.0, r: 23 },
    ], { rates: [23, 6] });
    const D = [2025, 2, 18];
    docs.push({
      file: 'pt-fatura-duas-taxas.pdf', lang: 'pt', serif: true,
      head: ['Edições Atlântico, S.A.', 'Rua de Santa Catarina 410, 4000-447 Porto', 'Contribuinte n.º 503 118 245'],
      customer: ['Escola Profissional do Minho', 'Largo do Paço 3', '4700-320 Braga'],
      metaStyle: 'lines',
      meta: [`Fatura n.º EA 2025/0093`, `Porto, ${date('long', 'pt', D)}`],
      title: 'Fatura',
      cols: ['Designação', 'Qtd.', 'Preço', 'IVA', 'Total'], t,
      totals: [['Total líquido', t.subtotal], ['Total IVA', t.tax], ['Total a pagar', `${num(t.total, 'pt')} EUR`, true]],
      vatTable: { title: 'Resumo do IVA', headers: ['Taxa', 'Incidência', 'Valor IVA', 'Total'], rows: t.breakdown.map((b) => [`${b.rate}%`, num(b.net, 'pt'), num(b.tax, 'pt'), num(b.gross, 'pt')]) },
      notes: ['Condições de pagamento: 30 dias após a data da fatura.'],
      truth: truthOf(t, { no: 'EA 2025/0093', issued: iso(...D), due: null, currency: 'EUR' }),
    });
  }

  // --- Polish: rabat, transport, 23 % and 8 %, long date, "Słownie", termin in days (no due date)
  {
    const t = netTotals([
      { d: 'Kostka brukowa szara 8 cm (m²)', q: 60, u: 42.0, r: 23 },
      { d: 'Usługa układania kostki (m²)', q: 60, u: 55.0, r: 8 },
      { d: 'Krawężnik drogowy 100x30x15', q: 24, u: 31.5, r: 23 },
    ], { rates: [23, 8] });
    const D = [2025, 2, 14];
    docs.push({
      file: 'pl-faktura-dwie-stawki.pdf', lang: 'pl', ttf: true,
      head: ['Bruk-Bud Zieliński Sp. z o.o.', 'ul. Przemysłowa 17, 61-003 Poznań', 'NIP 782-281-44-19 · REGON 301882764 · KRS 0000412290', 'tel. 61 827 44 10 · biuro@brukbud.example'],
      customer: ['Nabywca:', 'Wspólnota Mieszkaniowa „Zielone Tarasy”', 'ul. Głogowska 88', '60-263 Poznań', 'NIP 779-238-77-01'],
      customerLabel: null,
      metaStyle: 'lines',
      meta: [`Faktura VAT nr 0027/02/2025`, `Poznań, ${date('long', 'pl', D)}`, `Data sprzedaży: ${date('long', 'pl', [2025, 2, 12])}`],
      title: 'FAKTURA VAT',
      cols: ['Nazwa towaru lub usługi', 'Ilość', 'Cena netto', 'VAT', 'Wartość netto'], t,
      totals: [['Razem netto', t.subtotal], ['Razem VAT', t.tax], ['Razem brutto', `${num(t.total, 'pl')} zł`, true]],
      vatTable: { title: 'Zestawienie VAT', headers: ['Stawka', 'Netto', 'VAT', 'Brutto'], rows: t.breakdown.map((b) => [`${b.rate}%`, num(b.net, 'pl'), num(b.tax, 'pl'), num(b.gross, 'pl')]) },
      notes: [`Do zapłaty: ${num(t.total, 'pl')} PLN`, 'Sposób płatności: przelew, termin płatności 14 dni', 'Nr rachunku: PL61 1090 1014 0000 0712 1981 2874'],
      truth: truthOf(t, { no: '0027/02/2025', issued: iso(...D), due: null, currency: 'PLN' }),
    });
  }

  // --- Polish: rabat and transport, ISO dates, termin płatności date
  {
    const t = netTotals([
      { d: 'Papier ksero A4 (karton)', q: 12, u: 98.0 },
      { d: 'Segregator A4/75 niebieski', q: 40, u: 7.9 },
      { d: 'Długopis żelowy (op. 12 szt.)', q: 10, u: 21.0 },
    ], { discountPct: 4, shipping: 25.0, rates: [23] });
    const D = [2025, 2, 20];
    docs.push({
      file: 'pl-faktura-rabat-transport.pdf', lang: 'pl', ttf: true,
      head: ['Biuro-Serwis Kowalczyk Sp. j.', 'ul. Piotrkowska 210, 90-361 Łódź', 'NIP 727-014-55-82 · BDO 000128441'],
      headRight: ['tel. 42 636 10 20', 'faktury@biuroserwis.example'],
      customer: ['Kancelaria Notarialna', 'Ewa Wróblewska', 'al. Kościuszki 45/3', '90-436 Łódź'],
      metaStyle: 'box',
      meta: [['Faktura nr', 'FS-2025-0219'], ['Data wystawienia', date('iso', 'pl', D)], ['Data dostawy', date('iso', 'pl', [2025, 2, 19])], ['Nr zamówienia', 'ZAM/2025/388'], ['Termin płatności', date('iso', 'pl', [2025, 3, 6])]],
      title: 'Faktura',
      cols: ['Towar', 'Ilość', 'Cena netto', null, 'Wartość netto'], t,
      totals: [['Wartość towarów', t.goods], ['Rabat 4%', -t.discount], ['Transport', t.shipping], ['Razem netto', t.subtotal], ['VAT 23%', t.tax], ['Do zapłaty', `${num(t.total, 'pl')} zł`, true]],
      notes: ['Przelew na konto: PL27 1140 2004 0000 3002 0135 5387'],
      truth: truthOf(t, { no: 'FS-2025-0219', issued: iso(...D), due: iso(2025, 3, 6), currency: 'PLN' }),
    });
  }

  // --- English (UK): VAT reg no, company no, sort code, discount, delivery, "30 days net" (no due date)
  {
    const t = netTotals([
      { d: 'Oak veneer panel 2440x1220x18', q: 14, u: 46.8 },
      { d: 'Edging tape oak 22 mm x 50 m', q: 6, u: 12.4 },
      { d: 'Hinge soft-close 110° (pair)', q: 25, u: 3.95 },
    ], { discountPct: 5, shipping: 38.0, rates: [20] });
    const D = [2025, 2, 14];
    docs.push({
      file: 'en-gb-invoice-trade.pdf', lang: 'en', money: (n) => `£${num(n, 'en')}`.replace('£-', '-£'),
      head: ['Ashby Timber Supplies Ltd', 'Unit 7, Canal Wharf, Leicester LE3 5DW', 'VAT Reg. No. GB 284 6619 37 · Company No. 08817342', 'Tel 0116 496 0732 · accounts@ashbytimber.example'],
      customer: ['Invoice to:', 'Fenwick Kitchens', '12 Market Street', 'Market Harborough LE16 7AF'],
      customerLabel: 'Invoice to:',
      metaStyle: 'box',
      meta: [['Invoice No.', 'AT-104392'], ['Invoice / tax point date', date('long', 'en', D)], ['Account No.', 'FEN001'], ['Your order', 'PO 5521'], ['Delivery note', 'DN 88304']],
      title: 'INVOICE',
      cols: ['Description', 'Qty', 'Unit price', null, 'Net'], t,
      totals: [['Goods', t.goods], ['Trade discount 5%', -t.discount], ['Delivery', t.shipping], ['Net total', t.subtotal], ['VAT @ 20%', t.tax], ['Invoice total', t.total, true]],
      notes: ['Terms: 30 days net.', 'Bank: Sort code 20-45-77 · Account 53017744 · Ref AT-104392'],
      footer: ['Registered in England and Wales No. 08817342. Registered office: Unit 7, Canal Wharf, Leicester LE3 5DW.'],
      truth: truthOf(t, { no: 'AT-104392', issued: iso(...D), due: null, currency: 'GBP' }),
    });
  }

  // --- English (US): invoice #, PO, customer ID, sales tax, shipping, due date long
  {
    const t = netTotals([
      { d: 'Wireless access point AX3000', q: 6, u: 189.0 },
      { d: 'Cat6 patch cable 10 ft (25 pack)', q: 2, u: 64.5 },
      { d: 'On-site installation (hours)', q: 5, u: 95.0 },
    ], { rates: [8.875] });
    const D = [2025, 2, 17];
    docs.push({
      file: 'en-us-invoice-sales-tax.pdf', lang: 'en', money: (n) => `$${num(n, 'en')}`,
      head: ['Brightline Network Services, Inc.', '410 Harbor Blvd, Suite 220', 'Long Island City, NY 11101', 'Phone (212) 555-0147 · EIN 84-2973316'],
      customer: ['BILL TO', 'Greenpoint Dental Group', '88 Manhattan Ave', 'Brooklyn, NY 11222'],
      customerLabel: 'BILL TO',
      metaStyle: 'box',
      meta: [['Invoice #', '20250217-03'], ['Date', date('uslong', 'en', D)], ['Customer ID', 'GDG-118'], ['P.O. #', '7781'], ['Due Date', date('uslong', 'en', [2025, 3, 19])]],
      title: 'INVOICE',
      cols: ['Item', 'Qty', 'Rate', null, 'Amount'], t,
      totals: [['Subtotal', t.subtotal], ['Sales tax (8.875%)', t.tax], ['Total', t.total, true], ['Payments/Credits', 0], ['Balance Due (USD)', t.total, true]],
      notes: ['Thank you for your business. Please pay by ACH: routing 021000021, account 4401 8839 12.'],
      truth: truthOf(t, { no: '20250217-03', issued: iso(...D), due: iso(2025, 3, 19), currency: 'USD' }),
    });
  }

  // --- English (IE): two pages, 23 % and 13.5 %, totals on page 2
  {
    const names = ['Copper pipe 15 mm x 3 m', 'Compression elbow 15 mm', 'Isolating valve 15 mm', 'Radiator 600x1000 double', 'Thermostatic valve pair', 'PTFE tape', 'Pipe clip 15 mm (10)', 'Boiler service (labour)', 'Pressure relief valve', 'Flexible tap connector'];
    const items = [];
    for (let i = 0; i < 44; i++) {
      const n = names[i % names.length];
      const labour = n.includes('labour');
      items.push({ d: `${n}${i >= names.length ? ` - site ${1 + Math.floor(i / names.length)}` : ''}`, q: 1 + ((i * 7) % 5), u: [8.4, 2.15, 6.9, 142.0, 38.5, 0.95, 3.6, 85.0, 24.8, 7.25][i % names.length], r: labour ? 13.5 : 23 });
    }
    const t = netTotals(items, { rates: [23, 13.5] });
    const D = [2025, 2, 21];
    docs.push({
      file: 'en-ie-invoice-two-pages.pdf', lang: 'en', money: (n) => `€${num(n, 'en')}`,
      head: ['Kilbride Plumbing & Heating Ltd', '23 Dock Road, Limerick V94 X2K7', 'VAT No. IE 3318742KH · CRO 617720', 'Tel 061 448 210'],
      customer: ['Shannon View Apartments Management CLG', 'Ennis Road', 'Limerick V94 T6R2'],
      metaStyle: 'box',
      meta: [['Invoice Number', 'KPH-5531'], ['Invoice Date', date('slash', 'en', D)], ['Due Date', date('slash', 'en', [2025, 3, 23])], ['Job Ref', 'J-2025-114']],
      title: 'Invoice',
      cols: ['Description', 'Qty', 'Unit', 'VAT', 'Net'], t,
      contHead: 'Kilbride Plumbing & Heating Ltd - Invoice KPH-5531 (continued)',
      pageFoot: (p) => `Page ${p} of 2`,
      totals: [['Net amount', t.subtotal], ['VAT', t.tax], ['Total due', t.total, true]],
      vatTable: { title: 'VAT analysis', headers: ['Rate', 'Net', 'VAT', 'Gross'], rows: t.breakdown.map((b) => [`${b.rate}%`, num(b.net, 'en'), num(b.tax, 'en'), num(b.gross, 'en')]) },
      notes: ['Payment by EFT to IBAN IE29 AIBK 9311 5212 3456 78, BIC AIBKIE2D.'],
      truth: truthOf(t, { no: 'KPH-5531', issued: iso(...D), due: iso(2025, 3, 23), currency: 'EUR' }),
    });
  }

  // --- English (AU): tax invoice, ABN, prices incl. GST, long due date
  {
    const t = grossTotals([
      { d: 'Garden design consultation', q: 2, u: 165.0 },
      { d: 'Native plant tubestock (tray of 50)', q: 6, u: 88.0 },
      { d: 'Mulch delivery 6 m³', q: 1, u: 396.0 },
    ], 10);
    const D = [2025, 2, 18];
    docs.push({
      file: 'en-au-tax-invoice-gst.pdf', lang: 'en', money: (n) => `$${num(n, 'en')}`,
      head: ['Wattle & Fern Landscapes Pty Ltd', '5/18 Kembla Street, Wollongong NSW 2500', 'ABN 51 824 753 556', 'Ph 02 4228 1190 · hello@wattlefern.example'],
      customer: ['Bill To', 'Mr Daniel Okafor', '27 Bulli Pass Road', 'Thirroul NSW 2515'],
      customerLabel: 'Bill To',
      metaStyle: 'box',
      meta: [['Invoice No.', '004417'], ['Issue Date', date('slash', 'en', D)], ['Due Date', date('long', 'en', [2025, 3, 4])], ['Quote Ref', 'Q-2231']],
      title: 'TAX INVOICE',
      cols: ['Description', 'Qty', 'Price (inc GST)', null, 'Amount (inc GST)'], t,
      totals: [['Total (ex GST)', t.subtotal], ['GST', t.tax], ['Total AUD (inc GST)', t.total, true]],
      notes: ['Direct deposit: BSB 062-000, Account 1234 5678, Ref 004417.'],
      truth: truthOf(t, { no: '004417', issued: iso(...D), due: iso(2025, 3, 4), currency: 'AUD' }),
    });
  }

  // --- Credit notes
  {
    const t = netTotals([
      { d: 'Rücknahme: Druckmanometer 0-250 bar', q: 2, u: 64.0 },
      { d: 'Rücknahme: Dichtungssatz NBR', q: 1, u: 22.5 },
    ], { rates: [19] });
    const neg = { ...t, lines: t.lines.map((l) => ({ ...l, q: -l.q, amount: -l.amount })) };
    const D = [2025, 2, 24];
    docs.push({
      file: 'de-rechnungskorrektur.pdf', lang: 'de',
      head: ['Hollmann Fluidtechnik GmbH', 'Gewerbering 22 · 59494 Soest', 'USt-IdNr.: DE318274659', 'Telefon 02921 48 77 0'],
      customer: ['Landtechnik Brockmeier OHG', 'Hofstraße 3', '33129 Delbrück'],
      metaStyle: 'box',
      meta: [['Korrektur-Nr.', 'RK-2025-0021'], ['Datum', date('dot', 'de', D)], ['zu Rechnung', '2025-00318 vom 11.02.2025'], ['Kunden-Nr.', '20417']],
      title: 'Rechnungskorrektur',
      cols: ['Bezeichnung', 'Menge', 'Einzelpreis €', null, 'Gesamt €'], t: neg,
      totals: [['Nettobetrag', -t.subtotal], ['19 % MwSt.', -t.tax], ['Gutschriftsbetrag EUR', -t.total, true]],
      notes: ['Der Betrag wird mit Ihrer nächsten Zahlung verrechnet.'],
      truth: truthOf(t, { no: 'RK-2025-0021', issued: iso(...D), due: null, currency: 'EUR', type: 'credit_note', sign: -1 }),
    });
  }
  {
    const t = netTotals([{ d: 'Oak veneer panel 2440x1220x18 (damaged in transit)', q: 2, u: 46.8 }], { rates: [20] });
    const D = [2025, 2, 26];
    docs.push({
      file: 'en-gb-credit-note.pdf', lang: 'en', money: (n) => `£${num(n, 'en')}`,
      head: ['Ashby Timber Supplies Ltd', 'Unit 7, Canal Wharf, Leicester LE3 5DW', 'VAT Reg. No. GB 284 6619 37'],
      customer: ['Fenwick Kitchens', '12 Market Street', 'Market Harborough LE16 7AF'],
      metaStyle: 'box',
      meta: [['Credit Note No.', 'CN-00457'], ['Date', date('slash', 'en', D)], ['Original invoice', 'AT-104392'], ['Invoice date', date('slash', 'en', [2025, 2, 14])]],
      title: 'CREDIT NOTE',
      cols: ['Description', 'Qty', 'Unit price', null, 'Net'], t,
      totals: [['Net credit', t.subtotal], ['VAT @ 20%', t.tax], ['Total credit', t.total, true]],
      notes: ['This amount has been credited to your account FEN001.'],
      truth: truthOf(t, { no: 'CN-00457', issued: iso(...D), due: null, currency: 'GBP', type: 'credit_note' }),
    });
  }
  {
    const t = netTotals([{ d: 'Devolução: Azeite virgem extra 5 l', q: 2, u: 38.9 }], { rates: [23] });
    const D = [2025, 2, 27];
    docs.push({
      file: 'pt-nota-de-credito.pdf', lang: 'pt',
      head: ['Quinta do Vale Escuro, Lda.', 'Rua do Comércio 52, 5050-204 Peso da Régua', 'NIF 514 882 190'],
      customer: ['Garrafeira Central, Unipessoal Lda.', 'Avenida da Liberdade 201', '1250-142 Lisboa'],
      metaStyle: 'lines',
      meta: [`Nota de crédito NC 2025/9 de ${date('long', 'pt', D)}`, 'Referente à fatura FT 2025/142 de 2025-02-10', 'Motivo: produto danificado no transporte'],
      title: 'NOTA DE CRÉDITO',
      cols: ['Descrição', 'Qtd.', 'Preço unit.', null, 'Valor'], t,
      totals: [['Total sem IVA', t.subtotal], ['IVA 23%', t.tax], ['Total a creditar', `${num(t.total, 'pt')} €`, true]],
      truth: truthOf(t, { no: 'NC 2025/9', issued: iso(...D), due: null, currency: 'EUR', type: 'credit_note' }),
    });
  }

  // --- Till receipts (thermal print, OCR)
  docs.push({
    file: 'de-kassenbon-drogerie.jpg',
    receipt: [['DROGERIE LINDNER', 'bc'], ['Bahnhofstr. 12, 79098 Freiburg', 'c'], ['Tel. 0761 2920 44', 'c'], ['UST-ID DE219384756', 'c'], '',
      row('Zahnpasta Kräuter', '1,95 B'), row('Duschgel 250ml', '2,45 B'), row('Waschmittel 20WL', '5,99 B'), row('Handcreme', '3,25 B'), row('Pfand', '0,25 A'),
      '----------------------------------------', [row('SUMME EUR', '13,89', 26), 'bbig'], row('Geg. EC-Karte', '13,89'), '',
      row('MwSt   Netto   Steuer  Brutto', ''), row('A 7%    0,23    0,02    0,25', ''), row('B 19%  11,46    2,18   13,64', ''), '',
      row('20.02.2025 18:07', 'Bon 4471'), row('Kasse 2', 'Bed. 07'), ['Vielen Dank für Ihren Einkauf!', 'c']],
    truth: { invoiceDate: '2025-02-20', total: 13.89, currency: 'EUR', documentType: 'receipt' },
  });
  docs.push({
    file: 'fr-ticket-boulangerie.jpg',
    receipt: [['BOULANGERIE DU MARCHE', 'bc'], ['8 place du Marché 33000 Bordeaux', 'c'], ['SIRET 512 889 447 00019', 'c'], '',
      row('2 x BAGUETTE TRADITION 1,30', '2,60'), row('CROISSANT BEURRE', '1,20'), row('TARTE AUX POMMES 6P', '16,50'), row('CAFE', '1,80'),
      '----------------------------------------', [row('TOTAL', '22,10 EUR', 26), 'bbig'], row('CB SANS CONTACT', '22,10'), '',
      row('TVA 5,5%  HT 19,24  TVA 1,06', ''), row('TVA 10%   HT  1,64  TVA 0,16', ''), '',
      row('Le 19/02/2025 a 08:42', 'Ticket 0193'), ['MERCI DE VOTRE VISITE', 'c']],
    truth: { invoiceDate: '2025-02-19', total: 22.1, currency: 'EUR', documentType: 'receipt' },
  });
  docs.push({
    file: 'es-ticket-supermercado.jpg',
    receipt: [['SUPERMERCADOS LA HUERTA', 'bc'], ['C/ San Vicente 44 - 46002 Valencia', 'c'], ['NIF B46211873', 'c'], ['FACTURA SIMPLIFICADA', 'c'], ['Nº 0044-218731', 'c'], '',
      row('NARANJAS MALLA 3KG', '3,49'), row('LECHE ENTERA 6x1L', '5,34'), row('ACEITE OLIVA 1L', '8,95'), row('PAN DE MOLDE', '1,65'), row('DETERGENTE 40 LAV', '7,20'),
      '----------------------------------------', [row('TOTAL (EUR)', '26,63', 26), 'bbig'], row('EFECTIVO', '30,00'), row('CAMBIO', '3,37'), '',
      row('IVA  BASE   CUOTA', ''), row(' 4%  18,68    0,75', ''), row('21%   5,95    1,25', ''), '',
      row('21/02/2025  19:31', 'CAJA 03'), ['GRACIAS POR SU COMPRA', 'c']],
    truth: { invoiceDate: '2025-02-21', total: 26.63, currency: 'EUR', documentType: 'receipt' },
  });
  docs.push({
    file: 'en-gb-till-receipt.jpg',
    receipt: [['THE CORNER HARDWARE CO', 'bc'], ['41 High Street, Hebden Bridge HX7 8AB', 'c'], ['VAT No: GB 377 1928 04', 'c'], '',
      row('WOOD SCREWS 4X40 (200)', '6.49'), row('MASKING TAPE 25MM', '2.99'), row('SANDPAPER ASSORTED', '4.50'), row('PAINT BRUSH SET', '8.99'),
      '----------------------------------------', row('4 ITEMS', ''), [row('TOTAL', '£22.97', 26), 'bbig'], row('CASH', '£30.00'), row('CHANGE', '£7.03'), '',
      row('VAT 20% INCLUDED', '£3.83'), '',
      row('22/02/2025 11:15', 'TILL 1'), row('RECEIPT NO 008812', ''), ['THANK YOU FOR SHOPPING LOCAL', 'c']],
    truth: { invoiceDate: '2025-02-22', total: 22.97, currency: 'GBP', documentType: 'receipt' },
  });

  return docs;
}

