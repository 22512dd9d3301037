// Stages a held-out corpus of REAL German till receipts for `npm run eval -- --corpus receipts`
// with DOCPARSE_RECEIPTS_DIR=TARGET_DIR: flatbed scans (300 dpi; cropped in A/, uncropped in B/ and
// C/) from softmatic/vision-data (CC-BY-4.0, Softmatic GmbH), whose file names carry the truth:
// "$MERCHANT_$DDMMYYYY_$NUMITEMS_$CENTS.jpg" (NUMITEMS left out on three files).
// usage: node scripts/stage-receipts-extra.mjs MIRROR_ROOT TARGET_DIR   (after `npm run build`)
//   MIRROR_ROOT: a folder holding a bare git directory (or clone) of softmatic/vision-data at
//     MIRROR_ROOT/softmatic+vision-data/repo or MIRROR_ROOT/softmatic+vision-data; read at COMMIT.
//   TARGET_DIR: where the images go (never into the repository): TARGET/NAME.jpg beside
//     TARGET/NAME.json = [{ "date": ISO yyyy-mm-dd, "amount": total, "currency": "EUR" }] (the shape
//     ../shared/eval/sroie/stage.mjs writes, less the company: the file names give a merchant slug
//     such as "aldi", not the shop's printed name), TARGET/MANIFEST.tsv and TARGET/SKIPPED.tsv.
// The rule: every *.jpg under 2D/Receipts/ at COMMIT. Left out, and listed: a name that does not
// parse or gives an impossible date; an image that does not decode; a second scan of a receipt
// already kept (same merchant, date and total: B/'s "_B" rescan of an A/ receipt), so that a
// receipt is never in both parts; a receipt whose total (as 1,23 or 1.23) or date (day, month and
// year of 4 or 2 digits, with any one of . , / : - between them, a space either side or not; or
// yyyy-mm-dd) the publisher's own Textract OCR (the *_blocks.json beside each image) nowhere holds,
// as a check of the name's truth against the page, unless DATE_SEEN below says the date was read on
// the image by eye (Textract misread it). The check found one name wrong (real_25022020: the
// receipt prints 29.02.20), left out.
// NAME is "vdr_" + the first 12 hex digits of the image's SHA-256 (no truth in the name). Part: the
// eval's own rule (src/eval/corpora.ts splitOf: SHA-256 of "receipts/NAME", first 4 bytes as a
// fraction < 0.3 is validation), written to MANIFEST.tsv; fixes may read the development part only.
import fs from 'node:fs'; import path from 'node:path';
import { createHash } from 'node:crypto'; import { execFileSync } from 'node:child_process';
import { loadImage } from '@napi-rs/canvas';
import { splitOf } from '../dist/eval/corpora.js';

const REPO = 'softmatic/vision-data';
const COMMIT = '9062febd225986dc567777015f11d3db3a363086';
const LICENCE = 'CC-BY-4.0';
const ROOT = '2D/Receipts/';

// Images whose printed date Textract misread, read on the image by eye (2026-12-07): path -> what is printed.
const DATE_SEEN = {
  '2D/Receipts/A/hornbach_23092016_03_15200.jpg': 'Datum 23.09.16 14:05 Uhr (Textract: 23.09.1)',
  '2D/Receipts/A/ikea_08102016_12_13439.jpg': 'Datum 08.10.16 14:16 Uhr (Textract: 08 10)',
  '2D/Receipts/A/rossmann_27022020_01_00195.jpg': '27.02.2020 15:56 (Textract: 7.02.2020)',
  '2D/Receipts/B/marktkauf_04052020_11_03620.jpg': '04.05.20 09:52 (Textract: 04.05.2 20)',
  '2D/Receipts/C/marktkauf_18052020_12_02384.jpg': '18.05.20 09:50 (Textract: .05.20)',
  '2D/Receipts/C/rossmann_20052020_03_01733.jpg': '20.05.2020 14:17 (Textract: 20 05.2020)',
};

const [mirrorRoot, target] = process.argv.slice(2);
if (!mirrorRoot || !target) { console.error('usage: node scripts/stage-receipts-extra.mjs MIRROR_ROOT TARGET_DIR'); process.exit(1); }
const base = path.join(mirrorRoot, REPO.replace('/', '+'));
const gitDir = fs.existsSync(path.join(base, 'repo')) ? path.join(base, 'repo') : base;
const git = (...args) => execFileSync('git', ['--git-dir', fs.existsSync(path.join(gitDir, '.git')) ? path.join(gitDir, '.git') : gitDir, ...args], { maxBuffer: 1 << 28 });
const show = (p) => git('show', `${COMMIT}:${p}`);
const sha256 = (b) => createHash('sha256').update(b).digest('hex');
const pad = (n) => String(n).padStart(2, '0');

