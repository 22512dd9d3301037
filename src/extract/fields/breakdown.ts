/**
 * A VAT breakdown table (Steueraufstellung, Riepilogo IVA, Desglose de IVA, Btw-specificatie,
 * Resumo do IVA, Zestawienie VAT, VAT analysis, a till's MwSt table): one row per rate with that
 * rate's net, tax and often gross amount. Each row adds up on its own (net x rate = tax, net + tax =
 * gross), so a row can pass for the document's subtotal, tax and total, and one rate's tax beat the
 * printed total VAT line. It is neither when the rows together reconcile with the document's own
 * total line (the sum of their gross amounts, or of their net and tax amounts, is a labelled total
 * printed outside the table): then the rows' amounts are marked `tbl:perRate` and are no candidates
 * for the total, subtotal or tax (candidates.ts), and when no tax-labelled line outside the table
 * prints the sum of the rows' taxes, that sum becomes a tax candidate of its own (printed nowhere,
 * like the one tax line per rate of amounts.ts); likewise the sum of their net amounts for the
 * subtotal (a till receipt prints the total and the table, no net line). A table with its own total
 * row under it (a hotel's tax summary: "Gesamt") gives that row's tax and net instead. A totals
 * block that prints the rows' net sum and tax sum on labelled lines ("Total HT" / "Total TVA") marks
 * the rows too, though its total holds more than they (a tourist tax OCR read twice or not at all).
 * A rate's net and tax may stand on two lines of their own ("Osnovica PDV 13 %" / "PDV 13 %"): one row.
 */
import { printedNowhere, type AmountCandidate } from './amounts.js';
import type { DocView } from './context.js';
import { round2, sameCents } from '../normalize.js';
import { outsideLines } from './outside.js';
import { garbledTotal } from './garbled.js';
import { percentsIn } from './tokens.js';

/**
 * A rate's row of a breakdown table: its net and tax amounts (and gross when printed). A till's
 * table may print only the gross and the tax of each rate ("B 8.1% 2.70 0.20"): then the net is
 * printed nowhere (`net` null) and is the gross less the tax.
 */
interface RateRow {
  line: number;
  page: number;
  rate: number;
  net: AmountCandidate | null;
  netValue: number;
  tax: AmountCandidate;
  gross: AmountCandidate | null;
  members: AmountCandidate[];
  /** The rate is not printed legibly: it is the row's own tax over its net (unratedRow). */
  unrated?: boolean;
  /** An unrated row whose printed rate OCR misread: the table prints its rates. */
  ratePrinted?: boolean;
}

/** Cents of tolerance: a per-rate tax is rounded once, from the rate's net. */
const close = (a: number, b: number, tol = 0.015) => Math.abs(a - b) < tol;

const labelled = (c: AmountCandidate, ...keys: string[]) => keys.some((k) => c.features[`seg:${k}`] || c.features[`row:${k}`] || c.features[`prev:${k}`]);

/**
 * The rows of the document that print a rate and a net and tax amount that match it (`net`), or a
 * gross and tax amount (`gross`: a small amount's tax fits both readings, so the table decides).
 */
