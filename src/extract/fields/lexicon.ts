/**
 * The label lexicon: the words invoices and receipts put next to their fields, in English, German,
 * French, Dutch, Spanish, Italian, Portuguese and Polish, plus till-receipt wording. Each class is a
 * list of phrases; `cue(text)` says which classes a piece of text (a label cell, the words left of a
 * value) shows. The scoring model (model.ts) learns how much each class counts for each field, so
 * this file only says what words mean, never how much they weigh; it knows no vendor. Phrases are
 * regex sources matched case-insensitively on whole words (letters either side stop a match),
 * accents as written (OCR and PDFs keep them); `\s*` lets a phrase span layouts' spaces.
 */
import { BALKAN_AMOUNT_CUES, BALKAN_DATE_CUES, BALKAN_DOCUMENT_CUES, BALKAN_NUMBER_CUES } from './lexicon-balkan.js';
import { IBERIAN_AMOUNT_CUES, IBERIAN_DATE_CUES } from './lexicon-iberian.js';
import { ISLES_AMOUNT_CUES, ISLES_DATE_CUES, ISLES_DOCUMENT_CUES, ISLES_NUMBER_CUES } from './lexicon-isles.js';
import { DEADLINE_DATE_CUES, PERIOD_DATE_CUES, SIGNING_DATE_CUES } from './lexicon-periods.js';
import { HOLDER_NUMBER_CUES } from './lexicon-holders.js';
import { COMPOUND_TAX } from './lexicon-direct-tax.js';

