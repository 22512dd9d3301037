/**
 * What the lines of a party's block look like: addresses (postcodes of many countries, street
 * words, house numbers, country names), contact and registration lines, and the labels that start
 * or end a block (customer labels, other fields' labels, table headers).
 */

/** Strips OCR specks and stray punctuation around a cell ("’ 17 rue des Tanneurs", "Epis :"). */
export const clean = (s: string): string =>
  s
    .replace(/^[\s|‘’'"`.:;,_\-—–»«]+(?=\S)/u, '')
    .replace(/(?:\s+[|‘’'"`:;_\-—–.]{1,2})+$/u, '')
    .replace(/[\s|‘’'"`:;,_]+$/u, '')
    .trim();

// ---------------------------------------------------------------------------
// What address lines look like
// ---------------------------------------------------------------------------

/** Postcodes (with the city or state around them) of several countries. */
export const POSTCODE = new RegExp(
  [
    '(?<![\\p{L}\\d])[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?(?!\\d)', // US: state + ZIP ("OH 45402")
    '(?<![\\p{L}\\d])[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}(?![\\p{L}\\d])', // UK ("LS4 2QX", "NR1 3QP")
    '(?<![\\p{L}\\d])[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d(?![\\p{L}\\d])', // Canada ("K1A 0B1")
    '(?<![\\p{L}\\d])[1-9]\\d{3}\\s?[A-Z]{2},?\\s+\\p{Lu}', // NL ("7412 BK Deventer")
    '(?<![\\p{L}\\d])(?:[A-Z]{1,2}-)?\\d{5}\\s+\\p{Lu}\\p{Ll}', // DE/FR/ES/IT ("73431 Aalen", "D-63571 Gelnhausen")
    '(?<![\\p{L}\\d.,])(?:[A-Z]{1,2}-)?[1-9]\\d{3}\\s+\\p{Lu}\\p{Ll}', // BE/CH/AT/DK/NO ("1000 Bruxelles")
    '(?<![\\p{L}\\d])\\d{2}-\\d{3}\\s+\\p{Lu}', // PL ("00-950 Warszawa")
    '(?<![\\p{L}\\d])\\d{3}\\s\\d{2}\\s+\\p{Lu}', // SE/CZ ("114 55 Stockholm")
  ].join('|'),
  'u',
);

export const STREET_WORD =
  /(?<![\p{L}])(?:street|st\.|road|rd\.?|avenue|ave\.?|lane|ln\.?|way|drive|dr\.|boulevard|blvd\.?|court|ct\.|place|pl\.|square|suite|unit|floor|row|mews|yard|close|terrace|parkway|highway|p\.?\s?o\.?\s+box|stra(?:ss|ß)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|rue|av\.|chemin|impasse|all[ée]e|quai|cours|calle|c\/|camino|avenida|avda\.?|plaza|paseo|carrer|via|viale|piazza|corso|laan|straat|gracht|plein|kade|dijk|singel|ulica|ul\.|aleja|rua|postfach|bo[îi]te\s+postale|bp\b|cedex)(?![\p{L}])|(?:stra(?:ss|ß)e|str\.|weg|gasse|platz|allee|laan|straat|gracht|plein|kade|dijk)(?=\s+\d)/iu;
/** "Hauptstraße 1", "12 Carrow Mews", "Calle de la Alfarería 23", "Unit 4". */
export const HOUSE_NUMBER = /^\d{1,5}[a-zA-Z]?(?:[-\/]\d{1,4})?,?\s+\p{L}|\p{L}\.?\s+\d{1,5}(?:\s?[a-zA-Z])?(?:[-\/]\d{1,4}[a-zA-Z]?)?(?:,|$)/u;
export const COUNTRY =
  /^(?:USA|U\.S\.A\.|United States(?: of America)?|UK|U\.K\.|United Kingdom|Great Britain|England|Scotland|Wales|Ireland|Deutschland|Germany|France|Frankreich|Espa[ñn]a|Spain|Nederland|The Netherlands|Netherlands|Holland|Belgi[eëu]m?|Belgique|België|Schweiz|Suisse|Svizzera|Switzerland|[ÖO]sterreich|Austria|Italia|Italy|Portugal|Polska|Poland|Luxembourg|Luxemburg|Danmark|Denmark|Sverige|Sweden|Norge|Norway|Suomi|Finland|Canada|Australia|India|Hong Kong|China|Japan|Singapore|[ČC]esk[áa] republika|Czech Republic|Czechia)\.?$/iu;

export const isPostcodeLine = (s: string) => POSTCODE.test(s);
export const isStreetLine = (s: string) => STREET_WORD.test(s) || HOUSE_NUMBER.test(s);
export const isAddressLike = (s: string) => isPostcodeLine(s) || isStreetLine(s) || COUNTRY.test(s);

/** A contact, bank or registration line: ends the address (the block may go on with tax ids). */
export const CONTACT =
  /^(?:tel(?:efon|ephone|éfono|efoon)?\b|t[ée]l\.?|phone|ph\.|fax|telefax|mobile?|mob\.|cell|gsm|handy|e-?mail|mail\b|courriel|correo|web(?:site)?|internet|www\.|https?:|iban|bic|swift|bank\b|banque|banco|bankverbindung|konto|account\s*(?:no|number|nr|#|:)|acct\s*(?:no|#|:)|sort\s*code|routing|aba\b|kvk|k\.v\.k|kamer\s+van|chamber|handelsregister|registergericht|amtsgericht|hrb|hra|registered|reg(?:istration)?\.?\s*(?:no|number)|company\s+(?:no|number|reg)|siret|siren|rcs|ape|naf|capital|geschäftsführ|gesch\.?f|managing|directors?\b|ceo\b|contact|kontakt|ust|ein\b)/iu;
export const PHONE_ONLY = /^(?:\+|\(|00)?[\d\s()./-]{7,}$/;
export const isContact = (s: string) => CONTACT.test(s) || s.includes('@') || /www\.|https?:\/\//i.test(s) || (PHONE_ONLY.test(s) && (s.match(/\d/g) ?? []).length >= 7);

/** Customer / recipient labels (a block of its own). */
export const CUSTOMER_LABEL =
  /(?:^|\s{2,})((?:bill(?:ed)?\s*to(?:\s+address)?|invoice\s*to|invoiced\s+to|sold\s+to|customer|client|kunde|rechnungsempf[äa]nger|rechnungsadresse|empf[äa]nger|factuuradres|factuur\s+aan|gefactureerd\s+aan|klant|factur[ée]\s+[àa]|destinataire|cliente|facturar\s+a|facturado\s+a|nabywca|odbiorca|buyer|k[äa]ufer(?:\s*\/\s*leistungsempf[äa]nger)?|leistungsempf[äa]nger|acheteur|adresse\s+du\s+client|to(?=\s*:))(?![\p{L}])\s*:?)(?=\s{2,}|\s*$|(?<=:)\s*\S)/iu;
/** Labels of other blocks or fields: a cell starting with one ends a party's block. */
export const OTHER_LABEL =
  /^(?:invoice|inv\.|rechnung|facture|factuur|factura|fattura|faktura|date\b|datum|fecha|data\b|due\b|f[äa]llig|[ée]ch[ée]ance|vervaldatum|vencimiento|total|sub\s*-?total|amount|betrag|montant|importe|bedrag|order|bestell|auftrag|commande|pedido|page\b|seite|pagina|página|customer\s*(?:no|number|id|#|ref)|kunden\s*-?\s*(?:nr|nummer)|client\s*(?:no|n°|id)|ship(?:ped)?\s*to|ship\s+date|deliver|liefer|livr|afleveradres|bezorgadres|env[íi]o|bill(?:ed)?\s*to|sold\s+to|from\b|von\b|de\s*:|van\s*:|reference|ref\b|ref\.|your\s+ref|unser|ihr\s+zeichen|po\b|p\.o\.|purchase\s+order|payment|zahlung|zahlbar|paiement|pago|betaling|terms|conditions|description|qty|quantity|menge|pos\.|item\b|artikel|désignation|omschrijving|descripci|thank|danke|merci|gracias|bedankt|all\s+amounts|alle\s+betr|montants|importes|alle\s+bedragen|period|zeitraum|leistungs|project|projekt|account\s+(?:no|number)|kundennr)/iu;

export const TABLE_HEADER = /(?<![\p{L}])(?:description|qty|quantity|unit\s*price|amount|menge|einzelpreis|betrag|bezeichnung|beschreibung|désignation|qté|quantité|prix|montant|omschrijving|aantal|prijs|bedrag|descripci[óo]n|cantidad|cant\.|precio|importe|descrizione|quantit[àa]|prezzo|importo)(?![\p{L}])/giu;
export const isTableHeader = (text: string) => (text.match(TABLE_HEADER) ?? []).length >= 2;
export const HAS_AMOUNT = /(?<![\d.,])\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}(?![\d])/;