function rateRows(cs: AmountCandidate[], v: DocView, reading: 'net' | 'gross'): RateRow[] {
  const byLine = new Map<number, AmountCandidate[]>();
  for (const c of cs) if (!printedNowhere(c)) byLine.set(c.line.n, [...(byLine.get(c.line.n) ?? []), c]);
  const rows: RateRow[] = [];
  for (const [n, all] of byLine) {
    // An amount labelled as a total, and what follows it, is no part of a rate's row: a layout may
    // print the totals block beside the table ("5,5 %  67,50  3,71     Total TVA  284,51").
    const cut = all.findIndex((c) => c.features['seg:totalStrong'] || c.features['seg:totalWeak'] || c.features['seg:due']);
    const members = cut < 0 ? all : all.slice(0, cut);
    if (members.length < 2) continue;
    const line = v.lines[n].text;
    const text = cut < 0 ? line : line.slice(0, Math.max(members[members.length - 1].money.end, line.lastIndexOf(all[cut].label, all[cut].money.start)));
    const rates = percentsIn(text);
    if (!rates.length && reading === 'net') {
      const row = unratedRow(members, n, v.lines[n].page);
      if (row) rows.push(row);
    }
    if (rates.length !== 1) continue;
    const rate = rates[0];
    // The pair whose sum is printed beside them (net + tax = gross) first, then the closest to the rate (a small amount fits several rates).
    let found: RateRow | null = null;
    let bestErr = Infinity;
    for (const net of reading === 'net' ? members : []) {
      for (const tax of members) {
        if (tax === net || Math.abs(tax.value) >= Math.abs(net.value)) continue;
        const err = Math.abs((net.value * rate) / 100 - tax.value);
        if (err >= 0.025) continue;
        const gross = members.find((g) => g !== net && g !== tax && close(net.value + tax.value, g.value)) ?? null;
        const score = err + (gross ? 0 : 1);
        if (score < bestErr) [found, bestErr] = [{ line: n, page: v.lines[n].page, rate, net, netValue: net.value, tax, gross, members }, score];
      }
    }
    // A gross and its tax: the tax is the rate's share of the gross (rate / (100 + rate)).
    if (reading === 'gross') {
      for (const gross of members) {
        for (const tax of members) {
          if (tax === gross || tax.value === 0 || Math.abs(tax.value) >= Math.abs(gross.value)) continue;
          const err = Math.abs((gross.value * rate) / (100 + rate) - tax.value);
          if (err < 0.015 && err < bestErr) [found, bestErr] = [{ line: n, page: v.lines[n].page, rate, net: null, netValue: round2(gross.value - tax.value), tax, gross, members }, err];
        }
      }
    }
    // A net and its gross whose tax OCR lost ("B 7%  19,56  i  20,93"): the tax is the difference, printed nowhere.
    if (!found && reading === 'net' && rate > 0) found = netAndGross(members, rate, n, v.lines[n].page);
    // A rate OCR misread ("A 55%" for 5,5 %, "B26%" for 20 %) under a net, tax and gross that fit no
    // other rate: the row is read as one without a rate (its tax over its net), its rate still printed.
    if (!found && reading === 'net') {
      const row = unratedRow(members, n, v.lines[n].page);
      if (row) found = { ...row, ratePrinted: true };
    }
    if (found) rows.push(found);
  }
  return rows.sort((a, b) => a.line - b.line);
}

/** A row of a net and a gross amount at the rate (gross = net x (1 + rate)), its tax their difference (a candidate printed nowhere, on no list). */
function netAndGross(members: AmountCandidate[], rate: number, line: number, page: number): RateRow | null {
  for (const net of members) {
    for (const gross of members) {
      if (gross === net || net.value <= 0 || gross.value <= net.value || !close(net.value * (1 + rate / 100), gross.value)) continue;
      const value = round2(gross.value - net.value);
      const tax: AmountCandidate = { ...net, value, money: { ...net.money, value }, features: { bias: 1, 'synthetic:taxSum': 1 } };
      return { line, page, rate, net, netValue: net.value, tax, gross, members };
    }
  }
  return null;
}

/**
 * A row whose rate OCR lost ("B  7,06  19,59  1,37  20,96": the % of "7,0%" read as a 6): a net, a
 * tax and their gross printed in that order (net + tax = gross to the cent), the tax a VAT rate's share
 * of the net (0.5 % to 30 %, the row's rate). It counts only in a table with other rows that
 * reconciles with the document's total (perRateBreakdown), never alone (onlyRate).
 */
function unratedRow(members: AmountCandidate[], line: number, page: number): RateRow | null {
  for (const gross of [...members].reverse()) {
    for (const net of members) {
      if (net.money.start >= gross.money.start || net.value <= 0) continue;
      for (const tax of members) {
        if (tax.money.start <= net.money.start || tax.money.start >= gross.money.start || tax.value <= 0) continue;
        const share = tax.value / net.value;
        if (share < 0.005 || share > 0.3 || !sameCents(net.value + tax.value, gross.value)) continue;
        return { line, page, rate: Math.round(share * 1000) / 10, net, netValue: net.value, tax, gross, members, unrated: true };
      }
    }
  }
  return null;
}

/**
 * A rate's net (or gross) and its tax printed on lines of their own, one above the other ("Osnovica
 * PDV 13 % 300,88 / PDV 13 % 39,12"; a Polish till's "Sprzed. opod. PTU A 41,86 / Kwota PTU A 23 %
 * 7,83"): a tax-labelled line (not a net's) printing one rate and one amount, and one of the two
 * lines before it printing one amount: a net-labelled one at the same rate whose share the tax is, or,
 * printing no rate, no total, a gross whose share at that rate the tax is. Read as one row, placed at
 * the tax's line, so that several rates make a table (which must reconcile like any other).
 */
