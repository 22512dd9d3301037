/**
 * Parties (vendor and customer): name, postal address and tax id, by generic layout rules.
 *
 * - The vendor's name is the first cell with a company suffix (outside the customer's block); its
 *   address is the block of lines under the name in the same column (letterhead / sender block), or,
 *   failing that, a one-line "Name · street · postcode city" (footer, return-address line).
 * - The customer's block starts at a label (Bill to, Rechnungsempfänger, Facturé à, Factuur aan,
 *   Cliente ...); the name is the first line after the label, the address the lines under it.
 * - A block ends at a blank line, at another label, at a table header or amounts, at a sentence; a
 *   contact line (Tel, E-mail, www, IBAN ...) or a tax-id line ends the address, and tax ids found
 *   right there (still in the block's column) belong to that party.
 * Knows no vendor; every rule must hold for invoices in general.
 */
import type { Party } from '../../types.js';
import { cells, cellInColumn, genericField as f, nextLines, type Cell, type Line as PartyLine } from './cells.js';
import { clean, CUSTOMER_LABEL, HAS_AMOUNT, isAddressLike, isContact, isPostcodeLine, isStreetLine, isTableHeader, OTHER_LABEL } from './address.js';
import { taxIdsIn, type TaxHit } from './taxids.js';
import { COMPANY_FORM, companyCell, nameText, topName } from './seller-name.js';

/**
 * The vendor name's confidence by its evidence and by how the page was read: about the share of
 * such names that were right (by the eval's name comparison: case, punctuation and spacing aside)
 * on the development parts, 2026-12-06 (text pages: fixtures, e-invoice pages, invoice2data's PDFs,
 * 7/7 + 28/30 + 4/9; OCR'd receipts: a company form at the top 120/204, a name over its address
 * 42/97, a company form further down 0/2). OCR seldom reads a name letter for letter, so an OCR'd
 * name is never near certain. A name is no core field: it never flags the document.
 */
const NAME_CONFIDENCE = { text: { formTop: 0.8, form: 0.7, top: 0.7 }, ocr: { formTop: 0.55, form: 0.1, top: 0.4 } };

export type { PartyLine };
export { taxIdsIn, type TaxHit } from './taxids.js';





// ---------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------

interface Block {
  lines: string[];
  page: number;
  /** Tax ids in the block's column (with the line they are on). */
  taxIds: { hit: TaxHit; line: PartyLine }[];
  /** Line numbers the block covers (name .. last line looked at). */
  from: number;
  to: number;
}

/**
 * The lines under `first` (the party's name, at `span`) in the same column: address lines until a
 * blank line, another label, a table or a sentence; contact and tax-id lines end the address but are
 * still read for the party's tax id.
 */
function blockUnder(lines: PartyLine[], first: PartyLine, span: [number, number]): Block {
  const block: Block = { lines: [], page: first.page, taxIds: [], from: first.n, to: first.n };
  let col: [number, number] = [span[0], span[1]];
  let misses = 0;
  let addressDone = false;
  let tail = 0;
  for (let i = first.n + 1; i < lines.length && lines[i].page === first.page; i++) {
    const l = lines[i];
    if (!l.text.trim()) break;
    const c = cellInColumn(l.text, col);
    if (!c) {
      // Another column's line between two of ours (layout interleaving).
      if (++misses > 2) break;
      continue;
    }
    misses = 0;
    const text = clean(c.text);
    if (!text) continue;
    const tax = taxIdsIn(text);
    if (tax.length) {
      for (const hit of tax) block.taxIds.push({ hit, line: l });
      addressDone = true;
    } else if (isContact(text)) {
      addressDone = true;
    } else if (addressDone) {
      break;
    } else if (
      text.length > 60 ||
      /:$/.test(text) ||
      OTHER_LABEL.test(text) ||
      CUSTOMER_LABEL.test(c.text) ||
      isTableHeader(l.text) ||
      (HAS_AMOUNT.test(text) && !isPostcodeLine(text)) ||
      (text.split(/\s+/).length > 7 && !isAddressLike(text))
    ) {
      break;
    } else {
      block.lines.push(text);
      col = [Math.min(col[0], c.start), Math.max(col[1], c.end)];
      if (block.lines.length >= 6) addressDone = true;
    }
    block.to = i;
    if (addressDone && ++tail > 4) break;
  }
  return block;
}