/** Amount label classes. */
export const AMOUNT_CUES = {
  /** A grand total, with tax ("total incl. VAT", "Bruttosumme", "Total TTC"). */
  totalStrong: [
    'grand\\s*total', 'total\\s*amount', 'invoice\\s*total', 'total\\s*(?:incl|inc|including|inclusive)\\.?', 'total\\s*(?:sales\\s*)?(?:incl|inclusive)', 'total\\s*payable', 'amount\\s*payable',
    'total\\s*ttc', 'total\\s*tvac', 'montant\\s*(?:total\\s*)?ttc', 'total\\s*toutes\\s*taxes', 'montant\\s*total',
    'gesamt\\s*-?\\s*betrag', 'gesamt\\s*-?\\s*summe', 'brutto\\s*-?\\s*summe', 'brutto\\s*-?\\s*betrag', 'rechnungs\\s*-?\\s*betrag', 'rechnungs\\s*-?\\s*summe', 'end\\s*-?\\s*betrag', 'end\\s*-?\\s*summe', 'gesamt\\s*brutto', 'summe\\s*brutto', 'gutschrifts\\s*-?\\s*betrag', 'erstattungs\\s*-?\\s*betrag',
    'totaalbedrag', 'factuurbedrag', 'totaal\\s*(?:incl|inclusief)', 'te\\s*betalen\\s*bedrag',
    'importe\\s*total', 'total\\s*factura', 'total\\s*con\\s*iva', 'totale\\s*(?:fattura|documento|complessivo|ivato)', 'valor\\s*total', 'total\\s*geral', 'total\\s*(?:do\\s*)?documento',
    'warto[śs][ćc]\\s*brutto', 'razem\\s*brutto', 'suma\\s*brutto', 'kwota\\s*brutto',
    'total\\s*(?:a\\s*)?creditar', 'total\\s*credit', 'credit\\s*total', 'total\\s*(?:de\\s*l[\'’])?avoir', 'nett\\s*total', 'total\\s*after\\s*(?:adj|rounding)\\S*', 'rounded\\s*total', 'total\\s*rounded', 'total\\s*sales',
  ],
  /** The bare word total or sum. */
  totalWeak: ['total', 'totaal', 'totale', 'totals', 'summe', 'gesamt', 'gesamtpreis', 'razem', 'suma', 'sum', 'betrag', 'montant', 'importe', 'bedrag', 'amount', 'amt', 'tot'],
  /** What is left to pay (may differ from the total after prepayments). */
  due: [
    'amount\\s*due', 'balance\\s*due', 'total\\s*due', 'balance', 'amount\\s*to\\s*pay', 'please\\s*pay', 'pay\\s*this\\s*amount', 'due\\s*amount', 'outstanding',
    'net\\s*[àa]\\s*payer', '[àa]\\s*payer', 'reste\\s*[àa]\\s*payer', '[àa]\\s*r[ée]gler', 'reste\\s*[àa]\\s*r[ée]gler', 'montant\\s*d[ûu]', 'solde',
    'zahlbetrag', 'zu\\s*zahlen(?:der\\s*betrag)?', 'offener\\s*betrag', 'restbetrag', 'zahlbar',
    'te\\s*betalen', 'openstaand', 'a\\s*pagar', 'importe\\s*a\\s*pagar', 'da\\s*pagare', 'netto\\s*a\\s*pagare', 'do\\s*zap[łl]aty', 'valor\\s*a\\s*pagar',
    // What a credit note or correction pays back: its total, negative.
    '(?:amount\\s*)?to\\s*be\\s*refunded', 'refund\\s*(?:due|amount)', 'amount\\s*refunded', '(?:montant\\s*)?[àa]\\s*rembourser', 'zu\\s*erstatten(?:der\\s*betrag)?',
    'terug\\s*te\\s*(?:betalen|ontvangen)', 'a\\s*(?:reembolsar|devolver|restituir)', 'da\\s*rimborsare', 'do\\s*zwrotu',
  ],
  /** Amount before tax. */
  net: [
    'sub\\s*-?\\s*total', 'subtotaal', 'net\\s*(?:amount|total|value)', 'total\\s*net', 'amount\\s*untaxed', 'before\\s*tax(?:es)?', 'avant\\s*(?:les\\s*)?taxes?', 'vor\\s*steuern', 'antes\\s*de\\s*(?:impuestos|impostos)', 'total\\s*excl\\S*', 'total\\s*exkl\\S*', 'total\\s*excluding',
    'total\\s*ht', 'montant\\s*ht', 'hors\\s*tax\\S*', 'total\\s*hors', 'ht', 'htva', 'hors\\s*tva',
    'nettobetrag', 'netto\\s*betrag', 'nettosumme', 'summe\\s*netto', 'gesamt\\s*netto', 'zwischensumme', 'warenwert', 'positionssumme', 'summe\\s*positionen', 'netto(?!\\s*a\\s*pagare)', 'ohne\\s*(?:ust|mwst|umsatzsteuer)',
    'exclusief\\s*btw', 'excl\\.?\\s*btw', 'base\\s*imponible', 'imponibile', 'incid[êe]ncia', 'valor\\s*l[íi]quido', 'total\\s*l[íi]quido', 'sem\\s*iva', 'warto[śs][ćc]\\s*netto', 'razem\\s*netto', 'ex\\.?\\s*(?:gst|vat|tax)', 'net',
  ],
  /** The tax amount; a German compound ending in "steuer" names a tax, but for the taxes on owning or earning (lexicon-direct-tax.ts). */
  tax: [
    'vat', 'tax', 'taxes', 'gst', 'sst', 'hst', 'pst', 'mwst', 'ust', 'umsatzsteuer', 'mehrwertsteuer', 'steuer', COMPOUND_TAX, 'steuerbetrag', 'tva', 'btw', 'iva', 'impuesto', 'imposta', 'imposto', 'podatek', 'kwota\\s*vat', 'ptu', 'sales\\s*tax', 'tax\\s*amount', 'cgst', 'sgst', 'igst',
  ],
  /** Words that make a total label say "with tax". */
  incl: ['incl\\S*', 'inkl\\S*', 'including', 'inclusive', 'ttc', 'brutto', 'gross', 'with\\s*(?:vat|tax|gst)', 'toutes\\s*taxes', 'tvac', 'tva\\s*comprise', 'ivato', 'con\\s*iva', 'incluido'],
  /** Words that make a total label say "without tax". */
  excl: ['excl\\S*', 'ex\\.?(?=\\s*(?:gst|vat|tax))', 'exkl\\S*', 'excluding', 'exclusive', 'ht', 'htva', 'h\\.t\\.', 'hors', 'netto(?!\\s*a\\s*pagare)', 'ohne', 'zonder', 'before', 'avant(?=\\s*(?:les\\s*)?tax)', 'vor(?=\\s*steuern)', 'antes(?=\\s*de\\s*impu?[eo]s)', 'sans', 'sin\\s*iva', 'senza', 'sem', 'untaxed', 'net(?!\\s*[àa]\\s*payer)'],
  /**
   * Costs outside VAT passed on at cost (outside.ts): a lawyer's court fees, disbursements, "durchlaufende
   * Posten", "débours". Their label often says "without VAT" too, which makes them no net amount.
   */
  outside: [
    'durchlaufende[rn]?\\s*posten', 'gerichtskosten', 'gerichtsgeb[üu]hr\\S*', 'verauslagte\\S*', 'nicht\\s*(?:umsatz)?steuerbar\\S*',
    'disbursements?', 'outside\\s*(?:the\\s*)?scope\\s*of\\s*(?:vat|gst|tax)', 'not\\s*subject\\s*to\\s*(?:vat|gst|tax)', 'court\\s*fees?',
    'd[ée]bours', 'non\\s*soumis\\s*[àa]\\s*(?:la\\s*)?tva', 'hors\\s*champ\\s*(?:de\\s*(?:la\\s*)?tva)?', 'frais\\s*de\\s*greffe',
    'verschotten', 'niet\\s*onderworpen\\s*aan\\s*(?:de\\s*)?btw', 'suplidos', 'no\\s*sujet[oa]s?\\s*(?:a\\s*)?iva', 'fuori\\s*campo\\s*(?:di\\s*applicazione\\s*)?(?:dell[\'’]\\s*)?iva',
    // A tourist tax on a hotel bill: a levy per night outside VAT.
    'taxe\\s*de\\s*s[ée]jour', 'kurtaxe', 'ortstaxe', 'kurbeitrag', 'city\\s*tax', 'tourist\\s*tax', 'imposta\\s*di\\s*soggiorno', 'tasa\\s*tur[íi]stica', 'toeristenbelasting',
    // Stamp duty passed on at cost (a French "timbre fiscal", an Italian "marca da bollo", a lawyer's "droit de plaidoirie").
    'timbres?\\s*fiscal\\S*', 'droits?\\s*de\\s*timbre', 'droits?\\s*de\\s*plaidoirie', 'stempelgeb[üu]hr\\S*', 'stempelmarke\\S*', 'stamp\\s*dut(?:y|ies)', '(?:marca|imposta)\\s*(?:da|di)\\s*bollo', 'imposto\\s*(?:do\\s*)?selo', 'zegel\\s*recht\\S*',
    'spese\\s*anticipate', 'n[ãa]o\\s*sujeit[oa]s?\\s*(?:a\\s*)?iva', 'niepodlegaj\\S*\\s*(?:opodatkowaniu|vat)', 'nie\\s*podlega\\S*\\s*(?:opodatkowaniu|vat)',
  ],
  /**
   * A tip added at the table or the card terminal (tips.ts): not part of the bill, part of what was paid.
   * Like an amount outside VAT, it stands between the bill's net and tax and the total paid.
   */
  tip: ['tips?', 'gratuity', 'gratuities', 'pourboire', 'trinkgeld', 'fooi', 'propina', 'mancia', 'gorjeta', 'napiwek', 'drikkepenge', 'drikkepenger', 'dricks', 'spropitn[ée]'],
  discount: ['discount', 'disc', 'rabatt', 'nachlass', 'skonto', 'remise', 'r[ée]duction', 'rabais', 'korting', 'descuento', 'desconto', 'dto', 'sconto', 'rabat', 'promo\\S*', 'voucher', 'coupon', 'savings?', 'less'],
  /** Money handed over at a till, or a payment method. */
  tendered: ['cash', 'tendered', 'paid', 'payment', 'card', 'visa', 'master\\s*card', 'mastercard', 'amex', 'debit', 'credit\\s*card', 'received', 'bar', 'bargeld', 'gegeben', 'kreditkarte', 'esp[èe]ces', 'pay[ée]', 'betaald', 'pagado', 'pagato', 'efectivo', 'contanti', 'got[óo]wka', 'zap[łl]acono', 'eftpos', 'nets'],
  // "Zurück" is what a German till prints for the change given back ("BARGELD 20,00 / ZURÜCK 1,17").
  change: ['change', 'change\\s*due', 'r[üu]ckgeld', 'wechselgeld', 'zur[üu]ck', 'monnaie', 'rendu', 'wisselgeld', 'cambio', 'vuelto', 'resto', 'reszta', 'balance\\s*change'],
  /** Paid before this document (deposits, progress payments). */
  prepaid: ['prepaid', 'deposit', 'advance', 'already\\s*paid', 'acompte', 'd[ée]j[àa]\\s*(?:vers[ée]|pay[ée])', 'anzahlung\\S*', 'vorauszahlung\\S*', 'abschlagszahlung\\S*', 'bereits\\s*(?:bezahlt|gezahlt)', 'aanbetaling', 'voorschot\\S*', 'anticipo', 'zaliczka',
    // Czech and Slovak "záloha" (an advance: "Odpočet zálohy", "Uhradená záloha"), the South Slavs' "avans" and "predujam".
    'z[áa]loh\\S*', 'avans\\S*', 'predujam\\S*',
    // Earlier partial invoices deducted on a final one (Schlussrechnung, situation de travaux, progress billing).
    'abschlagsrechnung\\S*', 'teilrechnung\\S*', 'anzahlungsrechnung\\S*', 'previously\\s*(?:invoiced|billed|paid)', 'payments?\\s*on\\s*account',
    'situations?\\s*pr[ée]c[ée]dentes?', 'factur[ée]s?\\s*pr[ée]c[ée]demment', 'd[ée]j[àa]\\s*factur[ée]s?', 'eerder\\s*gefactureerd', 'deelfactu\\S*'],
  rounding: ['rounding', 'round\\s*(?:adj\\S*|off)', 'rounded', 'arrondi', 'rundung', 'afronding', 'redondeo', 'arrotondamento', 'zaokr\\S*', 'adj\\S*'],
  shipping: ['shipping', 'delivery', 'freight', 'postage', 'carriage', 'versand\\S*', 'fracht', 'porto', 'frais\\s*de\\s*port', 'livraison', 'verzend\\S*', 'env[íi]o', 'spedizione', 'transporte', 'trasporto', 'transport', 'portes'],
  /** Line-item columns and quantities. */
  item: ['qty', 'quantity', 'unit\\s*price', 'price', 'rate', 'menge', 'anzahl', 'einzelpreis', 'preis', 'prix', 'p\\.\\s*u\\.', 'quantit[ée]', 'qt[ée]', 'aantal', 'prijs', 'cantidad', 'precio', 'quantit[àa]', 'prezzo', 'ilo[śs][ćc]', 'cena', 'items?', 'pcs'],
} as const;