function ratePairs(cs: AmountCandidate[], v: DocView): RateRow[] {
  const alone = (c: AmountCandidate) => !printedNowhere(c) && cs.filter((o) => o.line.n === c.line.n && !printedNowhere(o)).length === 1;
  const ratesOf = (c: AmountCandidate) => percentsIn(v.lines[c.line.n].text);
  const rows: RateRow[] = [];
  for (const tax of cs) {
    if (!labelled(tax, 'tax') || labelled(tax, 'net') || tax.value <= 0 || !alone(tax) || ratesOf(tax).length !== 1) continue;
    const rate = ratesOf(tax)[0];
    const before = cs.filter((c) => c.line.page === tax.line.page && c.line.n < tax.line.n && c.line.n >= tax.line.n - 2 && c.value > tax.value && alone(c));
    const net = before.find((c) => labelled(c, 'net') && ratesOf(c).length === 1 && ratesOf(c)[0] === rate && Math.abs((c.value * rate) / 100 - tax.value) < 0.025);
    if (net) {
      rows.push({ line: tax.line.n, page: tax.line.page, rate, net, netValue: net.value, tax, gross: null, members: [net, tax] });
      continue;
    }
    const gross = before.find((c) => !ratesOf(c).length && !labelled(c, 'net', 'totalStrong', 'totalWeak', 'due') && Math.abs((c.value * rate) / (100 + rate) - tax.value) < 0.015);
    if (gross) rows.push({ line: tax.line.n, page: tax.line.page, rate, net: null, netValue: round2(gross.value - tax.value), tax, gross, members: [gross, tax] });
  }
  return rows;
}

/** Groups of two or more rate rows close together on one page, with different rates, one of them printed, if misread (a table). */
function tables(rows: RateRow[]): RateRow[][] {
  const out: RateRow[][] = [];
  let cur: RateRow[] = [];
  for (const r of rows) {
    const last = cur[cur.length - 1];
    if (last && (last.page !== r.page || r.line - last.line > 3)) {
      out.push(cur);
      cur = [];
    }
    cur.push(r);
  }
  if (cur.length) out.push(cur);
  return out.filter((t) => t.length >= 2 && new Set(t.map((r) => r.rate)).size === t.length && t.some((r) => !r.unrated || r.ratePrinted));
}

/**
 * The table's own total row right under it ("Gesamt 466,38 46,12 512,50"): labelled as a total, its
 * tax the sum of the rows' taxes, and its net + tax = its gross. The table may hold rows without a
 * rate (a tourist tax without VAT), so its net and gross need not be the rate rows' sums.
 */
function sumRowUnder(t: RateRow[], outside: AmountCandidate[], tax: number): { net: AmountCandidate; tax: AmountCandidate; gross: AmountCandidate } | null {
  const last = t[t.length - 1];
  const lines = new Map<number, AmountCandidate[]>();
  for (const c of outside) if (c.line.page === last.page && c.line.n > last.line && c.line.n <= last.line + 4) lines.set(c.line.n, [...(lines.get(c.line.n) ?? []), c]);
  for (const n of [...lines.keys()].sort((a, b) => a - b)) {
    const row = lines.get(n)!;
    if (!row.some((c) => labelled(c, 'totalStrong', 'totalWeak'))) continue;
    const tx = row.find((c) => close(c.value, tax));
    if (!tx) continue;
    for (const net of row) {
      const gross = net !== tx ? row.find((g) => g !== net && g !== tx && close(net.value + tx.value, g.value)) : undefined;
      if (gross) return { net, tax: tx, gross };
    }
  }
  return null;
}

/** An amount that is a total by its arithmetic, whatever its label: tendered less change, or the sum of the items above it. */
const sumOnItsOwn = (c: AmountCandidate) => !!(c.features['arith:tenderedMinusChange'] || c.features['arith:columnSum']);

/** A sum of the table's rows as a candidate of its own, placed at its first row. */
function sumOf(first: AmountCandidate, value: number, features: Record<string, number>): AmountCandidate {
  return { value, line: first.line, money: { ...first.money, value }, label: first.label, features: { bias: 1, ...features, 'fmt:decimals': 1, 'pos:rightmost': 1 } };
}

/**
 * Marks the amounts of every breakdown table that reconciles with a total line outside it
 * (`tbl:perRate`), and returns the tax-sum and net-sum candidates to add (none when a sum is printed).
 */
