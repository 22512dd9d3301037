/**
 * Tax ids printed on an invoice: after a label (VAT no, USt-IdNr., TVA intracom., NIP ...) or
 * recognisable on their own (EU VAT numbers with their country prefix, Indian GSTIN).
 */
// ---------------------------------------------------------------------------
// Tax ids
// ---------------------------------------------------------------------------

/** Tax-id labels, any case. VAT-type labels rank above registration numbers (Steuer-Nr, SIRET ...). */
const TAX_LABEL_CI = new RegExp(
  [
    'vat\\s*(?:reg(?:istration)?\\.?\\s*)?(?:no|nr|number|id|#)\\.?',
    'tax\\s*(?:id(?:entification)?|reg(?:istration)?)\\.?(?:\\s*(?:no|nr|number|#)\\.?)?',
    'federal\\s+tax\\s+id',
    'u\\.?\\s*st\\.?\\s*-?\\s*id\\.?\\s*-?\\s*(?:nr|no)?\\.?',
    'umsatzsteuer\\s*-?\\s*id(?:entifikations)?\\s*-?\\s*(?:nr|nummer)?\\.?',
    'mwst\\.?\\s*-?\\s*(?:nr|nummer)\\.?',
    'n[°º]\\s*(?:de\\s+)?tva(?:\\s+intra\\S*(?:\\s+communautaire)?)?',
    '(?:num[ée]ro\\s+(?:de\\s+)?)?tva\\s+intra\\S*(?:\\s+communautaire)?',
    'btw[\\s-]*(?:nummer|nr|no|id|identificatienummer)\\.?',
    'p\\.\\s*iva|partita\\s+iva',
    'gst\\s*(?:in|no|reg\\S*)\\.?',
    'steuer\\s*-?\\s*(?:nr|nummer)\\.?|st\\.\\s*-?\\s*nr\\.?',
  ].join('|'),
  'giu',
);
/** Acronyms that are words in some languages ("ein", "nie", "tin"): upper case only. */
const TAX_LABEL_CS = /UStId(?:Nr)?\.?|USt-?ID(?:-?Nr)?\.?|EIN|FEIN|TIN|UID|NIP|NIE|N\.?I\.?F\.?|C\.?I\.?F\.?|Nif|Cif|ABN|UTR|GSTIN|SIRET|SIREN|VAT|IVA|TVA|BTW/gu;
/** Labels of a local tax or registration number: "Steuernummer", "St.-Nr.", SIRET ... A label that
 * merely contains "steuer" or "st." is not one: "USt.-Id.-Nr.", "Umsatzsteuer-Identifikationsnummer"
 * are VAT ids (anchored at the label's start for that reason). */
const REGISTRATION = /^(?:steuer|st\.)|siret|siren|utr|abn/i;
/** Tax ids recognisable without a label (EU VAT numbers with their country prefix, Indian GSTIN). */
const TAX_ID_PATTERN =
  /(?<![\p{L}\d])(?:ATU\d{8}|BE\s?0?\d{3}[.\s]?\d{3}[.\s]?\d{3}|DE\s?\d{3}\s?\d{3}\s?\d{3}|FR\s?[0-9A-Z]{2}\s?\d{9}|NL\s?\d{9}\s?B\d{2}|ES\s?[0-9A-Z]\d{7}[0-9A-Z]|IT\s?\d{11}|PL\s?\d{10}|GB\s?\d{9}(?:\d{3})?|CHE[-\s]?\d{3}[.\s]?\d{3}[.\s]?\d{3}|\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]Z[0-9A-Z])(?![\p{L}\d])/gu;
