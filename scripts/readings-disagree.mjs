#!/usr/bin/env node
/**
 * How the readings of a receipt read again choose between values they disagree on: for each
 * receipt the flow reads more than once (src/extract/second-look.ts, as the eval does), the date
 * and total that each reading gives alone, the value the flow chose (extraction on all the
 * readings together, merged onto the first reading's), and what other general rules would have
 * chosen: the reading whose value has the highest confidence; the highest confidence the
 * second-look trigger sees (fields/look.ts); the value most readings give (a tie leaves the
 * flow's); a value given by a reading whose total the arithmetic proves (the only such value);
 * a value two or more later readings give where no later reading repeats the first's. Reads
 * through the eval's reader cache (never OCRs).
 *
 *   node scripts/readings-disagree.mjs --cache DIR [--part dev|val] [--list]
 */
import { readEvalDoc } from '../dist/eval/read.js';
import { arg, asTheFlow, extract, receiptsThroughCache } from './lib/receipts-cache.mjs';

const part = arg('--part', 'dev');
const list = process.argv.includes('--list');
const { corpus, reader } = receiptsThroughCache();

const FIELDS = [
  ['invoiceDate', 'date'],
  ['total', 'amount'],
];
const key = (v) => JSON.stringify(v ?? null);

/** Each rule: the value it chooses from the readings alone (`undefined`: the flow's choice). */
const RULES = {
  'highest confidence': (alone) => best(alone, (a) => a.confidence),
  'highest trigger confidence': (alone) => best(alone, (a) => a.look ?? 0),
  'most readings': (alone) => {
    const top = counts(alone.filter((a) => a.value !== null)).sort((a, b) => b[1] - a[1]);
    return top.length && (top.length === 1 || top[0][1] > top[1][1]) ? JSON.parse(top[0][0]) : undefined;
  },
  'proved by arithmetic': (alone) => {
    const proved = new Set(alone.filter((a) => a.source === 'generic:arithmetic').map((a) => key(a.value)));
    return proved.size === 1 ? JSON.parse([...proved][0]) : undefined;
  },
  'two later readings against the first': (alone) => {
    const later = counts(alone.slice(1).filter((a) => a.value !== null)).sort((a, b) => b[1] - a[1]);
    const first = key(alone[0].value);
    const repeated = later.some(([v]) => v === first);
    return !repeated && later.length && later[0][1] >= 2 && (later.length === 1 || later[1][1] < later[0][1]) ? JSON.parse(later[0][0]) : undefined;
  },
};
const best = (alone, by) => {
  const withValue = alone.filter((a) => a.value !== null);
  return withValue.length ? withValue.reduce((a, b) => (by(b) > by(a) ? b : a)).value : undefined;
};
const counts = (alone) => [...alone.reduce((m, a) => m.set(key(a.value), (m.get(key(a.value)) ?? 0) + 1), new Map())];

const tally = Object.fromEntries(FIELDS.map(([f]) => [f, { disagree: 0, flow: 0, anyReading: 0, rules: Object.fromEntries(Object.keys(RULES).map((r) => [r, { right: 0, gained: 0, lost: 0 }])) }]));
let readAgainCount = 0;
for (const doc of corpus.docs.filter((d) => d.split === part)) {
  let read;
  try {
    read = await readEvalDoc(doc, reader);
  } catch {
    continue;
  }
  if (!read) continue;
  const { result: chosen, readings } = await asTheFlow(doc, read, reader);
  if (readings.length === 1) continue;
  readAgainCount++;
  const alone = readings.map(extract);
  for (const [field, truthKey] of FIELDS) {
    const want = read.truth[truthKey];
    const right = (v) => v !== null && v !== undefined && (truthKey === 'amount' ? Math.abs(v - want) < 0.005 : v === want);
    const values = alone.map((f) => ({ value: f[field]?.value ?? null, confidence: f[field]?.confidence ?? 0, look: f.look?.[field] ?? null, source: f[field]?.source ?? null }));
    if (new Set(values.map((v) => key(v.value))).size < 2) continue;
    const t = tally[field];
    const flowRight = right(chosen[field]?.value);
    t.disagree++;
    t.flow += flowRight;
    t.anyReading += values.some((v) => right(v.value));
    const picks = [];
    for (const [name, rule] of Object.entries(RULES)) {
      const pick = rule(values);
      const ok = pick === undefined ? flowRight : right(pick);
      t.rules[name].right += ok;
      t.rules[name].gained += ok && !flowRight;
      t.rules[name].lost += !ok && flowRight;
      if (ok !== flowRight) picks.push(`${name}: ${key(pick)} ${ok ? 'right' : 'wrong'}`);
    }
    if (list && (!flowRight || picks.length)) {
      const each = values.map((v) => `${key(v.value)} @${v.confidence}`).join(', ');
      console.log(`${doc.name} ${field}: want ${key(want)}; chosen ${key(chosen[field]?.value)} (${flowRight ? 'right' : 'wrong'}); readings ${each}${picks.length ? `; ${picks.join('; ')}` : ''}`);
    }
  }
}
console.log(`${part} receipts read more than once: ${readAgainCount}`);
for (const [field, t] of Object.entries(tally)) {
  console.log(`${field}: readings disagree on ${t.disagree}; the flow's choice right ${t.flow}; some reading right ${t.anyReading}`);
  for (const [name, r] of Object.entries(t.rules)) console.log(`  ${name.padEnd(38)} right ${r.right} (+${r.gained} -${r.lost})`);
}