export function perRateBreakdown(cs: AmountCandidate[], v: DocView): AmountCandidate[] {
  const out: AmountCandidate[] = [];
  const done = new Set<number>();
  for (const t of [...tables(rateRows(cs, v, 'net')), ...tables(rateRows(cs, v, 'gross')), ...tables(ratePairs(cs, v))]) {
    if (t.some((r) => done.has(r.line))) continue;
    const inTable = new Set(t.flatMap((r) => r.members));
    const net = round2(t.reduce((a, r) => a + r.netValue, 0));
    const tax = round2(t.reduce((a, r) => a + r.tax.value, 0));
    const gross = t.every((r) => r.gross) ? round2(t.reduce((a, r) => a + (r.gross?.value ?? 0), 0)) : null;
    const outside = cs.filter((c) => !inTable.has(c) && !printedNowhere(c));
    // Amounts outside VAT on the table's page (a hotel's tourist tax: outside.ts) are in the total too; each value once (an item and its line in the totals block).
    const extra = round2([...new Set(outsideLines(outside).filter((c) => c.line.page === t[0].page).map((c) => c.value))].reduce((a, b) => a + b, 0));
    const reconciles = (x: number) => close(x, round2(net + tax)) || (gross !== null && close(x, gross));
    // A total whose label OCR lost (",UMME  22,86") is known by its own arithmetic: the cash tendered less the change, or the items' column sum.
    const totals = outside.filter((c) => (labelled(c, 'totalStrong', 'totalWeak', 'due') || sumOnItsOwn(c)) && (reconciles(c.value) || (extra !== 0 && reconciles(round2(c.value - extra)))));
    // With them, the document's net is all that is not VAT: the rates' nets and the amounts outside VAT,
    // unless a net line prints the rates' nets alone ("Total HT 326,59" over "Hors TVA 1,00"): that is the net.
    const netAlone = outside.some((c) => labelled(c, 'net') && close(c.value, net));
    const docNet = totals.length && !totals.some((c) => reconciles(c.value)) && !netAlone ? round2(net + extra) : net;
    // A totals block that prints the rows' net sum and their tax sum on labelled lines of their own
    // ("Total HT 312,50 / Total TVA 32,50") says what the rows are, whatever its total holds besides.
    const sumsPrinted = netAlone && outside.some((c) => labelled(c, 'tax') && !labelled(c, 'net') && close(c.value, tax));
    const sum = totals.length || sumsPrinted ? null : sumRowUnder(t, outside, tax);
    // A slip whose total line OCR garbled: the table's sum is its total when the items above add up to it too (garbled.ts).
    const garbled = totals.length || sum || sumsPrinted ? null : garbledTotal(v, t[0].line, gross ?? round2(net + tax), t[0].tax);
    if (garbled) {
      out.push(garbled);
      totals.push(garbled);
    }
    if (!totals.length && !sum && !sumsPrinted) continue;
    for (const r of t) done.add(r.line);
    for (const c of inTable) c.features['tbl:perRate'] = 1;
    if (sum) {
      sum.tax.features['arith:taxOfTotal'] = 1;
      sum.net.features['arith:netOfTotal'] = 1;
      sum.gross.features['arith:netPlusTax'] = 1;
      continue;
    }
    for (const c of totals) c.features['arith:netPlusTax'] = 1;
    for (const c of outside) if (labelled(c, 'net') && close(c.value, docNet)) c.features['arith:netOfTotal'] = 1;
    const printed = outside.filter((c) => labelled(c, 'tax') && close(c.value, tax));
    for (const c of printed) c.features['arith:taxOfTotal'] = 1;
    const netPrinted = outside.some((c) => labelled(c, 'net') && close(c.value, docNet));
    if (!netPrinted) out.push(sumOf(t[0].net ?? t[0].tax, docNet, { 'seg:net': 1, 'synthetic:netSum': 1, 'arith:netOfTotal': 1 }));
    if (printed.length || cs.some((c) => c.features['synthetic:taxSum'] && close(c.value, tax))) continue;
    out.push(sumOf(t[0].tax, tax, { 'seg:tax': 1, 'synthetic:taxSum': 1, 'arith:taxOfTotal': 1 }));
  }
  for (const r of [...rateRows(cs, v, 'net'), ...rateRows(cs, v, 'gross')]) if (!done.has(r.line) && !r.unrated) onlyRate(r, cs);
  return out;
}

/**
 * A till's VAT table with one rate ("MwSt 1 19%  244,53  46,46" under "ZU ZAHLEN 290,99"): its row is
 * the whole breakdown, so when its net + tax (or its gross) is a labelled total printed outside it,
 * its net and tax are the document's (the arithmetic features say so; the row's amounts stay candidates),
 * unless a labelled line outside the row prints them too.
 */
function onlyRate(r: RateRow, cs: AmountCandidate[]): void {
  if (!r.net || r.tax.value === 0 || !labelled(r.tax, 'tax')) return;
  const net = r.net;
  const totals = cs.filter((c) => !r.members.includes(c) && c.line.page === r.page && labelled(c, 'totalStrong', 'totalWeak', 'due') && close(c.value, round2(net.value + r.tax.value)));
  if (!totals.length) return;
  // Where a labelled line outside the row prints its tax or its net, that line carries the arithmetic already.
  const elsewhere = (x: AmountCandidate, k: string) => cs.some((c) => !r.members.includes(c) && labelled(c, k) && close(c.value, x.value));
  if (elsewhere(r.tax, 'tax') || elsewhere(net, 'net')) return;
  net.features['arith:netOfTotal'] = 1;
  r.tax.features['arith:taxOfTotal'] = 1;
  for (const c of totals) c.features['arith:netPlusTax'] = 1;
}