/** Whether `text` holds at least `n` ASCII digits (what `\d` matches). */
function digitsAtLeast(text: string, n: number): boolean {
  for (let i = 0; i < text.length && n > 0; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n--;
  }
  return n === 0;
}
const VALUE = /^[\s.:#°º/-]*(?:(?:no|nr|n[°º])\.?[\s.:#]*)?([A-Z]{0,4}[ .-]?\d(?: ?[\dA-Z.\-/]){4,24})/u;
/** Words before a tax-id label that make it the customer's ("Your VAT no", "Kunden-USt-IdNr"). */
const CUSTOMER_TAX_WORD = /(?:customer|client|buyer|your|ihre?|kunden|votre|uw|acquirente|nabywc\S*|destinatario)\W*(?:\S+\s*)?$/iu;

export interface TaxHit {
  value: string;
  start: number;
  end: number;
  labelled: boolean;
  /** A VAT-type label (or a VAT number pattern), not a registration / local tax number. */
  vat: boolean;
  customer: boolean;
}

function taxValue(raw: string): string | null {
  let v = raw.replace(/[ .\-/]+$/, '');
  // Drop trailing all-letter words ("NL856412903B01 KVK").
  while (/ [A-Z]+$/.test(v)) v = v.replace(/ [A-Z]+$/, '');
  const digits = (v.match(/\d/g) ?? []).length;
  if (digits < 6) return null;
  if (/^\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}$/.test(v)) return null; // an amount
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(v)) return null; // a date
  return v;
}

/**
 * A VAT id written with a country prefix is one string whatever the spacing on the page
 * ("FR 11 123 456 782", "DE 123.456.789" -> FR11123456782, DE123456789), as VIES and the
 * e-invoice standards write it; ids without a prefix keep their printed form (an EIN's hyphen).
 */
export function compactTaxId(v: string): string {
  return /^[A-Z]{2,3}[\s.\-]*\d/.test(v) && /^[A-Z\d\s.\-]+$/.test(v) ? v.replace(/[\s.\-]+/g, '') : v;
}

/** Tax ids in one line of text (labelled ones, then recognisable patterns elsewhere on the line). */
export function taxIdsIn(text: string): TaxHit[] {
  const hits: TaxHit[] = [];
  // A labelled id has six digits or more (taxValue), and so has every TAX_ID_PATTERN: a line with fewer holds none.
  if (!digitsAtLeast(text, 6)) return hits;
  const labels: { s: number; e: number; text: string }[] = [];
  for (const re of [TAX_LABEL_CI, TAX_LABEL_CS]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const s = m.index;
      const e = s + m[0].length;
      if (/[\p{L}]/u.test(text[s - 1] ?? '') || /[\p{L}]/u.test(text[e] ?? '')) continue;
      if (labels.some((x) => s < x.e && e > x.s)) continue;
      labels.push({ s, e, text: m[0] });
    }
  }
  labels.sort((a, b) => a.s - b.s);
  for (const lab of labels) {
    // The value follows the label, after its punctuation and possibly a wide gap ("NIP:      774-...").
    const after = text.slice(lab.e);
    const lead = /^[\s.:#°º-]*/u.exec(after)![0];
    const rest = lead.replace(/\s+$/, ' ') + after.slice(lead.length).split(/\s{3,}/)[0];
    if (/^\s*\d+(?:[.,]\d+)?\s?%/.test(rest)) continue;
    const m = VALUE.exec(rest);
    if (!m) continue;
    const v = taxValue(m[1]);
    if (!v) continue;
    const vs = lab.e + lead.length + rest.slice(lead.replace(/\s+$/, ' ').length).indexOf(m[1].trimStart());
    hits.push({
      value: compactTaxId(v),
      start: lab.s,
      end: vs + v.length,
      labelled: true,
      vat: !REGISTRATION.test(lab.text),
      customer: CUSTOMER_TAX_WORD.test(text.slice(Math.max(0, lab.s - 30), lab.s)),
    });
  }
  TAX_ID_PATTERN.lastIndex = 0;
  for (const m of text.matchAll(TAX_ID_PATTERN)) {
    const s = m.index;
    const e = s + m[0].length;
    if (hits.some((h) => s < h.end && e > h.start)) continue;
    // Not part of a bank account ("IBAN DE00 ...").
    if (/(?:iban|bic|swift|account|konto|rekening)\W*$/i.test(text.slice(Math.max(0, s - 12), s))) continue;
    hits.push({ value: compactTaxId(m[0]), start: s, end: e, labelled: false, vat: true, customer: CUSTOMER_TAX_WORD.test(text.slice(Math.max(0, s - 30), s)) });
  }
  return hits;
}