/** "Next" (of a recurring series: the next debit, the next invoice). */
const NEXT = ['next', 'prochaine?', 'n[äa]chste[rn]?', 'volgende', 'pr[óo]xim[oa]', 'prossim[oa]', 'nast[ęe]pn\\S*'];

/** Date label classes. */
export const DATE_CUES = {
  /** A date of the next period of a recurring invoice (its next debit): neither its issue nor its due date. */
  next: NEXT,
  /** The invoice's own date. */
  issue: [
    'invoice\\s*date', 'date\\s*of\\s*(?:invoice|issue)', 'issue\\s*date', 'issued(?:\\s*on)?', 'billing\\s*date', 'bill\\s*date', 'date\\s*issued', 'receipt\\s*date', 'document\\s*date', 'tax\\s*point',
    // German compounds are written whole or hyphenated ("Rechnungs-Datum", "Beleg-Datum").
    'rechnungs\\s*-?\\s*datum', 'datum\\s*der\\s*rechnung', 'beleg\\s*-?\\s*datum', 'ausstellungs\\s*-?\\s*datum', 'ausgestellt\\s*am',
    'date\\s*de\\s*(?:la\\s*)?facture', 'date\\s*d[\'’]?\\s*[ée]mission', 'date\\s*de\\s*facturation', 'factuurdatum', 'factuur\\s*datum',
    'fecha\\s*(?:de\\s*)?(?:la\\s*)?(?:factura|emisi[óo]n|expedici[óo]n)', 'data\\s*(?:della\\s*)?fattura', 'data\\s*(?:de\\s*)?emiss[ãa]o', 'data\\s*wystawienia', 'data\\s*faktury',
  ],
  /** A bare date word. */
  generic: ['date', 'datum', 'fecha', 'data', 'dated', 'dt', 'tarikh'],
  /** A preposition tying a date to what stands before it ("Rechnung Nr. 12 vom 3.4.2025", "facture du"). */
  of: ['vom', 'from', 'du', 'del', 'of', 'on', 'le', 'am', 'van', 'de', 'z\\s*dnia', 'dnia'],
  due: [
    'due\\s*(?:date|on|by)?', 'payment\\s*due', 'date\\s*due', 'pay(?:able)?\\s*by', 'payment\\s*date', 'f[äa]llig\\S*', 'zahlbar', 'zahlungsziel', 'zahlungstermin',
    '[ée]ch[ée]ance', 'date\\s*limite(?:\\s*de\\s*(?:paiement|r[èe]glement))?', '[àa]\\s*r[ée]gler\\s*avant', 'exigible(?:\\s*(?:le|au|el))?', 'date\\s*d[\'’]\\s*exigibilit[ée]', 'payable\\s*(?:le|on)', '(?:payable|[àa]\\s*payer|[àa]\\s*r[ée]gler)\\s*jusqu[\'’]\\s*(?:au|[àa])', 'pay(?:able)?\\s*until', 'zahlbar\\s*bis', 'pagadero\\s*hasta', 'pagabile\\s*entro', 'vervaldatum', 'vervaldag', 'uiterste\\s*betaaldatum', 'betalen\\s*voor',
    'fecha\\s*de\\s*vencimiento', 'vencimiento', 'data\\s*(?:di\\s*)?scadenza', 'scadenza', 'entro\\s*il', 'termin\\s*p[łl]atno[śs]ci', 'termin\\s*zap[łl]aty', 'data\\s*(?:de\\s*)?vencimento', 'vencimento',
  ],
  /** Dates of something else: orders, deliveries, periods, stays, prints, related documents. */
  other: [
    'order\\S*', 'bestell\\S*', 'auftrag\\S*', 'commande', 'pedido', 'ordine', 'zam[óo]wieni\\S*',
    'deliver\\S*', 'ship\\S*', 'dispatch\\S*', 'liefer\\S*', 'leistung\\S*', 'livraison', 'levering', 'entrega', 'consegna', 'dostaw\\S*', 'sprzeda[żz]y',
    'intervention', 'interventie', 'intervenci[óo]n', 'intervento', 'einsatz\\S*', 'ausf[üu]hrung\\S*', 'durchf[üu]hrung\\S*', 'uitvoering\\S*', 'execution', 'r[ée]alis[ée]e?\\s*le', 'travaux', 'period\\S*', 'zeitraum', 'p[ée]riode', 'periodo', 'service', 'prestation', 'from', 'to', 'until', 'bis', 'au', 'till', 'start\\S*', 'end\\S*', 'd[ée]but', 'fin',
    'check\\s*-?\\s*in', 'check\\s*-?\\s*out', 'arrival', 'departure', 'anreise', 'abreise', 'ankunft', 'arriv[ée]e', 'd[ée]part',
    // A car park's or a toll's entry time (the ticket is paid, and dated, on leaving).
    'einfahrt\\S*', 'entr[ée]e', 'entry', 'entered', 'inrit', 'ingresso', 'entrata', 'entrada',
    'print\\S*', 'druck\\S*', 'birth', 'geburt\\S*', 'valid\\S*', 'expir\\S*', 'g[üu]ltig\\S*', 'associ[ée]e?', 'related', 'original', 'referenz\\S*', 'contract', 'vertrag',
    // The next period's date on a recurring invoice ("Prochain prélèvement le ...", "Next payment on ..."): not this invoice's.
    ...NEXT,
    // The offer or quote the invoice follows ("Angebot AN-388 vom 02.12.2024", "Devis n° 12 du ...").
    'angebot\\S*', 'kostenvoranschlag\\S*', 'offer\\S*', 'quot(?:e|ation)', 'devis', 'offerte',
  ],
} as const;

