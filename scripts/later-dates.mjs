#!/usr/bin/env node
/**
 * Which dates taken from a later reading are right (issue 13, point 3: such a date is capped at
 * SECOND_LOOK_MAX_CONFIDENCE and flags its receipt). For each development receipt whose date the
 * flow (second-look.ts withSecondLook, as the eval runs it) took from a later reading, how it was
 * taken: PaddleOCR's own date (fields/look.ts ownReadingDateWins), the merged readings with every
 * reading alone that gives a date agreeing, the merged readings otherwise (PaddleOCR's or a
 * tesseract look's reading credited); and whether the first reading gave no date, another date, or
 * had this date among its candidates. Counts right/wrong. Reads through the eval's reader cache
 * (never OCRs); development parts only.
 *
 *   npm run build && DOCPARSE_RECEIPTS_DIR=DIR node scripts/later-dates.mjs --cache DIR [--list]
 */
import { readEvalDoc } from '../dist/eval/read.js';
import { documentCandidates, candidatesFor, sameAs } from '../dist/extract/fields/candidates.js';
import { dateForRules, ownReadingDateWins, wordsConfidenceIn } from '../dist/extract/fields/look.js';
import { asTheFlow, extract, receiptsThroughCache } from './lib/receipts-cache.mjs';

const list = process.argv.includes('--list');
const { corpus, reader } = receiptsThroughCache();
const rows = [];
for (const doc of corpus.docs.filter((d) => d.split === 'dev')) {
  const read = await readEvalDoc(doc, reader).catch(() => null);
  if (!read || read.truth.date === undefined) continue;
  const first = extract(read.pages);
  const { result, readings } = await asTheFlow(doc, read, reader);
  const f = result.invoiceDate;
  if (!f || (first.invoiceDate && first.invoiceDate.value === f.value)) continue;
  const reason = result.reviewReasons.find((r) => r.includes(' read from ') && r.split(' read from ')[0].split(', ').includes('invoiceDate')) ?? '';
  const alone = readings.map(extract);
  const paddleAt = reason.includes('PaddleOCR') ? 1 : -1;
  // the dates as the look rules see them (fields/look.ts dateForRules: the frozen calibration)
  const rulesFirst = dateForRules(first.invoiceDate, first.look?.dateRules);
  const firstDate = rulesFirst && { ...rulesFirst, words: wordsConfidenceIn(read.pages, rulesFirst.box) };
  // PaddleOCR's reading is the first later reading when the flow made it (LOOKS order)
  const own = readings.length > 1 ? alone[1].invoiceDate : null;
  const ownRules = readings.length > 1 ? dateForRules(own, alone[1].look?.dateRules) : null;
  const ownTook = !!own && own.value === f.value && ownReadingDateWins(firstDate, ownRules) && reason.includes('PaddleOCR');
  const givers = alone.filter((a) => a.invoiceDate);
  const agree = givers.length >= 2 && givers.slice(1).every((a) => a.invoiceDate.value === f.value);
  const how = ownTook ? 'PaddleOCR own date (ownReadingDateWins)' : agree ? 'merged, later readings agree' : paddleAt === 1 ? 'merged, PaddleOCR credited' : 'merged, tesseract look credited';
  const cands = candidatesFor(documentCandidates(read.pages), 'invoiceDate');
  const firstHad = !first.invoiceDate ? 'first: no date' : cands.some((c) => sameAs(c, f.value)) ? 'first: other date, this one a candidate' : 'first: other date, this one not read';
  rows.push({ name: doc.name, how, firstHad, right: f.value === read.truth.date, value: f.value, conf: f.confidence, own: own ? `${own.value}@${own.confidence.toFixed(2)}` : '-', first: first.invoiceDate ? `${first.invoiceDate.value}@${first.invoiceDate.confidence.toFixed(2)}` : '-', readings: readings.length, agreeN: `${givers.filter((a) => a.invoiceDate.value === f.value).length}/${givers.length}` });
}
await reader.close?.();
const tally = (key) => {
  const m = new Map();
  for (const r of rows) {
    const k = key(r);
    const t = m.get(k) ?? { right: 0, wrong: 0 };
    t[r.right ? 'right' : 'wrong']++;
    m.set(k, t);
  }
  for (const [k, t] of [...m].sort()) console.log(`  ${k.padEnd(70)} right ${t.right} wrong ${t.wrong}`);
};
console.log(`dates taken from a later reading (dev): ${rows.length}, right ${rows.filter((r) => r.right).length}`);
console.log('by how:'); tally((r) => r.how);
console.log('by first reading:'); tally((r) => r.firstHad);
console.log('by both:'); tally((r) => `${r.how} | ${r.firstHad}`);
if (list) for (const r of rows) console.log(`  ${r.right ? 'right' : 'WRONG'} ${r.name} ${r.value}@${r.conf} own ${r.own} first ${r.first} readings ${r.readings} agree ${r.agreeN} | ${r.how} | ${r.firstHad}`);
