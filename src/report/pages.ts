/**
 * The page images of the review report: `<pagesDir>/<fingerprint>-<page>.png`, small renders of
 * the pages a reviewer looks at (page 1, the last page and every page a field was read on; at
 * most MAX_PAGES_PER_DOC). Named by content, so an image already there is the right one and is
 * not made again: a rerun renders only what is new.
 *
 * The renderer is passed in (the reader's renderPage), so this module reads no document itself.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { writeFileAtomic } from './atomic.js';
import { needsLook, type PageSource, type ReportDoc, type ReportEntry } from './html/data.js';

export const PAGE_CHOICES = ['review', 'all', 'none'] as const;
/** `review`: documents that need a look (failed excepted: their file could not be read); `all`: every document; `none`. */
export type PageChoice = (typeof PAGE_CHOICES)[number];

export const MAX_PAGES_PER_DOC = 4;
/** Width of a page image in pixels: an A4 page at about 120 dpi, enough to read its print. */
export const PAGE_IMAGE_WIDTH = 1000;

export type PageRenderer = (src: PageSource, page: number, opts: { maxWidth: number }) => Promise<{ png: Uint8Array }>;

export interface PageStats {
  rendered: number;
  reused: number;
  failed: number;
}

export const pageImageName = (fingerprint: string, page: number): string => `${fingerprint}-${page}.png`;

/** Which pages of a document to show: 1, the last, and those its fields were read on. */
export function pagesToShow(doc: ReportDoc): number[] {
  const want = new Set<number>([1]);
  for (const f of doc.f) if (f[5]) want.add(f[5][0]);
  if (doc.np > 1) want.add(doc.np);
  return [...want].filter((n) => n >= 1 && n <= Math.max(1, doc.np)).sort((a, b) => a - b).slice(0, MAX_PAGES_PER_DOC);
}

/** Documents whose pages are being drawn at once, at most: memory stays bounded, order kept. */
const WINDOW = 32;

/**
 * Writes the page images of the documents that `choice` selects into `dir` and records them on
 * each document (`pg`); a document without images gets the reason (`noPage`). Yields the
 * documents in the order given, each once its images are written; `stats` counts as it goes.
 */
export async function* withPageImages(
  entries: Iterable<ReportEntry>,
  stats: PageStats,
  o: { dir: string; choice: PageChoice; render: PageRenderer | null; concurrency?: number },
): AsyncGenerator<ReportDoc> {
  const limit = pLimit(Math.max(1, o.concurrency ?? 2));
  const window: Array<Promise<ReportDoc>> = [];
  for (const { doc, src } of entries) {
    window.push(drawPages(doc, src, stats, limit, o));
    if (window.length >= WINDOW) yield await window.shift()!;
  }
  while (window.length > 0) yield await window.shift()!;
}

async function drawPages(
  doc: ReportDoc,
  src: PageSource | null,
  stats: PageStats,
  limit: ReturnType<typeof pLimit>,
  o: { dir: string; choice: PageChoice; render: PageRenderer | null },
): Promise<ReportDoc> {
  if (doc.kind === 'einvoice_xml') {
    doc.noPage = 'An e-invoice XML file has no page: its fields come from the XML, exactly.';
    return doc;
  }
  if (doc.st === 'failed' || !src || !src.kind || !doc.fp) {
    doc.noPage = 'No page image: the document could not be read.';
    return doc;
  }
  if (o.choice === 'none' || (o.choice === 'review' && !needsLook(doc))) {
    doc.noPage = 'No page image: pages are drawn for documents that need a look. `docparse report --pages all` draws every document.';
    return doc;
  }
  if (!o.render) {
    doc.noPage = 'No page image: this extractor does not read pages.';
    return doc;
  }
  const render = o.render;
  await Promise.all(
    pagesToShow(doc).map((n) =>
      limit(async () => {
        const file = join(o.dir, pageImageName(doc.fp!, n));
        if (existsSync(file)) stats.reused++;
        else {
          try {
            const img = await render(src, n, { maxWidth: PAGE_IMAGE_WIDTH });
            writeFileAtomic(file, img.png, { syncDir: false });
            stats.rendered++;
          } catch (err) {
            stats.failed++;
            doc.noPage = `Page ${n} could not be drawn: ${(err as Error).message}`;
            return;
          }
        }
        doc.pg.push(n);
      }),
    ),
  );
  doc.pg.sort((a, b) => a - b);
  return doc;
}
