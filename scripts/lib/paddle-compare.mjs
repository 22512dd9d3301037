/**
 * paddle-lever.mjs --compare: PaddleOCR's readings of the development receipts against
 * tesseract's (the eval cache), as text and as readings for extraction. Development only.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { imageSize } from 'image-size';
import { join } from 'node:path';
import { readEvalDoc } from '../../dist/eval/read.js';
import { sameValue } from '../../dist/eval/score.js';
import { toInvoice2dataJson } from '../../dist/extract/fields/index.js';
import { wantsSecondLook, mergeSecondLook, onFirstReading, bothReadings, lookList } from '../../dist/extract/second-look.js';
import { receiptsThroughCache, extract, asTheFlow } from './receipts-cache.mjs';
import { inText } from './in-text.mjs';
import { paddleLayout } from '../../dist/extract/ocr/paddle.js';

/** Fields as the eval scores them, with whether a wrong one was confident or left unflagged. */
function scored(r, truth) {
  const got = toInvoice2dataJson(r);
  const date = sameValue(truth.date, got.date);
  const amount = sameValue(truth.amount, got.amount);
  const conf = (f) => f?.confidence ?? 0;
  return {
    date,
    amount,
    confWrong: (got.date != null && !date && conf(r.invoiceDate) >= 0.9) + (got.amount != null && !amount && conf(r.total) >= 0.9),
    confRight: (date && conf(r.invoiceDate) >= 0.9) + (amount && conf(r.total) >= 0.9),
    unflaggedWrong: !r.needsReview && !(date && amount),
    unflagged: !r.needsReview,
  };
}

/**
 * The flow of withSecondLook (src/extract/second-look.ts) over any readings: each of `looks` in
 * turn while the date or total is still in doubt, extraction on all the readings so far, merged
 * onto the first reading's fields.
 */
async function flow(kind, pages, looks, always = false) {
  const first = extract(pages);
  let result = first;
  let readings = [...pages];
  let made = 0;
  for (const look of looks) {
    if (!always && !wantsSecondLook(kind, pages, result)) break;
    const again = await look();
    if (!again) break;
    made++;
    readings = bothReadings(readings, again);
    result = mergeSecondLook(first, onFirstReading(extract(readings), pages.length), 'another OCR reading');
  }
  return { result, made };
}

