#!/usr/bin/env node
// Which review reasons flag documents that are right (issue 13, point 3: a reviewer trusts what is
// not flagged and spends a minute on each flagged one). Per reason KIND (the reason's text with its
// values and confidences taken out), per corpus: the documents it fires on, how many of them have
// every core field right and how many a core field wrong or missing, and how many it flags ALONE
// (the ones it would unflag if it went), right / wrong. Development parts and sweeps first;
// validation parts are only measured, at the end.
//
//   npm run build && node scripts/review-reasons.mjs --cache /work/eval-data/cache-ocr12 \
//     [--einvoice-extra /work/eval-data/einvoice-extra] [--receipts-de DIR [--receipts-cache DIR]] [--no-sweeps] [--saved DIR] [--json | --list KIND | --without KIND[|KIND]]
//
// Needs DOCPARSE_EVAL_DIR / DOCPARSE_RECEIPTS_DIR as `npm run eval` does. --saved DIR reads the
// JSON reports already written there (eval.json, rde.json, extra-dev.json, extra-val.json, sweepN.json from
// `npm run eval -- --json`, `--einvoice DIR --json` and `sweep-eval.mjs DIR --json --reasons`)
// instead of running them. A sweep document is right when its core fields are (as sweep-eval.mjs's
// coreBad), the eval's when every core field of its corpus is; the last column counts the documents
// flagged alone whose every scored field (subtotal, tax, due date, names ... too) is right.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reasonKind } from './lib/reason-kind.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Every fixtures/sweepN folder with a truth.json ('' is fixtures/sweep).
const SWEEPS = readdirSync(join(ROOT, 'fixtures'))
  .map((f) => /^sweep(\d*)$/.exec(f)?.[1])
  .filter((n) => n !== undefined && existsSync(join(ROOT, 'fixtures', `sweep${n}`, 'truth.json')))
  .sort((a, b) => Number(a || 1) - Number(b || 1));
const argv = process.argv.slice(2);
const opt = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : null);

/**
 * Documents as { corpus, part, name, flagged, right (core), every (every scored field), bad, reasons }.
 * label: "corpus part" for a report of one part (--einvoice), or "corpus" to rename a corpus of two.
 */
function evalDocs(reports, label = null) {
  const out = [];
  for (const c of reports) {
    for (const p of c.parts) {
      for (const d of p.documents) {
        const core = c.core.filter((k) => k in d.fields);
        const right = !d.error && core.every((k) => d.fields[k].verdict === 'correct');
        const bad = core.filter((k) => d.fields[k].verdict !== 'correct').map((k) => `${k} ${JSON.stringify(d.fields[k].actual)} for ${JSON.stringify(d.fields[k].expected)}`);
        out.push({ corpus: label ? label.split(' ')[0] : c.id, part: label?.includes(' ') ? label.split(' ').pop() : p.part, name: d.name, flagged: d.needsReview !== false, right, every: right && Object.values(d.fields).every((f) => f.verdict === 'correct'), bad, reasons: d.reviewReasons ?? [] });
      }
    }
  }
  return out;
}

function sweepDocs(rows, n) {
  const bad = (r) => r.coreBad.map((k) => `${k} ${JSON.stringify(r.fields[k].value)} for ${JSON.stringify(r.fields[k].expected)}`);
  return rows.map((r) => ({ corpus: `sweep${n}`, part: 'dev', name: r.file, flagged: r.needsReview !== false, right: r.coreBad.length === 0, every: r.allRight, bad: bad(r), reasons: r.reviewReasons ?? [] }));
}