/** merchant, ISO date and total from "$MERCHANT_$DDMMYYYY[_$NUMITEMS]_$CENTS[_B]"; null when it does not parse. */
function truthOf(stem) {
  const m = stem.match(/^([a-z]+)_(\d{2})(\d{2})(\d{4})(?:_(\d{1,3}))?_(\d{3,})(?:_([A-Z]))?$/);
  if (!m) return null;
  const date = `${m[4]}-${m[3]}-${m[2]}`;
  const t = new Date(date + 'T00:00:00Z');
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== date) return null;
  return { merchant: m[1], date, amount: Number(m[6]) / 100, rescan: m[7] ?? null };
}

/** The publisher's Textract lines for an image ('' when there is no *_blocks.json). */
function textractText(imagePath) {
  try {
    const blocks = JSON.parse(show(imagePath.replace(/\.jpe?g$/, '_blocks.json')).toString('utf8'));
    return blocks.filter((b) => b.BlockType === 'LINE').map((b) => b.Text).join('\n');
  } catch { return ''; }
}

function pageHolds(text, { date, amount }) {
  const flat = text.replace(/\s+/g, '');
  const [y, mo, d] = date.split('-');
  const amountOk = [amount.toFixed(2).replace('.', ','), amount.toFixed(2)].some((s) => flat.includes(s));
  // day, month and year (4 or 2 digits) with any one separator each: Textract reads "02.03,2020"
  const sep = ' ?[.,/:-] ?';
  const dateOk = new RegExp(`(?<!\\d)${d}${sep}${mo}${sep}(?:${y}|${y.slice(2)})(?!\\d)|${y}-${mo}-${d}`).test(text.replace(/\s+/g, ' '));
  return { amountOk, dateOk };
}

const files = git('ls-tree', '-r', '--name-only', COMMIT, ROOT).toString('utf8').split('\n').filter((p) => /\.jpe?g$/i.test(p)).sort();
fs.mkdirSync(target, { recursive: true });
const manifest = [['name', 'part', 'repository', 'commit', 'path', 'sha256', 'licence', 'merchant', 'date', 'amount', 'folder', 'date check'].join('\t')];
const skipped = [['path', 'reason'].join('\t')];
const seen = new Map();
// originals before rescans, so that a "_B" rescan is the one left out
const ordered = [...files].sort((a, b) => Number(/_[A-Z]\.jpe?g$/.test(a)) - Number(/_[A-Z]\.jpe?g$/.test(b)) || a.localeCompare(b));
let staged = 0;
for (const p of ordered) {
  const stem = path.basename(p).replace(/\.jpe?g$/i, '');
  const truth = truthOf(stem);
  if (!truth) { skipped.push(`${p}\tname does not parse as MERCHANT_DDMMYYYY[_N]_CENTS`); continue; }
  const key = `${truth.merchant}|${truth.date}|${truth.amount}`;
  if (seen.has(key)) { skipped.push(`${p}\ta second scan of ${seen.get(key)} (same merchant, date and total)`); continue; }
  const bytes = show(p);
  try { const img = await loadImage(bytes); if (!(img.width > 0 && img.height > 0)) throw new Error('empty'); } catch (e) { skipped.push(`${p}\timage does not decode (${e.message})`); continue; }
  const { amountOk, dateOk } = pageHolds(textractText(p), truth);
  if (!amountOk || !(dateOk || DATE_SEEN[p])) { skipped.push(`${p}\tthe publisher's Textract text holds ${amountOk ? '' : 'no total ' + truth.amount.toFixed(2)}${!amountOk && !dateOk ? ' and ' : ''}${dateOk ? '' : 'no date ' + truth.date}`); continue; }
  seen.set(key, p);
  const hash = sha256(bytes);
  const name = `vdr_${hash.slice(0, 12)}`;
  fs.writeFileSync(path.join(target, `${name}.jpg`), bytes);
  fs.writeFileSync(path.join(target, `${name}.json`), JSON.stringify([{ date: truth.date, amount: truth.amount, currency: 'EUR' }]));
  manifest.push([name, splitOf('receipts', name), REPO, COMMIT, p, hash, LICENCE, truth.merchant, truth.date, truth.amount.toFixed(2), p.split('/')[2], dateOk ? 'Textract' : 'by eye: ' + DATE_SEEN[p]].join('\t'));
  staged++;
}
fs.writeFileSync(path.join(target, 'MANIFEST.tsv'), manifest.join('\n') + '\n');
fs.writeFileSync(path.join(target, 'SKIPPED.tsv'), skipped.join('\n') + '\n');
const parts = manifest.slice(1).map((l) => l.split('\t')[1]);
console.log(`staged ${staged} of ${files.length} (dev ${parts.filter((x) => x === 'dev').length}, val ${parts.filter((x) => x === 'val').length}) from ${REPO}@${COMMIT.slice(0, 8)}`);
for (const l of skipped.slice(1)) console.log('  skipped ' + l.replace('\t', ': '));