/** Invoice-number label classes. */
export const NUMBER_CUES = {
  /** A word for the document. */
  // A German compound ending in "rechnung" names the document too (Schlussrechnung, Teilrechnung, Sammelrechnung), when a
  // number word follows it ("Schlussrechnung Nr. 25-0417"): a title's month or year ("Mietrechnung März 2025") is no number.
  invoice: ['invoice', 'inv', 'rechnung', '\\p{L}{3,}rechnung(?=\\s*(?:nr|no|nummer|n[°º]|#)(?![\\p{L}]))', 'handelsrechnung', 'gutschrift', 'rechnungskorrektur', 'korrektur', 'facture', 'avoir', 'factuur', 'creditnota', 'factura', 'fattura', 'faktura', 'fatura', 'bill', 'receipt', 'credit\\s*note', 'note\\s*de\\s*cr[ée]dit', 'nota\\s*de\\s*cr[ée]dito', 'nota\\s*di\\s*credito', 'tax\\s*invoice', 'stornorechnung', 'note\\s*d[\'’]\\s*honoraires', 'honorar(?:note|rechnung)'],
  /** A word for "number". */
  number: ['no', 'nr', 'n[°º]', 'n\\.\\s*[°º]', 'n[°º]\\s*de', 'num', 'number', 'nummer', 'num[ée]ro', 'n[úu]mero', 'numer', '#', 'id'],
  /** Compound labels ("Rechnungsnummer", "Factuurnummer"). */
  compound: ['rechnungs\\s*-?\\s*(?:nummer|nr)', 'gutschrifts?\\s*-?\\s*(?:nummer|nr)', 'factuur\\s*-?\\s*(?:nummer|nr)', 'creditnota\\s*-?\\s*(?:nummer|nr)', 'invoice\\s*-?\\s*(?:number|no|nr|num|id|#)', 'belegnummer', 'beleg\\s*-?\\s*nr', 'bill\\s*no', 'receipt\\s*no', 'document\\s*(?:no|number)', 'doc\\s*no', 'ref(?:erence)?\\s*(?:no|number)', 'trans(?:action)?\\s*(?:no|id)', 'storno\\s*-?\\s*(?:nummer|nr)',
    // A "Rechnungs-" compound cut to an abbreviation of number ("Rechnungs-Nr.", "Rechnungs-No.", OCR's "Rechnungs-Ni.").
    'rechnungs\\s*-\\s*n\\p{L}\\.',
    // Accounting software's "N° pièce" / "Numéro de pièce" (Sage, EBP, Ciel); the document word run into the number word as OCR reads a narrow gap ("RechnungNr.", "FactureN°").
    'n[°º]\\s*(?:de\\s*)?pi[èe]ce', 'num[ée]ro\\s*(?:de\\s*)?pi[èe]ce', '(?:rechnung|invoice|facture|factuur|factura|fattura|faktura|fatura)(?:nr|no|n[°º]|nummer|number|num[ée]ro|numero)'],
  /** Numbers of something else (the customer's, tenant's, member's and contract's: lexicon-holders.ts). */
  other: [
    'account', 'konto', 'compte', 'order', 'bestell\\S*', 'auftrag\\S*', 'commande', 'pedido', 'ordine', 'po', 'p\\.o\\.', 'purchase',
    'delivery', 'liefer\\S*', 'livraison', 'project', 'projekt', 'projet', 'tender', 'offre', 'angebot', 'quote', 'quotation', 'devis', 'offerte', 'kostenvoranschlag\\S*',
    // A document referred to ("abzüglich Anzahlung lt. Abschlagsrechnung 2025-0214", "suivant devis DV-140 et facture d'acompte FA-188"):
    // an earlier invoice's number, not this one's (a deposit invoice's own title names no reference).
    'abz[üu]glich', 'laut', 'lt\\.', 'gem[äa](?:ß|ss)', 'suivant', 'selon', 'as\\s*per', 'according\\s*to',
    'vat', 'tax', 'ust\\S*', 'mwst\\S*', 'uid\\s*-?\\s*(?:nr|nummer)', 'tva', 'btw', 'siret', 'siren', 'gst\\S*', 'cin', 'iban', 'bic', 'swift', 'tel\\S*', 'phone', 'fax', 'mobile', 'mobil', 'gsm', 'handy', 'fon', 'gln', 'ean', 'gtin', 'art\\S*', 'item', 'sku', 'page', 'seite',
    // The certificate of the billing software that printed the invoice ("Processado por programa certificado n.º 1234/AT",
    // "Software certificate no."): Portugal, Angola and others require it on every invoice.
    'certificad[oa]', 'certifi[ée]e?', 'certificate', 'certified', 'certificat', 'zertifi\\S*', 'certificaat', 'gecertificeerd\\S*', 'certificato', 'certificazione',
    // An address's house number ("Address: No. 42/1"), in the eight languages.
    'address', 'addr', 'adresse', 'anschrift', 'adres', 'direcci[óo]n', 'indirizzo', 'endere[çc]o',
    'associ[ée]e?', 'related', 'original', 'storno(?!\\s*-?\\s*(?:nummer|nr))', 'referenz', 'betreft', 'rectifica\\S*', 'rif\\.?', 'riferimento',
    // The invoice a credit note or correction refers to ("Referente à fatura FT 2025/1", "zu Rechnung 4711 vom ...").
    'referente', 'rechnungs\\s*-?\\s*referenz', 'refer[êe]ncia', 'referencia', 'r[ée]f[ée]rence', 'reference', 'referring', 'relating', 'concerning', 'regarding', 'relativ[ao]', 'bez[üu]glich', 'zu[rm]?\\s*(?:rechnung|gutschrift)', 'korrigiert', 'corrects', 'dotyczy', 'do\\s*faktury', 'relatif', 'relative', 'se\\s*refiere', 'payment\\s*ref\\S*', 'mandate', 'mandat', 'card', 'table', 'cashier', 'terminal', 'pos', 'till', 'shift', 'kassier\\S*', 'approval', 'auth\\S*', 'batch', 'trace',
  ],
} as const;

/** Words for the kind of document (documentType). */
export const DOCUMENT_CUES = {
  creditNote: ['credit\\s*note', 'credit\\s*memo', 'gutschrift', 'stornorechnung', 'avoir', 'facture\\s*d[\'’]avoir', 'note\\s*de\\s*cr[ée]dit', 'creditnota', 'creditfactuur', 'nota\\s*de\\s*cr[ée]dito', 'nota\\s*di\\s*credito'],
  receipt: ['receipt', 'cash\\s*(?:sale|bill)', 'sales\\s*receipt', 'kassenbon', 'kassenbeleg', 'quittung', 'bon', 're[çc]u', 'ticket\\s*de\\s*caisse', 'kassabon', 'bonnetje', 'recibo', 'ticket', 'scontrino', 'ricevuta', 'paragon', 'cashier', 'kassier\\S*', 'caissier', 'thank\\s*you', 'danke', 'merci', 'gracias', 'grazie', 'dankjewel', 'dziękujemy'],
  invoice: ['invoice', 'rechnung', 'facture', 'factuur', 'factura', 'fattura', 'faktura', 'fatura'],
  /**
   * Self-billing: the customer writes the supplier's invoice (VAT Directive art. 224, the mention of
   * art. 226(10a) in each language; German law names the document "Gutschrift", § 14 Abs. 2 UStG).
   */
  selfBilling: [
    'self\\s*-?\\s*bill(?:ing|ed)', 'gutschrifts?verfahren', 'auto\\s*-?\\s*facturation', 'autofactur[ée]e?', 'autofactura(?:ci[óo]n)?', 'facturaci[óo]n\\s*por\\s*el\\s*destinatario',
    'autofattura(?:zione)?', 'zelffacturering', 'factuur\\s*uitgereikt\\s*door\\s*(?:de\\s*)?afnemer', 'auto\\s*-?\\s*fatura[çc][ãa]o', 'autofactura[çc][ãa]o', 'samofakturowanie',
    'selvfakturering', 'sj[äa]lvfakturering', 'itselaskutus', 'vystaveno\\s*z[áa]kazn[íi]kem', '[öo]nsz[áa]ml[áa]z[áa]s', 'autofacturare',
  ],
} as const;