export async function compare(out) {
  const { corpus, reader } = receiptsThroughCache();
  const dir = join(out, 'receipts');
  const variants = ['today', 'paddle alone', 'paddle as a fifth reading', 'paddle as the second reading (then tesseract looks)', 'paddle as the only second reading', 'paddle first (tesseract looks after)', 'paddle first, tesseract first as its second', 'every receipt read by both, merged onto tesseract', 'every receipt read by both, merged onto paddle', 'every receipt read by both, no merge'];
  const tally = Object.fromEntries(variants.map((v) => [v, { date: 0, amount: 0, confWrong: 0, confRight: 0, unflaggedWrong: 0, unflagged: 0, readings: 0, dg: 0, dl: 0, ag: 0, al: 0 }]));
  const text = { n: 0, tessFirstD: 0, tessFirstA: 0, tessAnyD: 0, tessAnyA: 0, paddleD: 0, paddleA: 0, missD: 0, missA: 0, missTessD: 0, missTessA: 0, missPaddleD: 0, missPaddleA: 0, cpu: 0, lostD: 0, lostA: 0 };
  const rows = [];
  // --split val measures the variants decided on development receipts (read paddle there with
  // --read --names: the receipts in doubt after the first reading, the only ones a look reads)
  const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'dev';
  let missing = 0;
  const whole = { n: 0 };
  for (const doc of corpus.docs.filter((d) => d.split === split)) {
    const read = await readEvalDoc(doc, reader).catch(() => null);
    if (!read) continue;
    const file = join(dir, `${doc.name}.json`);
    const kind = doc.kind;
    const inDoubt = wantsSecondLook(kind, read.pages, extract(read.pages));
    // a receipt paddle has not read counts for the looks only when no look would read it
    if (!existsSync(file) && inDoubt) {
      missing++;
      continue;
    }
    const truth = read.truth;
    // today: tesseract's looks alone (main's flow), whether or not PaddleOCR is installed here
    const { result, readings } = await asTheFlow(doc, read, reader, lookList(false));
    const now = scored(result, truth);
    whole.n++;
    let paddle = null;
    if (existsSync(file)) {
      const p = JSON.parse(readFileSync(file, 'utf8'));
      // files read before the reading recorded its size were read at the image's own size
      const size = p.width ? p : imageSize(readFileSync(doc.path));
      const laid = paddleLayout(p.lines, size.width, size.height);
      paddle = [{ page: 1, text: laid.text, source: 'ocr', ocrConfidence: laid.confidence, words: laid.words }];
      text.n++;
      text.cpu += p.cpuS;
      const tessFirst = inText(read.pages.map((x) => x.text).join('\n'), truth);
      const tessAny = inText(readings.flat().map((x) => x.text).join('\n'), truth);
      const pin = inText(paddle[0].text, truth);
      text.tessFirstD += tessFirst.date;
      text.tessFirstA += tessFirst.amount;
      text.tessAnyD += tessAny.date;
      text.tessAnyA += tessAny.amount;
      text.paddleD += pin.date;
      text.paddleA += pin.amount;
      text.lostD += tessAny.date && !pin.date;
      text.lostA += tessAny.amount && !pin.amount;
      if (!now.date) (text.missD++, (text.missTessD += tessAny.date), (text.missPaddleD += pin.date));
      if (!now.amount) (text.missA++, (text.missTessA += tessAny.amount), (text.missPaddleA += pin.amount));
    }
    // tesseract's later readings as the eval made them (from the cache), in LOOKS order
    const tessLooks = readings.slice(1).map((r) => async () => r);
    const pad = async () => paddle;
    const got = {
      today: { result, made: readings.length - 1 },
      'paddle as a fifth reading': await flow(kind, read.pages, [...tessLooks, ...Array(3 - tessLooks.length).fill(async () => null), pad].slice(0, 4)),
      'paddle as the second reading (then tesseract looks)': await flow(kind, read.pages, [pad, ...tessLooks]),
      'paddle as the only second reading': await flow(kind, read.pages, [pad]),
    };
    if (paddle) {
      got['paddle alone'] = { result: extract(paddle), made: 0 };
      got['paddle first (tesseract looks after)'] = await flow(kind, paddle, []);
      got['paddle first, tesseract first as its second'] = await flow(kind, paddle, [async () => read.pages]);
      got['every receipt read by both, merged onto tesseract'] = await flow(kind, read.pages, [pad], true);
      got['every receipt read by both, merged onto paddle'] = await flow(kind, paddle, [async () => read.pages], true);
      got['every receipt read by both, no merge'] = { result: extract(bothReadings(read.pages, paddle)), made: 1 };
    }
    const row = { name: doc.name };
    for (const v of variants) {
      if (!got[v]) continue;
      const s = scored(got[v].result, truth);
      const t = tally[v];
      t.n = (t.n ?? 0) + 1;
      for (const k of ['date', 'amount', 'confWrong', 'confRight', 'unflaggedWrong', 'unflagged']) t[k] += Number(s[k]);
      t.readings += 1 + got[v].made;
      t.dg += !now.date && s.date;
      t.dl += now.date && !s.date;
      t.ag += !now.amount && s.amount;
      t.al += now.amount && !s.amount;
      row[v] = `${s.date ? 'D' : 'd'}${s.amount ? 'A' : 'a'}`;
    }
    // "today" over the receipts paddle read, for the variants scored only there
    if (paddle) {
      const t = (tally['today (receipts paddle read)'] ??= { n: 0, date: 0, amount: 0, confWrong: 0, confRight: 0, unflaggedWrong: 0, unflagged: 0, readings: 0, dg: 0, dl: 0, ag: 0, al: 0 });
      t.n++;
      for (const k of ['date', 'amount', 'confWrong', 'confRight', 'unflaggedWrong', 'unflagged']) t[k] += Number(now[k]);
      t.readings += readings.length;
    }
    rows.push(row);
  }
  console.log(`${split} receipts: ${whole.n} scored; ${missing} in doubt after the first reading but not read by paddle (left out)`);
  const n = text.n;
  console.log(`${split} receipts read by paddle: ${n} paddle CPU ${(text.cpu / n).toFixed(2)} s/page (detect call, one ONNX thread)`);
  console.log(`true date in the text: tesseract's first reading ${text.tessFirstD}, any tesseract reading the eval made ${text.tessAnyD}, paddle ${text.paddleD} (in tesseract's, not paddle's: ${text.lostD})`);
  console.log(`true total in the text: tesseract's first reading ${text.tessFirstA}, any tesseract reading ${text.tessAnyA}, paddle ${text.paddleA} (in tesseract's, not paddle's: ${text.lostA})`);
  console.log(`today's misses: dates ${text.missD} (in a tesseract text ${text.missTessD}, in paddle's ${text.missPaddleD}); totals ${text.missA} (in a tesseract text ${text.missTessA}, in paddle's ${text.missPaddleA})`);
  console.log('variant | receipts | dates right (+gained -lost vs today) | totals right (+ -) | conf>=0.9 right / wrong | unflagged wrong / unflagged | OCR readings');
  for (const v of ['today', 'paddle as a fifth reading', 'paddle as the second reading (then tesseract looks)', 'paddle as the only second reading', 'today (receipts paddle read)', 'paddle alone', 'paddle first (tesseract looks after)', 'paddle first, tesseract first as its second', 'every receipt read by both, merged onto tesseract', 'every receipt read by both, merged onto paddle', 'every receipt read by both, no merge']) {
    const t = tally[v];
    if (!t?.n) continue;
    console.log(`${v} | ${t.n} | ${t.date} (+${t.dg} -${t.dl}) | ${t.amount} (+${t.ag} -${t.al}) | ${t.confRight} / ${t.confWrong} | ${t.unflaggedWrong} / ${t.unflagged} | ${t.readings}`);
  }
  if (process.argv.includes('--list')) for (const r of rows) console.log(JSON.stringify(r));
  others(out);
}

/** What paddle made of the sweeps' and invoice2data's images: letters with accents, a few lines. */
function others(out) {
  for (const set of readdirSync(out).filter((d) => d !== 'receipts' && !d.endsWith('.log'))) {
    for (const f of readdirSync(join(out, set)).filter((n) => n.endsWith('.json'))) {
      const p = JSON.parse(readFileSync(join(out, set, f), 'utf8'));
      const all = p.lines.map((l) => l.chars.map((c) => c[0]).join('')).join('\n');
      const accents = (all.match(/[À-ÖØ-öø-ÿ]/gu) ?? []).length;
      console.log(`${set}/${f.replace(/\.json$/u, '')}: ${p.lines.length} lines, ${p.cpuS.toFixed(2)} s CPU, letters with accents ${accents}${p.error ? `, error ${p.error}` : ''}`);
    }
  }
}
