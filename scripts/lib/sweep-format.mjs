// Amounts, dates and VAT sums of the blind sweeps' generators (scripts/make-sweep20-docs.mjs,
// make-sweep21-docs.mjs): amounts are integer cents, every printed sum is computed from the lines.

/** Amount in cents as printed: de 1.234,56 | fr 1 234,56 | ch 1'234.56 | en 1,234.56. */
export function money(c, f = 'de') {
  const neg = c < 0;
  const a = Math.abs(c);
  const sep = { de: '.', fr: '\u00a0', ch: "'", en: ',' }[f];
  const dec = f === 'ch' || f === 'en' ? '.' : ',';
  const int = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${neg ? '-' : ''}${int}${dec}${String(a % 100).padStart(2, '0')}`;
}

const MONTHS = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** An ISO date as printed: dot 12.03.2026 | dot2 12.03.26 | slash 12/03/2026 | slash2 12/03/26 | dash 12-03-2026 | iso | long-de | long-fr. */
export function date(iso, f) {
  const [y, m, d] = iso.split('-');
  switch (f) {
    case 'dot': return `${d}.${m}.${y}`;
    case 'dot2': return `${d}.${m}.${y.slice(2)}`;
    case 'slash': return `${d}/${m}/${y}`;
    case 'slash2': return `${d}/${m}/${y.slice(2)}`;
    case 'dash': return `${d}-${m}-${y}`;
    case 'iso': return iso;
    case 'long-de': return `${Number(d)}. ${MONTHS.de[m - 1]} ${y}`;
    case 'long-fr': return `${Number(d) === 1 ? '1er' : Number(d)} ${MONTHS.fr[m - 1]} ${y}`;
    default: throw new Error(f);
  }
}

/**
 * Line amounts and VAT per rate. mode 'net': prices before VAT, tax per rate on the rate's net sum;
 * 'gross': prices include VAT (till receipts), tax per rate taken out of the rate's gross sum.
 * A line's amount is round(q * u) unless it gives its own (fuel: litres times a price in 1/10 cent).
 */
export function sums(items, mode = 'net') {
  const lines = items.map((l) => ({ ...l, amt: l.amt ?? Math.round(l.q * l.u) }));
  const rates = [...new Set(lines.map((l) => l.r))].sort((a, b) => a - b);
  const by = rates.map((r) => {
    const base = lines.filter((l) => l.r === r).reduce((s, l) => s + l.amt, 0);
    const tax = mode === 'net' ? Math.round((base * r) / 100) : Math.round((base * r) / (100 + r));
    return mode === 'net' ? { r, net: base, tax, gross: base + tax } : { r, net: base - tax, tax, gross: base };
  });
  const net = by.reduce((s, b) => s + b.net, 0);
  const tax = by.reduce((s, b) => s + b.tax, 0);
  return { lines, by, net, tax, gross: net + tax };
}

const cents = (c) => Math.round(c) / 100;
/** The truth of one document from its sums (amounts in euros/francs, as truth.json has them). */
export function truth(o) {
  const t = {};
  if (o.invoiceNumber !== undefined) t.invoiceNumber = o.invoiceNumber;
  // A subtotal or tax left undefined is not printed, so not scored (null: printed as none).
  const amount = (c) => (c === undefined ? undefined : c === null ? null : cents(c));
  Object.assign(t, { invoiceDate: o.invoiceDate, dueDate: o.dueDate ?? null, total: cents(o.total), subtotal: amount(o.subtotal), tax: amount(o.tax), currency: o.currency ?? 'EUR', documentType: o.documentType ?? 'invoice' });
  for (const k of ['subtotal', 'tax']) if (t[k] === undefined) delete t[k];
  return t;
}

export const qty = (q, f) => (Number.isInteger(q) ? String(q) : String(q).replace('.', f === 'ch' || f === 'en' ? '.' : ','));

/** Item rows as printed strings. */
export const rows = (s, f, withRate) => s.lines.map((l, i) => ({ pos: String(i + 1), d: l.d, q: l.qs ?? qty(l.q, f), u: l.us ?? money(l.u, f), a: money(l.amt, f), r: withRate ? `${String(l.r).replace('.', f === 'ch' ? '.' : ',')} %` : null }));

export const rcptLines = (s, f, tag = (l) => '') => s.lines.flatMap((l) => (l.q === 1 && !l.qs ? [{ l: l.d, r: `${money(l.amt, f)}${tag(l)}` }] : [{ t: l.d }, { l: `  ${l.qs ?? qty(l.q, f)} x ${l.us ?? money(l.u, f)}`, r: `${money(l.amt, f)}${tag(l)}` }]));