/**
 * Danish, Norwegian, Swedish, Czech, Finnish, Romanian and Hungarian labels, Brazilian service-invoice labels, and compound total
 * labels: merged into the classes above when they are compiled (kept apart so each language group
 * reads as one block). The registration ids of a letterhead (CVR-nr., Org.nr, Momsreg.nr, IČO, DIČ,
 * KvK, CNPJ) and bank numbers are numbers of something else, never the document's own.
 */
const MORE_AMOUNT_CUES = {
  totalStrong: [
    'rechnungs\\s*total', 'gesamt\\s*total', 'total\\s*betrag', 'total\\s*summe',
    'i\\s*alt', 'totalt', 'fakturabel[øo]b', 'fakturabel[øo]p', 'fakturabelopp', 'totalbel[øo]b', 'totalbel[øo]p', 'totalbelopp', 'summa\\s*att\\s*betala', 'celkem\\s*k\\s*[úu]hrad[ěe]', 'celkov[áa]\\s*[čc][áa]stka', 'hyvitys\\s*yhteens[äa]', 'loppusumma', 'yhteens[äa]\\s*(?:eur|€)', 'total\\s*de\\s*plat[ăa]', 'total\\s*factur[ăa]', 'brutt[óo]\\s*[öo]sszesen', 'v[ée]g[öo]sszeg', 'sz[áa]mla\\s*[öo]sszesen'],
  totalWeak: ['summa', 'celkem', 'bel[øo]b', 'bel[øo]p', 'belopp', '[čc][áa]stka', 'yhteens[äa]', '[öo]sszesen'],
  due: ['at\\s*betale', '[åa]\\s*betale', 'att\\s*betala', 'att\\s*[åa]terbetala', 'k\\s*[úu]hrad[ěe]', 'zb[ýy]v[áa]\\s*uhradit', 'maksettava', 'de\\s*plat[ăa]', 'rest\\s*de\\s*plat[ăa]', 'fizetend[őo]'],
  // "Total Honorar exkl. MWST": a line that starts with Total but says it is without tax is a net amount.
  net: ['total\\s+\\p{L}+\\s+(?:exkl\\S*|excl\\S*|ohne|netto|ht|hors)', '(?:eks|ekskl)\\.?\\s*(?:mva|moms)', 'nettobel[øo]b', 'nettobel[øo]p', 'nettobelopp', 'z[áa]klad\\s*dan[ěe]', 'bez\\s*dph', 'valor\\s*dos\\s*servi[çc]os', 'taxable\\s*(?:value|amount)', 'veroton(?:\\s*yhteens[äa])?', 'valoare\\s*f[ăa]r[ăa]\\s*tva', 'baza\\s*de\\s*impozitare', 'nett[óo](?!\\s*a\\s*pagare)(?:\\s*[öo]sszesen)?', 'nett(?!\\s*(?:total|amount|payable))', 'sous\\s*-?\\s*total'],
  tax: ['moms', 'mva', 'momsbel[øo]b', 'momsbelopp', 'merverdiavgift', 'merv[äa]rdesskatt', 'dph', 'iss', 'alv', 'arvonlis[äa]vero', 'valoarea\\s*tva', '[áa]fa', '[áa]fa\\s*[öo]sszesen', 'tps', 'tvq', 'qst', 'tvh'],
  // Norwegian and Danish "eks. mva", "ekskl. moms": without VAT ("Sum eks. mva" is the net, not the total).
  excl: ['eks\\.?(?=\\s*(?:mva|moms))', 'ekskl\\S*', 'uden\\s*moms', 'utan\\s*moms', 'uten\\s*mva', 'bez\\s*dph', 'veroton', 'ilman\\s*alv', 'f[ăa]r[ăa]\\s*tva', 'nett[óo](?!\\s*a\\s*pagare)'],
  incl: ['inkl\\.?\\s*moms', 'inkl\\.?\\s*mva', 's\\s*dph', 'sis\\.?\\s*alv', 'verollinen', 'cu\\s*tva', 'brutt[óo]'],
  // Card payments as tills name them ("CARTE BANCAIRE", "EC-Karte", "Tarjeta", "Cartão").
  tendered: ['kontant', 'kontanter', 'contactless', 'sans\\s*contact', 'kontaktlos', 'carte\\s*(?:bancaire|bleue|cb)', 'ec\\s*-?\\s*karte', 'girocard', 'kartenzahlung', 'tarjeta', 'carta\\s*di\\s*credito', 'bancomat', 'cart[ãa]o', 'multibanco', 'pinpas'],
  change: ['byttepenge', 'v[äa]xel', 'vekslepenger', 'vr[áa]ceno'],
  rounding: ['[öo]resavrundning', 'avrundning', 'afrunding', '[øo]reavrunding', 'avrunding', 'py[öo]ristys', 'kerek[íi]t[ée]s', 'rotunjire', 'rundungs\\s*-?\\s*differenz'],
  item: ['antal', 'antall', 'pris', 'mno[žz]stv[íi]', 'cena\\s*/\\s*mj', 'm[äa][äa]r[äa]', 'yks\\.?', '[àa]-hinta', 'cant\\.?', 'pre[țt]\\s*unitar', 'menny\\.?', 'egys[ée]g[áa]r'],
} as const;

const MORE_DATE_CUES = {
  issue: ['fakturadato', 'fakturadatum', 'utstedelsesdato', 'datum\\s*vystaven[íi]', 'datum\\s*vyd[áa]n[íi]', 'laskun\\s*p[äa]iv[äa]ys', 'laskup[äa]iv[äa]', 'data\\s*emiterii', 'data\\s*factur[ăa]rii', 'data\\s*facturii', 'sz[áa]mla\\s*kelte', 'ki[áa]ll[íi]t[áa]s\\s*d[áa]tuma', 'kelt'],
  generic: ['dato', 'p[äa]iv[äa]m[äa][äa]r[äa]', 'p[äa]iv[äa]ys', 'd[áa]tum'],
  due: ['forfaldsdato', 'forfald\\S*', 'forfallsdato', 'forfall\\S*', 'f[öo]rfallodatum', 'f[öo]rfallo\\S*', 'sista\\s*betalningsdag', 'betales\\s*senest', 'betalingsfrist', 'datum\\s*splatnosti', 'splatnost\\S*', 'er[äa]p[äa]iv[äa]', 'f[öo]rfallodag', 'data\\s*scaden[țţt]ei', 'scaden[țţt][ăa]', 'termen\\s*de\\s*plat[ăa]', 'fizet[ée]si\\s*hat[áa]rid[őo]', 'hat[áa]rid[őo]', 'esed[ée]kess[ée]g',
    // A direct debit's date is when the invoice is paid: its due date when none is printed.
    'pr[ée]lev[ée]e?\\s*le', 'pr[ée]l[èe]vement\\s*le', 'abbuchung\\s*am', 'abgebucht\\s*am', 'wird\\s*am', '(?:will\\s*be\\s*)?debited\\s*on', 'direct\\s*debit\\s*on', 'ge[ïi]ncasseerd\\s*op', 'addebit(?:o|ato)\\s*il', 'cargo\\s*el'],
  other: ['leverings\\S*', 'leverans\\S*', 'datum\\s*zdaniteln\\S*(?:\\s*pln[ěe]n[íi])?', 'duzp', 'teljes[íi]t[ée]s\\S*', 'toimitus\\S*', 'data\\s*livr[ăa]rii'],
} as const;

