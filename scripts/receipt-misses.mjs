#!/usr/bin/env node
/**
 * Why receipts' totals and dates come out wrong: for each receipt of the development part whose
 * total (or date) is wrong or missing, whether the right value is in the OCR text at all, on which
 * line and beside which words, and what was taken instead with its label. Extraction as the eval
 * does it (a second and third look at a doubtful receipt), and the right value is looked for in
 * every reading the cache holds (the looks the flow made, and any other cached). Reads through the
 * eval's reader cache (never OCRs). Development documents only: the validation part is for measuring.
 *
 *   node scripts/receipt-misses.mjs --cache DIR [--field amount|date] [--part dev|val] [--list]
 */
import { readEvalDoc } from '../dist/eval/read.js';
import { toInvoice2dataJson } from '../dist/extract/fields/index.js';
import { LOOKS } from '../dist/extract/second-look.js';
import { arg, asTheFlow, receiptsThroughCache } from './lib/receipts-cache.mjs';

const field = arg('--field', 'amount');
const part = arg('--part', 'dev');
const list = process.argv.includes('--list');
const { corpus, reader } = receiptsThroughCache();

/** Every way a number may be written in the text, for `value`. */
const written = (v) => [v.toFixed(2), v.toFixed(2).replace('.', ','), String(v)];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const isoToForms = (iso) => {
  const [y, m, d] = iso.split('-');
  const mon = MONTHS[Number(m) - 1];
  const dd = String(Number(d));
  return [`${d}/${m}/${y}`, `${d}-${m}-${y}`, `${d}.${m}.${y}`, `${d}/${m}/${y.slice(2)}`, `${d}-${m}-${y.slice(2)}`, `${d}.${m}.${y.slice(2)}`, `${y}-${m}-${d}`, `${y}/${m}/${d}`, `${y}.${m}.${d}`, `${m}/${d}/${y}`,
    `${d} ${mon}`, `${dd} ${mon}`, `${d}-${mon}`, `${dd}-${mon}`, `${d}${mon}${y}`, `${mon} ${d}`, `${mon} ${dd}`];
};

const causes = new Map();
const add = (k, name) => causes.set(k, [...(causes.get(k) ?? []), name]);
for (const doc of corpus.docs.filter((d) => d.split === part)) {
  let read;
  try {
    read = await readEvalDoc(doc, reader);
  } catch {
    add('not read (not in the cache, or unreadable)', doc.name);
    if (list) console.log(`${doc.name}: not read`);
    continue;
  }
  if (!read) continue;
  // as the eval (src/eval/cli.ts): a second look at a doubtful receipt, every reading kept
  const { result: r, readings, readAgain } = await asTheFlow(doc, read, reader);
  const looked = readings.length - 1;
  // the looks the flow did not make, when the cache has them anyway (never OCRs)
  for (const look of LOOKS.slice(looked)) await readAgain(look);
  const got = toInvoice2dataJson(r)[field];
  const want = read.truth[field];
  if (got !== undefined && got !== null && (field === 'amount' ? Math.abs(got - want) < 0.005 : got === want)) continue;
  const text = readings.flat().map((p) => p.text).join('\n');
  const lines = field === "date" ? text.toLowerCase().split("\n") : text.split('\n');
  const forms = field === 'amount' ? written(want) : isoToForms(want);
  const hit = lines.findIndex((l) => forms.some((f) => new RegExp(`(?<![\\d.,])${f.replace(/[.]/g, '\\.')}(?![\\d])`).test(l)));
  const conf = field === 'amount' ? r.total?.confidence : r.invoiceDate?.confidence;
  const source = field === 'amount' ? r.total?.source : r.invoiceDate?.source;
  let cause;
  if (hit < 0) cause = 'not in the text (OCR)';
  else if (got === undefined || got === null) cause = 'in the text, nothing taken';
  else {
    const gotForms = field === 'amount' ? written(got) : isoToForms(got);
    const gotLine = lines.findIndex((l) => gotForms.some((f) => l.includes(f)));
    const label = (l) => (l >= 0 ? lines[l].replace(/\s+/g, ' ').trim().slice(0, 60) : '?');
    cause = `in the text, another taken`;
    if (list) console.log(`${doc.name}: want ${want} on "${label(hit)}"; got ${got} @${conf} on "${label(gotLine)}" (${source}; ${looked} more reading${looked === 1 ? '' : 's'})`);
  }
  if (list && cause !== 'in the text, another taken') console.log(`${doc.name}: want ${want}; got ${got ?? null}: ${cause}`);
  add(cause, doc.name);
}
const total = [...causes.values()].reduce((a, v) => a + v.length, 0);
console.log(`${part} receipts, ${field} not right: ${total}`);
for (const [k, v] of [...causes.entries()].sort((a, b) => b[1].length - a[1].length)) console.log(`  ${String(v.length).padStart(4)}  ${k}`);