/** The address from a block's lines, if they look like one (a postcode, street or country line). */
function addressOf(lines: string[]): { value: string; sure: boolean } | null {
  // Leading lines that are clearly not an address (a second name line, "Attn: ...") stay: they are
  // printed as part of the address block. Trailing lines must look like address lines.
  let k = lines.length;
  while (k > 0 && !isAddressLike(lines[k - 1]) && !/\d/.test(lines[k - 1])) k--;
  const kept = lines.slice(0, k);
  if (!kept.length || !kept.some(isAddressLike)) return null;
  return { value: kept.join(', '), sure: kept.some(isPostcodeLine) };
}

/** "ACME GmbH · Hauptstr. 1 · 10115 Berlin": the address parts of a one-line sender/footer. */
function inlineAddress(rest: string): string | null {
  const parts = rest
    .split(/\s+[·•|–—-]\s+|\s*[·•|]\s*|\s{2,}/u)
    .map((p) => clean(p))
    .filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    if (isContact(p) || taxIdsIn(p).length || OTHER_LABEL.test(p)) break;
    out.push(p);
  }
  while (out.length && !isAddressLike(out[out.length - 1])) out.pop();
  if (!out.length || !out.some(isPostcodeLine) || out.join(', ').length > 120) return null;
  return out.join(', ');
}

// ---------------------------------------------------------------------------