const MORE_NUMBER_CUES = {
  // A compound of the document word and a number word ("Fakturanr.", "Creditnummer") names the document too.
  invoice: ['kreditfaktura', 'kreditnota', 'dobropis', 'fakt[úu]ra', 'da[ňn]ov[ýy]\\s*doklad', '(?:kredit)?faktura\\s*-?\\s*(?:nummer|nr)', 'kreditnota\\s*-?\\s*(?:nummer|nr)', 'credit\\s*-?\\s*(?:nummer|nr)', 'lasku', 'laskun', 'hyvityslasku', 'hyvityslaskun', 'factur[ăa]', 'sz[áa]mla', 'sz[áa]ml[áa]t'],
  // Czech and Slovak abbreviate číslo to "č." ("FAKTÚRA č. 2025071").
  number: ['[čc][íi]slo', 'č', 'nro', 'sorsz[áa]m', 'sz[áa]ma'],
  compound: ['faktura\\s*-?\\s*(?:nummer|nr)', 'kreditfaktura\\s*-?\\s*(?:nummer|nr)', 'kreditnota\\s*-?\\s*(?:nummer|nr)', 'credit\\s*-?\\s*(?:nummer|nr)', '[čc][íi]slo\\s*(?:faktury|dokladu|dobropisu)', 'laskun\\s*(?:numero|nro)', 'laskunumero', 'hyvityslaskun\\s*(?:numero|nro)', 'sorsz[áa]m', 'sz[áa]mlasz[áa]m', 'sz[áa]mla\\s*sorsz[áa]ma'],
  other: ['cvr\\S*', 'org\\.?\\s*-?\\s*nr', 'org\\.?\\s*-?\\s*nummer', 'organisations\\S*', 'moms\\S*', 'mva\\S*', 'i[čc]o', 'di[čc]', 'i[čc]\\s*dph', 'vlo[žz]ka', 'odd[íi]l', 'oddiel', 'kvk', 'cnpj', 'cpf', 'reg\\.?\\s*nr', 'registr\\S*', 'kontonr\\S*', 'bankgiro', 'plusgiro', 'kund\\S*', 'ordre\\S*', 'objedn\\S*', 'avser', 'er\\s*referens', 'v[åa]r\\s*referens', 'viitenumero', 'viite', 'ref\\.?\\s*nr', 'asiakasnumero', 'asiakas\\S*', 'y-tunnus', 'tilinumero', 'variabiln[ýy]\\s*symbol', 'kid', 'ocr-?\\s*nummer', 'zahlungsreferenz', 'nr\\.?\\s*ord\\.?\\s*reg\\S*', 'reg\\.?\\s*com\\S*', 'cui', 'cif', 'c\\.\\s*i\\.', 'ad[óo]sz[áa]m', 'c[ée]gjegyz[ée]ksz[áa]m', 'banksz[áa]mla\\S*', 'vev[őo]\\S*', 'contribuinte', 'nif', 'nipc', 'stornare\\S*', 'a\\s*facturii', 'hyvitett\\S*', 'alkuper[äa]inen', 'helyesb[íi]tett'],
} as const;

const MORE_DOCUMENT_CUES = {
  creditNote: ['kreditfaktura', 'kreditnota', 'dobropis', 'hyvityslasku', 'factur[ăa]\\s*storno', 'storno\\s*factur[ăa]', 'j[óo]v[áa][íi]r[óo]\\s*sz[áa]mla', 'sztorn[óo]\\s*sz[áa]mla'],
  receipt: ['kassen\\s*-?\\s*(?:id|nr)', 'kassa', 'vielen\\s*dank', 'bedankt', 'kvittering', 'kvitto', '[úu][čc]tenka'],
  invoice: ['da[ňn]ov[ýy]\\s*doklad', 'lasku', 'factur[ăa]', 'sz[áa]mla'],
} as const;

/**
 * Estonian, Latvian, Lithuanian, Slovenian, Croatian, Turkish and Catalan labels (the fifth sweep's
 * languages), merged like the block above. Their VAT and company ids (KMKR, PVN reģ. Nr., PVM kodas,
 * ID za DDV, OIB, Vergi No) are numbers of something else.
 */
const EAST_AMOUNT_CUES = {
  totalStrong: ['kokku\\s*tasuda', 'kop[āa]\\s*apmaksai', 'i[šs]\\s*viso\\s*mok[ėe]ti', 'skupaj\\s*za\\s*pla[čc]ilo', 'ukupno\\s*za\\s*(?:platiti|pla[ćc]anje)', 'genel\\s*toplam', 'toplam\\s*tutar', '[öo]denecek\\s*tutar'],
  totalWeak: ['kokku', 'kop[āa]', 'i[šs]\\s*viso', 'skupaj', 'ukupno', 'toplam', 'tutar'],
  due: ['tasuda', 'apmaksai', 'mok[ėe]ti', 'za\\s*pla[čc]ilo', 'za\\s*platiti', 'za\\s*pla[ćc]anje', '[öo]denecek'],
  net: ['summa\\s*k[äa]ibemaksuta', 'k[äa]ibemaksuta', 'summa\\s*bez\\s*pvn', 'bez\\s*pvn', 'suma\\s*be\\s*pvm', 'be\\s*pvm', 'osnova\\s*za\\s*ddv', 'osnovica', 'ara\\s*toplam', 'base\\s*imposable', 'matrah'],
  tax: ['k[äa]ibemaks', 'pvn', 'pvm', 'ddv', 'pdv', 'kdv'],
  excl: ['k[äa]ibemaksuta', 'bez\\s*pvn', 'be\\s*pvm', 'bez\\s*pdv', 'brez\\s*ddv', 'kdv\\s*hari[çc]'],
  incl: ['koos\\s*k[äa]ibemaksuga', 'ar\\s*pvn', 'su\\s*pvm', 's\\s*pdv', 'z\\s*ddv', 'kdv\\s*dahil'],
  item: ['kogus', 'hind', 'daudz\\.?', 'kiekis', 'kaina', 'koli[čc]ina', 'kol\\.?', 'cijena', 'miktar', 'birim\\s*fiyat', 'quant\\.?', 'preu'],
} as const;

