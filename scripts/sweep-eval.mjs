#!/usr/bin/env node
// Scores the generic extractor on fixtures/sweep (the held-out stress sweep, see fixtures/README.md)
// or on another folder of documents with a truth.json beside them (fixtures/sweep2):
// runs the built CLI over the folder, compares each result with truth.json and prints Markdown tables:
// per field and per language right / wrong / missing, the confidence of every wrong value, and
// whether each document with a wrong or missing core field is flagged needsReview.
//
//   npm run build && node scripts/sweep-eval.mjs [DIR] [--json [--reasons]]
//
// A truth field set to null says the document has no such value (an invoice whose due date is a
// number of days, not a date): it is right when the result gives none, wrong when it gives one.
//
// Never used by `npm run fit`: the sweep is a held-out check.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(ROOT, 'fixtures', 'sweep'));
const FIELDS = ['invoiceNumber', 'invoiceDate', 'dueDate', 'total', 'subtotal', 'tax', 'currency', 'documentType'];
/** Fields a wrong value of which should make the document flagged (the extractor's core fields). */
const CORE = ['invoiceNumber', 'invoiceDate', 'total', 'currency'];

const truth = JSON.parse(readFileSync(join(DIR, 'truth.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'docparse-sweep-'));
try {
  execFileSync(process.execPath, [join(ROOT, 'bin', 'docparse.js'), 'submit', DIR, '-o', join(work, 'out'), '--ledger', join(work, 'l.db'), '-q', '--no-report'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const results = {};
  for (const f of readdirSync(join(work, 'out'))) {
    const m = /^(.+)\.[0-9a-f]{12}\.json$/.exec(f);
    if (m) results[m[1]] = JSON.parse(readFileSync(join(work, 'out', f), 'utf8')).result;
  }
  const rows = score(results);
  // --reasons: each row keeps the result's review reasons (scripts/review-reasons.mjs reads them).
  const shown = process.argv.includes('--reasons') ? rows : rows.map(({ reviewReasons, ...r }) => r);
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(shown, null, 2) + '\n');
  else process.stdout.write(tables(rows));
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Per document: each field right / wrong / missing with the value and confidence given. */
function score(results) {
  return Object.entries(truth).map(([file, t]) => {
    const r = results[file];
    const fields = {};
    for (const k of FIELDS) {
      if (!(k in t)) continue;
      const got = k === 'documentType' ? (r?.documentType == null ? null : { value: r.documentType, confidence: null }) : r?.[k];
      const v = got?.value ?? null;
      const ok = t[k] === null ? v === null : v !== null && (typeof t[k] === 'number' ? Math.abs(Number(v) - t[k]) < 0.005 : v === t[k]);
      fields[k] = { state: ok ? 'right' : v === null ? 'missing' : 'wrong', value: v, expected: t[k], confidence: got?.confidence ?? null };
    }
    const coreBad = CORE.filter((k) => k in fields && fields[k].state !== 'right' && !(k === 'invoiceNumber' && t.documentType === 'receipt'));
    return { file, group: group(file, t), needsReview: r?.needsReview ?? null, reviewReasons: r?.reviewReasons ?? [], fields, coreBad, allRight: Object.values(fields).every((f) => f.state === 'right') };
  });
}

/** Till receipts together; any other document (a scanned invoice too) by its name's language prefix. */
function group(file, t) {
  if (t.documentType === 'receipt' || (!('documentType' in t) && /\.(jpe?g|png|tiff?)$/.test(file))) return 'receipts';
  return file.slice(0, 2);
}

function tables(rows) {
  const out = [];
  const cell = (rs, k) => {
    const fs = rs.map((r) => r.fields[k]).filter(Boolean);
    if (!fs.length) return '-';
    const n = (s) => fs.filter((f) => f.state === s).length;
    return `${n('right')}/${n('wrong')}/${n('missing')}`;
  };
  out.push('| field | right / wrong / missing | wrong at confidence |', '| --- | --- | --- |');
  for (const k of FIELDS) {
    const wrong = rows.map((r) => r.fields[k]).filter((f) => f?.state === 'wrong');
    out.push(`| ${k} | ${cell(rows, k)} | ${wrong.map((f) => (f.confidence == null ? '-' : f.confidence.toFixed(2))).join(', ') || '-'} |`);
  }
  const groups = [...new Set(rows.map((r) => r.group))];
  out.push('', `| group (docs) | ${FIELDS.join(' | ')} | all right |`, `| --- | ${FIELDS.map(() => '---').join(' | ')} | --- |`);
  for (const g of groups) {
    const rs = rows.filter((r) => r.group === g);
    out.push(`| ${g} (${rs.length}) | ${FIELDS.map((k) => cell(rs, k)).join(' | ')} | ${rs.filter((r) => r.allRight).length}/${rs.length} |`);
  }
  const bad = rows.filter((r) => !r.allRight);
  out.push('', '| document | not right (got, confidence) | core wrong/missing | needsReview |', '| --- | --- | --- | --- |');
  for (const r of bad) {
    const what = Object.entries(r.fields).filter(([, f]) => f.state !== 'right').map(([k, f]) => `${k} ${f.state === 'missing' ? 'missing' : `${JSON.stringify(f.value)} for ${JSON.stringify(f.expected)}${f.confidence == null ? '' : ` @${f.confidence.toFixed(2)}`}`}`);
    out.push(`| ${r.file} | ${what.join('; ')} | ${r.coreBad.join(', ') || '-'} | ${r.needsReview} |`);
  }
  const coreWrong = rows.filter((r) => r.coreBad.length);
  out.push('', `Documents fully right: ${rows.filter((r) => r.allRight).length}/${rows.length}; with a core field wrong or missing: ${coreWrong.length}, of them flagged needsReview: ${coreWrong.filter((r) => r.needsReview).length}; unflagged documents: ${rows.filter((r) => !r.needsReview).length}, of them with every core field right: ${rows.filter((r) => !r.needsReview && !r.coreBad.length).length}.`, '');
  return out.join('\n');
}