const json = (cmd, args, env = {}) => JSON.parse(execFileSync(process.execPath, [join(ROOT, cmd), ...args], { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));

function load() {
  const saved = opt('--saved');
  const cache = opt('--cache') ? ['--cache', resolve(opt('--cache'))] : [];
  const docs = [];
  const read = (file, run) => (saved ? (existsSync(join(saved, file)) ? JSON.parse(readFileSync(join(saved, file), 'utf8')) : null) : run());
  docs.push(...evalDocs(read('eval.json', () => json('dist/eval/cli.js', ['--json', ...cache]))));
  // --receipts-de DIR: the German receipts (their own folder and --receipts-cache, as `npm run eval --
  // --corpus receipts` with DOCPARSE_RECEIPTS_DIR=DIR reads them).
  const rde = opt('--receipts-de');
  const rcache = opt('--receipts-cache') ? ['--cache', resolve(opt('--receipts-cache'))] : cache;
  const de = read('rde.json', () => (rde ? json('dist/eval/cli.js', ['--corpus', 'receipts', '--json', ...rcache], { DOCPARSE_RECEIPTS_DIR: resolve(rde) }) : null));
  if (de) docs.push(...evalDocs(de, 'receipts-de'));
  const extra = opt('--einvoice-extra');
  for (const part of ['dev', 'val']) {
    const r = read(`extra-${part}.json`, () => (extra ? json('dist/eval/cli.js', ['--einvoice', join(resolve(extra), part), '--json', ...cache]) : null));
    if (r) docs.push(...evalDocs(r, `einvoice-extra ${part}`));
  }
  if (!argv.includes('--no-sweeps')) {
    for (const n of SWEEPS) {
      const r = read(`sweep${n}.json`, () => json('scripts/sweep-eval.mjs', [join('fixtures', `sweep${n}`), '--json', '--reasons']));
      if (r) docs.push(...sweepDocs(r, n));
    }
  }
  return docs;
}

/** Per kind: fires on (right / wrong), alone (right / wrong). */
function tally(docs) {
  const rows = new Map();
  for (const d of docs) {
    const kinds = [...new Set(d.reasons.map(reasonKind))];
    for (const k of kinds) {
      const r = rows.get(k) ?? { kind: k, fires: 0, right: 0, wrong: 0, alone: 0, aloneRight: 0, aloneWrong: 0, aloneEvery: 0 };
      r.fires++;
      r[d.right ? 'right' : 'wrong']++;
      if (kinds.length === 1) {
        r.alone++;
        r[d.right ? 'aloneRight' : 'aloneWrong']++;
        if (d.every) r.aloneEvery++;
      }
      rows.set(k, r);
    }
  }
  return [...rows.values()].sort((a, b) => b.aloneRight - a.aloneRight || b.fires - a.fires);
}

function table(title, docs) {
  const flagged = docs.filter((d) => d.flagged);
  const out = [`## ${title}: ${docs.length} documents, ${flagged.length} flagged (${flagged.filter((d) => d.right).length} right, ${flagged.filter((d) => !d.right).length} wrong); unflagged ${docs.length - flagged.length}, ${docs.filter((d) => !d.flagged && d.right).length} right`];
  out.push('| reason kind | fires | right | wrong | alone | alone right | alone wrong | alone, every field right |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of tally(docs)) out.push(`| ${r.kind} | ${r.fires} | ${r.right} | ${r.wrong} | ${r.alone} | ${r.aloneRight} | ${r.aloneWrong} | ${r.aloneEvery} |`);
  return out.join('\n');
}

const docs = load();
const without = opt('--without');
if (without) {
  // --without KIND[|KIND]: per corpus part, the unflagged documents (right / all) as they are and
  // were those kinds not to flag: what dropping them would buy and cost.
  const gone = new Set(without.split('|'));
  const out = ['| corpus part | unflagged right / all now | without | newly unflagged right / wrong |', '| --- | --- | --- | --- |'];
  for (const g of [...new Set(docs.map((d) => `${d.corpus} ${d.part}`))]) {
    const ds = docs.filter((d) => `${d.corpus} ${d.part}` === g);
    const freed = ds.filter((d) => d.flagged && d.reasons.length && d.reasons.every((r) => gone.has(reasonKind(r))));
    const un = ds.filter((d) => !d.flagged);
    const r = (xs) => xs.filter((d) => d.right).length;
    out.push(`| ${g} | ${r(un)}/${un.length} | ${r(un) + r(freed)}/${un.length + freed.length} | ${r(freed)} / ${freed.length - r(freed)} |`);
  }
  process.stdout.write(out.join('\n') + '\n');
  process.exit(0);
}
const listed = opt('--list');
if (listed) {
  // --list KIND: every document (development and sweeps) the kind fires on, with its reasons.
  for (const d of docs.filter((x) => x.part !== 'val' && x.reasons.some((r) => reasonKind(r) === listed))) {
    const alone = d.reasons.every((r) => reasonKind(r) === listed);
    process.stdout.write(`${d.corpus} ${d.name} ${d.right ? 'RIGHT' : `WRONG (${d.bad.join('; ')})`}${alone ? ' ALONE' : ''}\n  ${d.reasons.join('\n  ')}\n`);
  }
  process.exit(0);
}
const groups = (part) => [...new Set(docs.filter((d) => (part === 'val' ? d.part === 'val' : d.part !== 'val')).map((d) => `${d.corpus}\u0000${d.part}`))];
if (argv.includes('--json')) {
  process.stdout.write(JSON.stringify(groups('dev').concat(groups('val')).map((g) => {
    const [corpus, part] = g.split('\u0000');
    return { corpus, part, kinds: tally(docs.filter((d) => d.corpus === corpus && d.part === part)) };
  }), null, 2) + '\n');
} else {
  const dev = docs.filter((d) => d.part !== 'val');
  const out = ['# Development parts and sweeps', table('all development parts and sweeps together', dev)];
  for (const g of groups('dev')) {
    const [corpus, part] = g.split('\u0000');
    out.push(table(`${corpus} ${part}`, dev.filter((d) => d.corpus === corpus && d.part === part)));
  }
  out.push('# Validation parts (measured only)');
  for (const g of groups('val')) {
    const [corpus, part] = g.split('\u0000');
    out.push(table(`${corpus} ${part}`, docs.filter((d) => d.corpus === corpus && d.part === part)));
  }
  process.stdout.write(out.join('\n\n') + '\n');
}