const EAST_DATE_CUES = {
  issue: ['arve\\s*kuup[äa]ev', 'izrakst[īi]\\S*', 'datum\\s*izdaje', 'datum\\s*(?:i\\s*vrijeme\\s*)?izdavanja', 'fatura\\s*tarihi', 'data\\s*de\\s*(?:la\\s*)?factura', 'data\\s*d[\'’]emissi[óo]'],
  generic: ['kuup[äa]ev', 'datums', 'tarih', 'tarihi'],
  // Serbian prints the due date as "Valuta plaćanja" (the payment's value date) or "Rok plaćanja", "Datum dospeća".
  due: ['makset[äa]htaeg', 'apmaksas\\s*termi[ņn][šs]', 'apmok[ėe]ti\\s*iki', 'mok[ėe]ti\\s*iki', 'rok\\s*pla[čc]ila', 'datum\\s*dospije[ćc]a', 'dospije[ćc]e', 'valuta\\s*pla[ćc]anja', 'rok\\s*pla[ćc]anja', 'datum\\s*dospe[ćc]a', 'dospe[ćc]e', 'son\\s*[öo]deme\\s*tarihi', 'vade\\s*tarihi', 'venciment'],
} as const;

const EAST_NUMBER_CUES = {
  invoice: ['arve', 'r[ēe][ķk]in\\S*', 's[ąa]skait\\S*', 'ra[čc]un\\S*'],
  // "br." abbreviates broj (Serbian, Croatian, Bosnian: "FAKTURA br. 118/2025").
  number: ['št\\.?', 'broj', 'br', 'n[úu]m\\.?'],
  compound: ['arve\\s*nr', 'r[ēe][ķk]ina\\s*nr', 'ra[čc]un\\s*(?:št|br)\\.?', 'broj\\s*ra[čc]una', 'fatura\\s*no', 'n[úu]m\\.?\\s*(?:de\\s*)?factura'],
  // Serbia's Matični broj (the company register's number), the payment reference "Poziv na broj" and the bank account ("Tekući račun", "Žiro račun").
  other: ['kmkr', 'pvn\\s*re[ģg]\\S*', 'pvm\\s*kodas', 'id\\s*za\\s*ddv', 'oib', 'mati[čc]ni\\s*broj', 'poziv\\s*na\\s*broj', 'teku[ćc]i\\s*ra[čc]un', '[žz]iro\\s*ra[čc]un', 'vergi\\s*no', 'vkn', 'maksja', 'sa[ņn][ēe]m[ēe]js', 'pirk[ėe]jas', 'kupec', 'kupac', 'say[ıi]n'],
} as const;

const EAST_DOCUMENT_CUES = {
  creditNote: ['kreeditarve', 'kred[īi]tr[ēe][ķk]ins', 'kreditin[ėe]\\s*s[ąa]skaita', 'odobrenje', 'iade\\s*faturas[ıi]', 'factura\\s*d[\'’]abonament'],
  invoice: ['arve', 'r[ēe][ķk]ins', 's[ąa]skaita', 'ra[čc]un'],
} as const;

/**
 * Icelandic and Greek labels (the tenth sweep's languages), merged like the blocks above. Greek
 * capitals drop their accents ("ΤΙΜΟΛΟΓΙΟ", "ΦΠΑ"), so each accented vowel is matched with and
 * without it. Iceland's kennitala (Kt.) and VSK-númer, Greece's ΑΦΜ and ΔΟΥ are numbers of something else.
 */
const NORTH_SOUTH_AMOUNT_CUES = {
  totalStrong: ['samtals\\s*(?:me[ðd]\\s*vsk|til\\s*grei[ðd]slu)', 'heildarupph[æa][ðd]', 'heildarver[ðd]', 'σ[υύ]νολο\\s*πληρωτ[εέ]ο', 'πληρωτ[εέ]ο\\s*(?:ποσ[οό])?', 'γενικ[οό]\\s*σ[υύ]νολο', 'συνολικ[οό]\\s*ποσ[οό]', 'σ[υύ]νολο\\s*τιμολογ[ιί]ου'],
  totalWeak: ['samtals', 'upph[æa][ðd]', 'σ[υύ]νολο', 'ποσ[οό]'],
  due: ['til\\s*grei[ðd]slu', 'πληρωτ[εέ]ο'],
  net: ['[áa]n\\s*vsk', 'samtals\\s*[áa]n\\s*vsk', 'καθαρ[ηή]\\s*αξ[ιί]α', 'καθαρ[οό]\\s*ποσ[οό]', 'αξ[ιί]α\\s*προ\\s*φπα', 'σ[υύ]νολο\\s*χωρ[ιί]ς\\s*φπα'],
  tax: ['vsk', 'vir[ðd]isaukaskattur', 'φπα', 'φ\\.π\\.α\\.?'],
  excl: ['[áa]n\\s*vsk', 'χωρ[ιί]ς\\s*φπα', 'προ\\s*φπα', 'καθαρ\\S*'],
  incl: ['me[ðd]\\s*vsk', 'με\\s*φπα', 'συμπ\\S*\\s*φπα'],
  item: ['magn', 'einingarver[ðd]', 'ver[ðd]', 'ποσ[οό]τητα', 'τιμ[ηή]', 'τιμ[ηή]\\s*μον[αά]δας'],
} as const;

const NORTH_SOUTH_DATE_CUES = {
  issue: ['reikningsdagur', 'dagsetning\\s*reiknings', 'ημερομην[ιί]α\\s*[εέ]κδοσης', 'ημ/ν[ιί]α\\s*[εέ]κδοσης'],
  generic: ['dagsetning', 'dags\\.?', 'ημερομην[ιί]α', 'ημ/ν[ιί]α'],
  due: ['eindagi', 'gjalddagi', 'λ[ηή]ξη', 'ημερομην[ιί]α\\s*λ[ηή]ξης', 'προθεσμ[ιί]α\\s*πληρωμ[ηή]ς', 'εξ[οό]φληση\\s*[εέ]ως'],
  other: ['afhending\\S*', 'περ[ιί]οδος', 'παρ[αά]δοση\\S*', 'αποστολ[ηή]\\S*'],
} as const;

const NORTH_SOUTH_NUMBER_CUES = {
  invoice: ['reikningur', 'reiknings', 'τιμολ[οό]γιο', 'τιμολογ[ιί]ου', 'απ[οό]δειξη', 'πιστωτικ[οό]'],
  number: ['n[úu]mer', 'nr', 'αριθμ[οό]ς', 'αρ\\.', 'α/α'],
  compound: ['reikningsn[úu]mer', 'reikn(?:ings)?\\.?\\s*nr', 'αριθμ[οό]ς\\s*(?:τιμολογ[ιί]ου|παραστατικο[υύ])', 'αρ\\.\\s*(?:τιμολογ[ιί]ου|παραστατικο[υύ])'],
  other: ['kt\\.?', 'kennitala', 'vsk\\s*-?\\s*(?:n[úu]mer|nr)\\S*', 'αφμ', 'α\\.φ\\.μ\\.?', 'δου', 'δ\\.ο\\.υ\\.?', 'πελ[αά]της', 'γεμη', 'iban'],
} as const;

