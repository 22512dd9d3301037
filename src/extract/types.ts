/**
 * The contract between the engine (engine/) and the extractors (extract/).
 * The engine hands an extractor one file at a time; the extractor returns a DocumentResult
 * or throws a JobError (src/errors.ts) whose class says whether a retry can help.
 */
import type { DocumentKind, DocumentResult, FileKind } from '../types.js';
import type { EmbeddedFiles } from './einvoice/attachments.js';

export interface ExtractInput {
  /** Absolute path of the file. */
  path: string;
  /** Kind sniffed from the content by the scanner. */
  kind: FileKind;
  size: number;
  /** Expected SHA-256 of the content; the reader may verify it to detect a file replaced since the scan. */
  fingerprint?: string;
}

export interface ExtractOptions {
  /** Aborted when the run is interrupted or the job times out. */
  signal?: AbortSignal;
  /** Keep the text that was read in `result.text`. */
  keepText?: boolean;
}

export interface Extractor {
  readonly name: string;
  /** Part of every job's idempotency key: bump it when results would change. */
  readonly version: string;
  extract(input: ExtractInput, opts?: ExtractOptions): Promise<DocumentResult>;
  /** Releases worker threads / OCR workers. Safe to call twice. */
  close(): Promise<void>;
  /**
   * One page as a PNG for people (the review report), at most `maxWidth` pixels wide, drawn on
   * the extractor's own (warm) reader threads. Absent for extractors that read no pages.
   */
  renderPage?(input: ExtractInput, page: number, opts: { maxWidth: number; signal?: AbortSignal }): Promise<{ png: Uint8Array; width: number; height: number }>;
}

/** One page of text as read from a document. */
export interface PageText {
  /** 1-based */
  page: number;
  /** Lines separated by `\n`, laid out like `pdftotext -layout` where possible. */
  text: string;
  source: 'text' | 'ocr';
  /** Mean OCR confidence 0..1 for OCR pages, null for text pages. */
  ocrConfidence: number | null;
  /** Where the words of `text` stand on the page, when the reader knows (text layers, OCR). */
  words?: PageWord[];
}

/**
 * One word of a page's text and its place: `row` is the line's index in `text` (split on `\n`),
 * [start, end) its characters in that line; x, y, w, h its box as fractions of the page's width
 * and height (origin top-left), so a box drawn on any rendering of the page lands on the word.
 */
export interface PageWord {
  row: number;
  start: number;
  end: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** OCR'd words only: the OCR engine's certainty of the word's text, 0..1 (tesseract's word confidence / 100). */
  conf?: number;
}

export interface ReadResult {
  documentKind: DocumentKind;
  pageCount: number;
  pages: PageText[];
  /** With `ReadOptions.embeddedFiles`: the PDF's embedded files. */
  embeddedFiles?: EmbeddedFiles;
  /** What the reader noticed without failing (a page whose fonts decode to control codes ...): goes to the result's `warnings`. */
  warnings?: string[];
}
