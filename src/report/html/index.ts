/**
 * report.html: one self-contained file (its CSS and script inline; no network, no CDN) that
 * shows every document of a run or a ledger: what to check, why, and each field boxed on its
 * page. A pure function of its input; the caller writes the file and the page images.
 *
 * The page's Content-Security-Policy allows no connection and no outside resource; images only
 * from beside the file (the page renders). Data goes in a JSON script block (`<` escaped, so no
 * value can close it) and the script puts every value in the page as text.
 */
import { readFileSync } from 'node:fs';
import { REPORT_FIELDS, type ReportCounts, type ReportDoc } from './data.js';

export interface ReportInput extends ReportHead {
  docs: Iterable<ReportDoc>;
}

/** What report.html says before its documents: all of it is known once they are collected. */
export interface ReportHead {
  title: string;
  /** ISO time the report was made. */
  generatedAt: string;
  /** What the report covers, e.g. `run run_...` or `every job in .docparse/ledger.db`. */
  scope: string;
  counts: ReportCounts;
  /** Field sources, by the index the documents' fields carry. */
  sources: string[];
  /** Documents counted in `counts` but not embedded (size budget). */
  leftOut: number;
  /** Folder of the page images, relative to report.html. */
  pagesDir: string;
  /** Fields below this confidence are marked. */
  lowConfidence: number;
  /** Most rows printed at once from the list. */
  printLimit?: number;
}

let assets: { css: string; js: string } | null = null;

function loadAssets(): { css: string; js: string } {
  assets ??= {
    css: readFileSync(new URL('./assets/report.css', import.meta.url), 'utf8'),
    js: readFileSync(new URL('./assets/report.js', import.meta.url), 'utf8'),
  };
  return assets;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]);

/** JSON that is safe inside a <script> block: no `<` (so no `</script>`), no U+2028/2029 surprises. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const CSP = ["default-src 'none'", "img-src 'self' data: file:", "style-src 'unsafe-inline'", "script-src 'unsafe-inline'", "base-uri 'none'", "form-action 'none'"].join('; ');

/** report.html as one string (tests, small reports); a run writes reportHtmlChunks instead. */
export function renderReportHtml(input: ReportInput): string {
  return [...reportHtmlChunks(input)].join('');
}

/** Pieces of about this many characters: few writes, and never the whole file in memory. */
const CHUNK = 64 * 1024;

/**
 * A count with thousands separators, as `n.toLocaleString('en')` writes it. Not that call: its
 * first use loads ICU's locale data, 30-90 ms of every run that writes a report (measured here),
 * which was a good part of a no-op rerun's fixed cost.
 */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** report.html up to its first document: the page, then the data up to `"docs":[`. */
export function reportHtmlHead(input: ReportHead): string {
  const { css } = loadAssets();
  const c = input.counts;
  const data = {
    title: input.title,
    pagesDir: input.pagesDir,
    lowConfidence: input.lowConfidence,
    printLimit: input.printLimit ?? 5000,
    fields: REPORT_FIELDS,
    sources: input.sources,
    // Last, so the documents can follow the rest of the data as it is written: `"docs":[` ...
    docs: [] as ReportDoc[],
  };
  const count = (n: number, label: string, id: string) => `<li id="count-${id}"><b>${thousands(n)}</b> ${label}</li>`;
  const note =
    input.leftOut > 0
      ? `<p class="note" id="leftout">${thousands(input.leftOut)} of ${thousands(c.documents)} documents are not listed here, to keep this file small; documents that need a look were kept first. Every result is in results.csv and the result files.</p>`
      : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="docparse">
<title>${escapeHtml(input.title)}</title>
<style>
${css}</style>
</head>
<body>
<header>
<h1>${escapeHtml(input.title)}</h1>
<p class="meta">${escapeHtml(input.scope)} &middot; made ${escapeHtml(input.generatedAt)}</p>
<ul class="counts">
${count(c.documents, 'documents', 'documents')}
${count(c.needsReview, 'need review', 'review')}
${count(c.failed, 'failed', 'failed')}
${count(c.duplicates, 'duplicates', 'duplicates')}
</ul>
${note}
</header>
<main>
<section id="listview">
<div class="toolbar" id="toolbar" role="toolbar" aria-label="Filters"></div>
<table id="list"><thead><tr id="head"></tr></thead><tbody id="rows"></tbody></table>
<div class="pager" id="pager"></div>
</section>
<section id="docview" hidden></section>
<noscript><p class="note">This report needs JavaScript to list the documents; results.csv holds the same rows.</p></noscript>
</main>
<script id="docparse-data" type="application/json">${scriptJson(data).slice(0, -2)}`;
}

/**
 * The documents' data, one document at a time, in pieces of about CHUNK characters:
 * JSON.stringify writes an array as its items joined by commas in brackets, so the pieces are
 * the same bytes as the array serialised whole.
 */
export class DocsJson {
  private piece = '';
  private first = true;

  /** A piece to write once enough has gathered, else null. */
  add(doc: ReportDoc): string | null {
    this.piece += (this.first ? '' : ',') + scriptJson(doc);
    this.first = false;
    if (this.piece.length < CHUNK) return null;
    const out = this.piece;
    this.piece = '';
    return out;
  }

  /** What is left of the documents, the end of the data and the rest of the page. */
  end(): string {
    const { js } = loadAssets();
    return `${this.piece}]}</script>
<script>
${js}</script>
</body>
</html>
`;
  }
}

/**
 * report.html in pieces, byte for byte what renderReportHtml returns. The documents' data is
 * serialised one document at a time: a report of ten thousand documents is about 4.5 MB of
 * JSON, and building it as one string (then the page around it, then its bytes) held three
 * copies of it at the end of a run.
 */
export function* reportHtmlChunks(input: ReportInput): Generator<string> {
  yield reportHtmlHead(input);
  const docs = new DocsJson();
  for (const doc of input.docs) {
    const piece = docs.add(doc);
    if (piece !== null) yield piece;
  }
  yield docs.end();
}