/** A form's name label in a party's block. */
const NAME_FIELD = /^(?:name|nom|firma|company|raison\s+sociale|nombre|naam|nazwa)$/iu;
/** An attention line in front of a name ("ATTN: ...", "z. Hd. ...", "T.a.v. ..."). */
const ATTN = /^(?:attn\.?|attention|z\.\s*hd\.?|zu\s+h[äa]nden|t\.\s*a\.\s*v\.|[àa]\s+l['’]attention\s+de)\s*:?\s*/iu;
const partyName = (s: string) => clean(s).replace(ATTN, '');

/** A seller label in front of the name ("Sold by:", "Verkäufer:", "Sprzedawca:"). */
const SELLER_LABEL = /^(?:sold\s+by|seller|vendor|supplier|from|verk[äa]ufer|lieferant|absender|fournisseur|vendeur|leverancier|verkoper|proveedor|vendedor|fornitore|venditore|sprzedawca|dostawca)\s*:\s*/iu;

export function findParties(lines: PartyLine[], opts: { ocr?: boolean } = {}): { vendor: Party; customer: Party } {
  const conf = opts.ocr ? NAME_CONFIDENCE.ocr : NAME_CONFIDENCE.text;
  const vendor: Party = { name: null, address: null, taxId: null };
  const customer: Party = { name: null, address: null, taxId: null };

  // Customer: the block under a customer label.
  let custBlock: Block | null = null;
  let custSpan: [number, number] = [0, 0];
  for (const l of lines) {
    const m = CUSTOMER_LABEL.exec(l.text);
    if (!m) continue;
    const start = m.index + m[0].length - m[1].length;
    const end = m.index + m[0].length;
    const afterRaw = l.text.slice(end);
    const after = afterRaw.trim().split(/\s{2,}/)[0];
    let nameLine: PartyLine | null = null;
    let span: [number, number] = [start, end];
    // The name on the label's line: right after it (not another column's heading far to the right).
    const gap = afterRaw.length - afterRaw.trimStart().length;
    const oneLine = after ? nameAndAddress(after) : null;
    if (oneLine) {
      // "Bill to: Customer Ltd, 7 Harbour Road, Portsmouth PO1 3AX": name and address on one line.
      customer.name = f(partyName(oneLine.name), 0.35, 'label:customer', l.page);
      customer.address = f(oneLine.address, 0.45, 'inline:customer-address', l.page);
      nameLine = l;
      const s = end + afterRaw.indexOf(after);
      span = [start, s + after.length];
    } else if (after && /\p{L}{2,}/u.test(after) && !/\d{4,}/.test(after) && (m[1].trim().endsWith(':') || gap <= 8) && !OTHER_LABEL.test(after) && !CUSTOMER_LABEL.test(`  ${after}`)) {
      customer.name = f(partyName(after), 0.35, 'label:customer', l.page);
      nameLine = l;
      const s = end + afterRaw.indexOf(after);
      span = [start, s + after.length];
    } else {
      // A form under the label ("Nummer: 2121", "Name: Muster GmbH", "Anschrift: ..."): the name is
      // the value of its Name line; otherwise the first line under the label is the name.
      const under = nextLines(lines, l, 4).filter((x) => x.n - l.n <= 4);
      const form = under.find((x) => NAME_FIELD.test(clean(cells(x.text)[0]?.text ?? '')) && /:\s*$/.test(cells(x.text)[0]?.text ?? ''));
      let looked = 0;
      for (const nl of form ? [form] : under.slice(0, 3)) {
        let c = form ? (cells(nl.text)[1] ?? null) : cellInColumn(nl.text, [start, Math.max(end, start + 12)], 6);
        // Another column's line between the label and the name (a two-column head: the seller's
        // name at the left, level with nothing under the label yet): look one further.
        if (!c && !form && !looked && cells(nl.text).length) continue;
        looked++;
        // A contact line under the label ("Contact Acheteur") goes before the name: look one further.
        if (c && !form && isContact(clean(c.text)) && looked === 1) continue;
        // Another form field ("Nummer:", "Nummer      : GE2020211") or a salutation alone ("Herrn"): no
        // name, and the name may follow it: look one further.
        if (c && !form && (/:\s*$/.test(c.text) || /^\s*:/.test(nl.text.slice(c.end)) || FORM_FIELD.test(c.text) || SALUTATION_ONLY.test(clean(c.text))) && looked < 3) continue;
        // (A name with a company form is no label, whatever word it starts with: "Auftraggeber Bau GmbH", "Projektwerk AG".)
        if (c && /\p{L}{2,}/u.test(c.text) && (!OTHER_LABEL.test(clean(c.text)) || (!!form && COMPANY_FORM.test(c.text)))) {
          const split = nameAndAddress(clean(c.text));
          customer.name = f(partyName(split ? split.name : c.text), 0.3, 'label:customer', nl.page);
          if (split) customer.address = f(split.address, 0.45, 'inline:customer-address', nl.page);
          nameLine = nl;
          span = [c.start, c.end];
        }
        break;
      }
    }
    if (customer.name && nameLine) {
      custBlock = blockUnder(lines, nameLine, span);
      custSpan = span;
      custBlock.from = l.n;
      const addr = customer.address ? null : addressOf(custBlock.lines);
      if (addr) customer.address = f(addr.value, addr.sure ? 0.5 : 0.35, 'block:customer-address', custBlock.page);
      break;
    }
  }
  // No label: the recipient under a window envelope's return-address line (DIN 5008 / C5 window).
  const w = customer.name ? null : windowRecipient(lines);
  if (w) {
    customer.name = f(w.name, 0.3, 'window:customer', w.line.page);
    custBlock = blockUnder(lines, w.line, w.span);
    custSpan = w.span;
    const addr = addressOf(custBlock.lines);
    if (addr) customer.address = f(addr.value, addr.sure ? 0.5 : 0.35, 'block:customer-address', custBlock.page);
  }
  const inCustomer = (l: PartyLine) => custBlock !== null && l.page === custBlock.page && l.n >= custBlock.from && l.n <= custBlock.to;

  // Vendor: the first cell with a company form that reads as a name, outside the customer's block
  // if possible; else the name at the top of the first page, above its address (seller-name.ts).
  let vendorAt: { line: PartyLine; cell: Cell; rest: string } | null = null;
  const notCustomerName = (l: PartyLine) => !!customer.name && cells(l.text).some((c) => clean(c.text).includes(customer.name!.value));
  // On the customer's lines only what stands in its column is the customer's (a two-column head).
  const inCustomerColumn = (l: PartyLine, c: Cell) => inCustomer(l) && c.end > custSpan[0] - 4 && c.start < custSpan[1] + 4;
  const skipTop = (l: PartyLine, c: Cell) => inCustomerColumn(l, c) || CUSTOMER_LABEL.test(c.text) || (!!customer.name && clean(c.text) === customer.name.value);
  const top = topName(lines, skipTop);
  const found = companyCell(lines, (l) => inCustomer(l) || notCustomerName(l)) ?? companyCell(lines, notCustomerName);
  const nearTop = (l: PartyLine) => l.page === lines[0]?.page && l.n - (lines[0]?.n ?? 0) < 15;
  // A company form far down the page (a legal footer, an item line) yields to a name at the top
  // standing over its address.
  if (found && (nearTop(found.line) || !top?.above)) {
    const c = found.cell;
    let text = found.name;
    let rest = '';
    // "ACME AG - Uferweg 40 - 63571 Gelnhausen": the name is the part up to its company suffix.
    const m = /^(.*?(?:GmbH|AG|B\.?V\.?|N\.?V\.?|SARL|SAS|S\.?A\.?|S\.?r\.?l\.?|S\.?p\.?A\.?|Ltd\.?|Limited|LLC|LLP|Inc\.?|Corp\.?|Co\.|S\.?L\.?|KG|PLC))\s*(?:[,·•|]|\s[-–—])\s*(.+)$/u.exec(c.text);
    if (m && inlineAddress(m[2])) {
      text = m[1];
      rest = m[2];
    }
    text = nameText(text.replace(SELLER_LABEL, '').replace(/[,:;]+$/, ''));
    // A name at the top of the page above its address is the likeliest; one further down less so.
    vendor.name = f(text, nearTop(found.line) ? conf.formTop : conf.form, 'company-suffix', found.line.page);
    vendorAt = { line: found.line, cell: c, rest };
  } else if (top) {
    {
      vendor.name = f(top.text, top.above && top.form ? conf.formTop : top.above ? conf.top : conf.form, 'top-block', top.line.page);
      vendorAt = { line: top.line, cell: top.cell, rest: '' };
    }
  } else if (w) {
    // Nothing else names the seller: the return-address line over the window does.
    vendor.name = f(w.sender.name, conf.form, 'window:return-line', w.sender.line.page);
    vendor.address = f(w.sender.address, 0.45, 'inline:vendor-address', w.sender.line.page);
  }

  let vendorBlock: Block | null = null;
  if (vendorAt) {
    if (vendorAt.rest) {
      const a = inlineAddress(vendorAt.rest);
      if (a) vendor.address = f(a, 0.45, 'inline:vendor-address', vendorAt.line.page);
    } else if (!inCustomer(vendorAt.line)) {
      vendorBlock = blockUnder(lines, vendorAt.line, [vendorAt.cell.start, vendorAt.cell.end]);
      const addr = addressOf(vendorBlock.lines);
      if (addr) vendor.address = f(addr.value, addr.sure ? 0.5 : 0.35, 'block:vendor-address', vendorBlock.page);
    }
    if (!vendor.address && vendor.name) {
      // A footer or return-address line: "Name · street · postcode city".
      const name = vendor.name.value;
      for (const l of lines) {
        const i = l.text.indexOf(name);
        if (i < 0 || l === vendorAt.line) continue;
        const a = inlineAddress(l.text.slice(i + name.length).replace(/^\s*[,·•|–—-]\s*/u, ''));
        if (a) {
          vendor.address = f(a, 0.4, 'footer:vendor-address', l.page);
          break;
        }
      }
    }
  }

  // Tax ids: those in a party's block are that party's; the vendor's otherwise is the best one
  // elsewhere (a VAT-type label first, then any label, then a recognisable pattern).
  const inBlock = (b: Block | null, l: PartyLine) => b !== null && l.page === b.page && l.n >= b.from && l.n <= b.to;
  const custTax = custBlock?.taxIds[0];
  if (custTax) customer.taxId = f(custTax.hit.value, custTax.hit.labelled ? 0.55 : 0.45, 'block:customer-tax-id', custTax.line.page);
  const all: { hit: TaxHit; line: PartyLine; inVendor: boolean }[] = [];
  for (const l of lines) {
    const own = inBlock(vendorBlock, l) ? vendorBlock!.taxIds.filter((t) => t.line === l).map((t) => t.hit) : [];
    // On the customer's lines, only ids in its column are its own (the seller's may stand at the left).
    for (const hit of taxIdsIn(l.text)) if (!inBlock(custBlock, l) || hit.end <= custSpan[0] - 4) all.push({ hit, line: l, inVendor: own.some((o) => o.value === hit.value) });
  }
  // A VAT number beats a local tax / registration number; a label beats a bare pattern; the
  // vendor's own block beats the rest of the page.
  const rank = (x: (typeof all)[number]) => (x.hit.vat ? 4 : 0) + (x.hit.labelled ? 2 : 0) + (x.inVendor ? 1 : 0);
  let best: (typeof all)[number] | null = null;
  for (const x of all) if (!x.hit.customer && (!best || rank(x) > rank(best))) best = x;
  if (best) {
    const rule = best.inVendor ? 'block:vendor-tax-id' : best.hit.labelled ? 'label:tax-id' : 'pattern:tax-id';
    vendor.taxId = f(best.hit.value, (best.hit.labelled ? 0.5 : 0.4) + (best.inVendor ? 0.1 : 0), rule, best.line.page);
  }
  if (!customer.taxId) {
    const c = all.find((x) => x.hit.customer && x.hit.labelled);
    if (c) customer.taxId = f(c.hit.value, 0.5, 'label:customer-tax-id', c.line.page);
  }
  return { vendor, customer };
}

/**
 * "Customer Ltd, 7 Harbour Road, Portsmouth PO1 3AX": the name and the address when a comma
 * starts an address part (a street or postcode line); null otherwise.
 */
function nameAndAddress(s: string): { name: string; address: string } | null {
  const parts = s.split(/\s*,\s*/).map((p) => p.trim());
  for (let k = 1; k < parts.length; k++) {
    const rest = parts.slice(k);
    if (!(isStreetLine(rest[0]) || isPostcodeLine(rest[0]))) continue;
    const name = parts.slice(0, k).join(', ');
    // (A name may hold a street word, "Maple Street Bakery", but not start like an address.)
    if (!/\p{L}{2,}/u.test(name) || /^\d/.test(name) || isPostcodeLine(name)) return null;
    return { name, address: rest.join(', ') };
  }
  return null;
}

/** A form field's label and its value in one cell ("Kunden-Nr.: 88412", "Nummer: GE20"): no name. */
const FORM_FIELD = /^[\p{L}.\- ]{2,24}:\s*\S*\d/u;

/** A salutation or "Firma" in front of a recipient's name (German, English, French, Dutch, Spanish, Italian). */
const SALUTATION_WORDS = '(?:herrn?|frau|firma|mr\\.?|mrs\\.?|ms\\.?|miss|monsieur|madame|mademoiselle|mme\\.?|mlle\\.?|messieurs|dhr\\.?|mevr\\.?|sr\\.?|sra\\.?|sig\\.(?:ra)?)';
const SALUTATION_RUN = `${SALUTATION_WORDS}(?:\\s+(?:und|u\\.|&|and|et|en|y|e)\\s+${SALUTATION_WORDS})?`;
const SALUTATION = new RegExp(`^${SALUTATION_RUN}\\s+(?=\\S)`, 'iu');
const SALUTATION_ONLY = new RegExp(`^${SALUTATION_RUN}$`, 'iu');

/**
 * "Alphabet, Lilienthalallee 26, 80786 München" printed small above the address a window envelope
 * shows (the sender's return line, DIN 5008): the block that starts under it in its column, within
 * a few lines, is the recipient's when its first line reads as a name and an address with a
 * postcode follows.
 */
function windowRecipient(lines: PartyLine[]): { name: string; line: PartyLine; span: [number, number]; sender: { name: string; address: string; line: PartyLine } } | null {
  const first = lines[0]?.page;
  for (const l of lines) {
    if (l.page !== first) break;
    const cs = cells(l.text);
    if (cs.length !== 1) continue;
    const c = cs[0];
    const parts = c.text.split(/\s*[,·•|]\s*|\s+[–—-]\s+/u).filter((x) => x.trim());
    const senderAddress = parts.length >= 3 && c.text.length <= 100 ? inlineAddress(parts.slice(1).join(' · ')) : null;
    if (!senderAddress) continue;
    const sender = { name: nameText(clean(parts[0])), address: senderAddress, line: l };
    // (The window's top edge leaves blank lines between the two.)
    for (const nl of lines.slice(l.n + 1, l.n + 9).filter((x) => x.page === l.page && x.text.trim())) {
      const n = cellInColumn(nl.text, [c.start, c.start + 12], 4);
      if (!n) continue;
      // "Herrn" / "Frau" / "Firma" alone: the name is on the next line; in front of it, no part of it.
      if (SALUTATION_ONLY.test(clean(n.text))) continue;
      const name = partyName(n.text).replace(SALUTATION, '').replace(/^[^:]{2,20}:\s*(?=\S)/u, '');
      if (!/\p{L}{2,}/u.test(name) || isContact(name) || isAddressLike(name) || OTHER_LABEL.test(name) || CUSTOMER_LABEL.test(n.text) || HAS_AMOUNT.test(name)) return null;
      const block = blockUnder(lines, nl, [n.start, n.end]);
      const addr = addressOf(block.lines);
      return addr?.sure ? { name, line: nl, span: [n.start, n.end], sender } : null;
    }
  }
  return null;
}
