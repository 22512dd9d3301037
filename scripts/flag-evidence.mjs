#!/usr/bin/env node
/**
 * What separates the right flagged receipt fields from the wrong ones (issue 13, point 3: a flag a
 * reviewer learns to ignore is no flag). For each development receipt, as the eval finds it (the
 * looks at a doubtful receipt included), the date and the total whose confidence is below their
 * review threshold, split into right and wrong, and for each signal the share right with and
 * without it, with counts:
 *   - word sure: the OCR engine's confidence in the value's least sure word (first reading) >= WORD_SURE;
 *   - readings agree: the receipt was read more than once and every reading alone that gives the
 *     field gives this value (and at least two do);
 *   - later reading agrees: some later reading alone gives this value;
 *   - value from a later reading: the flow took the value from a later reading (second-look.ts
 *     mergeSecondLook: capped at SECOND_LOOK_MAX_CONFIDENCE, 0.89, and flagged by that rule);
 *   - digits clean: the value's characters in the first reading are only digits and separators
 *     (an amount with two decimals, a numeric date), set apart from letters;
 *   - arithmetic: the chosen amount takes part in the page's arithmetic (calibration's corroborated
 *     or agree: subtotal + tax = total, cash - change, a column sum, printed twice);
 *   - margin >= M: the model's probability of the chosen value exceeds the next value's by M.
 * The confidences are those of the committed model (fitted on these development documents: in
 * sample); the flags are what a user sees. Reads through the eval's reader cache (never OCRs);
 * development parts only.
 *
 *   npm run build && DOCPARSE_RECEIPTS_DIR=DIR node scripts/flag-evidence.mjs --cache DIR [--list]
 */
import { readEvalDoc } from '../dist/eval/read.js';
import { documentCandidates, candidatesFor } from '../dist/extract/fields/candidates.js';
import { decide } from '../dist/extract/fields/decide.js';
import { defaultModel, distribution, reviewThresholdsOf } from '../dist/extract/fields/model.js';
import { WORD_SURE } from '../dist/extract/fields/learn/logistic.js';
import { asTheFlow, extract, receiptsThroughCache } from './lib/receipts-cache.mjs';

const list = process.argv.includes('--list');
const { corpus, reader } = receiptsThroughCache();
const model = defaultModel();
const FIELDS = [
  ['invoiceDate', 'date'],
  ['total', 'amount'],
];
const same = (a, b) => (typeof a === 'number' ? typeof b === 'number' && Math.abs(a - b) < 0.005 : a === b);

/** The value's characters set apart and only digits and separators. */
function cleanDigits(field, c) {
  if (!c) return false;
  const [s, e] = 'money' in c ? [c.money.start, c.money.end] : [c.date.start, c.date.end];
  const t = c.line.text;
  const raw = t.slice(s, e).trim();
  const apart = !/[\p{L}\d]/u.test(t[s - 1] ?? ' ') && !/[\p{L}\d]/u.test(t[e] ?? ' ');
  const shape = field === 'total' ? /^(?:[A-Z]{1,3}\s?|[$€£]\s?)?\d{1,3}(?:[,.\s]?\d{3})*[.,]\d{2}$/u : /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/;
  return apart && shape.test(raw);
}

const rows = [];
for (const doc of corpus.docs.filter((d) => d.split === 'dev')) {
  const read = await readEvalDoc(doc, reader).catch(() => null);
  if (!read) continue;
  const { result, readings } = await asTheFlow(doc, read, reader);
  const cands = documentCandidates(read.pages);
  const dec = decide(cands, model);
  const th = reviewThresholdsOf(model, cands.receipt);
  const alone = readings.length > 1 ? readings.map(extract) : [];
  for (const [field, truthKey] of FIELDS) {
    const f = result[field];
    if (!f) continue;
    const want = read.truth[truthKey];
    if (want === undefined) continue;
    const d = dec[field];
    const firstSame = d && same(d.value, f.value);
    const dist = distribution(model.fields[field], candidatesFor(cands, field)).values;
    const at = dist.findIndex((v) => same(v.value, f.value));
    const next = dist.find((v, i) => i !== at);
    const givers = alone.filter((a) => a[field]);
    rows.push({
      name: doc.name,
      field,
      value: f.value,
      confidence: f.confidence,
      flagged: f.confidence < (th[field] ?? 0.93),
      right: same(f.value, want),
      signals: {
        'word sure (first reading)': firstSame && typeof d.flags.wordConfidence === 'number' ? d.flags.wordConfidence >= WORD_SURE : null,
        'readings agree (read again)': alone.length ? givers.length >= 2 && givers.every((a) => same(a[field].value, f.value)) : null,
        'a later reading agrees': alone.length ? alone.slice(1).some((a) => a[field] && same(a[field].value, f.value)) : null,
        'value from a later reading': result.reviewReasons.some((r) => r.includes(' read from ') && r.split(' read from ')[0].split(', ').includes(field)),
        'digits clean': firstSame ? cleanDigits(field, d.candidate) : null,
        arithmetic: firstSame ? !!(d.flags.corroborated || d.flags.agree) : null,
        'margin >= 0.3': at >= 0 ? dist[at].p - (next?.p ?? 0) >= 0.3 : null,
        'margin >= 0.6': at >= 0 ? dist[at].p - (next?.p ?? 0) >= 0.6 : null,
        'labelled as issue date': firstSame && field === 'invoiceDate' ? !!d.flags.labelled : null,
      },
    });
  }
}
await reader.close?.();

const pct = (a, n) => (n ? `${((a / n) * 100).toFixed(0)}%`.padStart(4) : '   -');
for (const [field] of FIELDS) {
  const fl = rows.filter((r) => r.field === field && r.flagged);
  const un = rows.filter((r) => r.field === field && !r.flagged);
  console.log(`\n${field}: flagged ${fl.length} (right ${fl.filter((r) => r.right).length}, wrong ${fl.filter((r) => !r.right).length}); unflagged ${un.length} (wrong ${un.filter((r) => !r.right).length})`);
  console.log(`  ${'signal'.padEnd(30)} ${'with: right/n'.padEnd(18)} ${'without: right/n'.padEnd(18)} unknown`);
  for (const s of Object.keys(fl[0]?.signals ?? {})) {
    const w = fl.filter((r) => r.signals[s] === true);
    const wo = fl.filter((r) => r.signals[s] === false);
    const u = fl.filter((r) => r.signals[s] === null).length;
    const cell = (g) => `${pct(g.filter((r) => r.right).length, g.length)} ${g.filter((r) => r.right).length}/${g.length}`.padEnd(18);
    console.log(`  ${s.padEnd(30)} ${cell(w)} ${cell(wo)} ${u}`);
  }
  if (list) for (const r of fl) console.log(`    ${r.right ? 'right' : 'WRONG'} ${r.name} ${JSON.stringify(r.value)} @${r.confidence} ${Object.entries(r.signals).filter(([, v]) => v !== null).map(([k, v]) => `${k}:${v ? 1 : 0}`).join(' ')}`);
}