const NORTH_SOUTH_DOCUMENT_CUES = {
  creditNote: ['kreditreikningur', 'πιστωτικ[οό]\\s*τιμολ[οό]γιο'],
  receipt: ['kvittun', 'απ[οό]δειξη\\s*λιανικ[ηή]ς'],
  invoice: ['reikningur', 'τιμολ[οό]γιο'],
} as const;

export type CueSet = Readonly<Record<string, readonly string[]>>;

/** A compiled cue set: one regex per class. */
export type CueMatcher<T extends CueSet> = { [K in keyof T]: RegExp };

/** Compiles each class into one case-insensitive regex that matches its phrases as whole words. */
export function compileCues<T extends CueSet>(set: T): CueMatcher<T> {
  const out = {} as Record<string, RegExp>;
  for (const [k, phrases] of Object.entries(set)) {
    const alt = [...phrases].sort((a, b) => b.length - a.length).join('|');
    out[k] = new RegExp(`(?<![\\p{L}\\d])(?:${alt})(?![\\p{L}])`, 'iu');
  }
  return out as CueMatcher<T>;
}

/** A cue set with more phrases added to its classes. */
function merged<T extends CueSet>(set: T, more: Partial<Record<keyof T, readonly string[]>>): T {
  const out: Record<string, readonly string[]> = {};
  for (const k of Object.keys(set)) out[k] = [...set[k], ...(more[k as keyof T] ?? [])];
  return out as T;
}

export const AMOUNT = compileCues(merged(merged(merged(merged(merged(merged(AMOUNT_CUES, MORE_AMOUNT_CUES), EAST_AMOUNT_CUES), NORTH_SOUTH_AMOUNT_CUES), BALKAN_AMOUNT_CUES), IBERIAN_AMOUNT_CUES), ISLES_AMOUNT_CUES));
export const DATE = compileCues(merged(merged(merged(merged(merged(merged(merged(merged(merged(DATE_CUES, MORE_DATE_CUES), EAST_DATE_CUES), NORTH_SOUTH_DATE_CUES), BALKAN_DATE_CUES), IBERIAN_DATE_CUES), ISLES_DATE_CUES), PERIOD_DATE_CUES), SIGNING_DATE_CUES), DEADLINE_DATE_CUES));
export const NUMBER = compileCues(merged(merged(merged(merged(merged(merged(NUMBER_CUES, MORE_NUMBER_CUES), EAST_NUMBER_CUES), NORTH_SOUTH_NUMBER_CUES), BALKAN_NUMBER_CUES), ISLES_NUMBER_CUES), HOLDER_NUMBER_CUES));
export const DOCUMENT = compileCues(merged(merged(merged(merged(merged(DOCUMENT_CUES, MORE_DOCUMENT_CUES), EAST_DOCUMENT_CUES), NORTH_SOUTH_DOCUMENT_CUES), BALKAN_DOCUMENT_CUES), ISLES_DOCUMENT_CUES));

/** Every language's words for the document (invoice, facture, reikningur, τιμολόγιο ...): the stems of compound number labels (numbers.ts). */
export const INVOICE_WORDS: readonly string[] = [...NUMBER_CUES.invoice, ...MORE_NUMBER_CUES.invoice, ...EAST_NUMBER_CUES.invoice, ...NORTH_SOUTH_NUMBER_CUES.invoice, ...BALKAN_NUMBER_CUES.invoice, ...ISLES_NUMBER_CUES.invoice];

/**
 * A cash-rounding line ("Rounding Adj", "Rundung", "Arrondi", "Öresavrundning", "Zaokrouhlení", "Total Rounded"): the rounding class
 * without its bare "adj(ustment)", which may adjust anything (rounding.ts).
 */
export const CASH_ROUNDING = compileCues({ rounding: [...AMOUNT_CUES.rounding, ...MORE_AMOUNT_CUES.rounding].filter((p) => p !== 'adj\\S*') }).rounding;

/**
 * The sum of the lines before allowances and charges ("Line Total Amount", "Lines total", "Total of
 * lines", "Summe der Positionen", "Total des lignes", "Totaal regels"): EN 16931's BT-106, a net
 * amount, though its words say "total amount".
 */
export const LINES_TOTAL = /(?<![\p{L}])(?:lines?\s*-?\s*total|total\s*(?:of\s*)?(?:the\s*)?(?:invoice\s*)?lines|summe\s*(?:der\s*)?(?:rechnungs)?positionen|total\s*des\s*lignes|totaal\s*(?:van\s*de\s*)?regels|total\s*(?:de\s*)?(?:las\s*)?l[íi]neas|totale\s*(?:delle\s*)?righe)(?![\p{L}])/iu;

/** Edit distance of `a` and `b` (insertions, deletions, substitutions), or `max + 1` once it is known to exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/**
 * The word "total" as OCR misreads it on a scanned slip (`T0TAL`, `TOTAl`, `Totai`, `iotal`, `[otal`,
 * `Tota`: one character wrong, lost or added), put right so the label is read. Only this word, the
 * one every receipt prints beside its total, and only one edit from it: a looser match would read
 * item names as labels. For OCR'd pages only (amounts.ts).
 */
export function mendTotalWord(text: string): string {
  return mendCompoundTotal(text).replace(/(?<![^\s:;,.()"'=*-])[^\s:;,.()"'=*-]{3,6}(?![^\s:;,.()"'=*-])/gu, (w) => {
    const k = w.toLowerCase();
    return k !== 'total' && k !== 'totals' && /^\p{L}/u.test(w.replace(/^[[|!]/, 'x')) && editDistance(k, 'total', 1) === 1 ? 'Total' : w;
  });
}

/** The endings of German compound total labels (Rechnungsbetrag, Gesamtbetrag, Endsumme, Gesamtsumme). */
const COMPOUND_TOTAL_ENDS = ['betrag', 'summe'];

/**
 * A German compound total label whose ending OCR misread by one letter (`Rechnungshetrag`,
 * `Gesamtbetraq`, `Endsunme`): the ending put right, so the compound is read. Only a letter
 * replaced (the length kept), and only after a stem of three letters or more.
 */
function mendCompoundTotal(text: string): string {
  return text.replace(/(?<![\p{L}])\p{L}{8,}(?![\p{L}])/gu, (w) => {
    for (const e of COMPOUND_TOTAL_ENDS) {
      const k = w.slice(-e.length).toLowerCase();
      if (k !== e && editDistance(k, e, 1) === 1) return w.slice(0, -e.length) + e;
    }
    return w;
  });
}

/** The classes of `set` whose words occur in `text`. */
export function cues<T extends CueSet>(m: CueMatcher<T>, text: string): Set<keyof T> {
  const out = new Set<keyof T>();
  for (const k of Object.keys(m) as (keyof T)[]) if (m[k].test(text)) out.add(k);
  return out;
}
