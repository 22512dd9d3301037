/**
 * The `auto` extractor (the default): read the document (text layer, OCR where a page has
 * none; readers in ./read), then find the invoice fields (a matching invoice2data template,
 * else the generic extractor; ./fields), checked and flagged for review. An e-invoice (XML file,
 * or XML embedded in a PDF; ./einvoice) gives its fields from the XML, checked against its page.
 */
import { availableParallelism } from 'node:os';
import { JobError, permanent, UsageError } from '../errors.js';
import type { DocumentKind, DocumentResult, EInvoiceMode } from '../types.js';
import type { ExtractorConfig } from './config.js';
import type { ExtractInput, Extractor, PageText } from './types.js';
import { autoReaderOptions, EXTRACTOR_VERSIONS } from './config.js';
import { markNativeTessdata, pruneNativeTessdata } from './tessdata-cache.js';
import { createReader, loadInput, type Reader, type ReadWithFields } from './read/index.js';
import { extractFields, type FieldsResult } from './fields/index.js';
import { GENERIC_TEMPLATE_ID, loadTemplates, type Template } from './templates/index.js';
import { fieldsFromXmlFile, invoiceFromEmbedded, pageCheckNeedsFields, verifyAgainstPage } from './einvoice/index.js';
import { TemplateThreads } from './template-thread.js';
import { cachingReader } from './cached-reader.js';
import { lookReadOptions, withSecondLook, type Look } from './second-look.js';

export interface AutoExtractorInfo {
  templates: Template[];
  templateFailures: Array<{ file: string; reason: string }>;
}

/** Loads the user's template folder; a broken template is reported, not fatal. */
export function loadUserTemplates(dir: string | null): AutoExtractorInfo {
  if (!dir) return { templates: [], templateFailures: [] };
  const r = loadTemplates(dir);
  return { templates: r.templates, templateFailures: r.failures };
}

export function checkTemplateId(id: string | null, templates: Template[]): void {
  if (!id || id === GENERIC_TEMPLATE_ID) return;
  if (templates.some((t) => t.id === id)) return;
  const known = templates.slice(0, 10).map((t) => t.id);
  throw new UsageError(
    `no template with id "${id}"`,
    templates.length ? `Known ids include: ${known.join(', ')}${templates.length > 10 ? ', ...' : ''} (see \`docparse templates list\`).` : 'Load templates with --templates DIR, or use "invoice" for the generic extractor.',
  );
}

export interface DocumentOptions {
  templates: Template[];
  templateId: string | null;
  einvoice: EInvoiceMode;
  signal?: AbortSignal;
  /** Where the user's templates run (bounded; see template-thread.ts). Required when `templates` is not empty. */
  threads?: TemplateThreads;
}

/** Template threads for a set of user templates, or none when there are none (nothing of the user's to bound). */
export function templateThreads(templates: Template[], timeoutMs: number): TemplateThreads | undefined {
  return templates.length > 0 ? new TemplateThreads({ templates, timeoutMs, size: availableParallelism() }) : undefined;
}

/**
 * The threads that extract `auto`'s fields: the template threads with user templates, else the
 * generic extractor's own, one for every two cores. Each thread that extracts pays V8's warm-up
 * (compiling the extraction's code and its lexicon regexes: a thread's first ~50 documents cost
 * ~4x a warm one's), so fewer threads that see more documents each spend less CPU than every PDF
 * thread extracting its own (the bench's 300: 3.4 s of extraction CPU in one isolate, 4.6 s
 * split over two).
 */
export function fieldThreads(templates: Template[], timeoutMs: number): TemplateThreads {
  return templateThreads(templates, timeoutMs) ?? new TemplateThreads({ templates: [], timeoutMs, size: Math.ceil(availableParallelism() / 2) });
}

/**
 * The fields of read pages: in a template thread when there are user templates, else in one of the
 * `reader`'s PDF threads when there is one (Reader.fields), else here (a `.txt` file's pages).
 */
export function pageFields(pages: PageText[], o: DocumentOptions, keyFieldsOnly = false, reader?: Reader): Promise<FieldsResult> {
  if (o.templates.length > 0 && !o.threads) throw new Error('user templates need template threads (templateThreads())');
  if (o.threads) return o.threads.fields(pages, { templateId: o.templateId, keyFieldsOnly, signal: o.signal });
  if (reader) return reader.fields(pages, { templateId: o.templateId, keyFieldsOnly, signal: o.signal });
  return Promise.resolve(extractFields(pages, { templates: o.templates, templateId: o.templateId, keyFieldsOnly }));
}

const NOT_EINVOICE_HINT = 'With --einvoice only, documents without e-invoice XML fail. Use --einvoice prefer (the default) to read their pages.';

/**
 * One document to a result: e-invoice XML where there is one (and `einvoice` allows), else its
 * pages (text layer / OCR) and their fields. Returns the pages too (`extract --text`, templates).
 */
export async function readDocument(reader: Reader, input: ExtractInput, o: DocumentOptions): Promise<{ result: DocumentResult; pages: PageText[] }> {
  // (`look` is for the second-look trigger, not part of the result)
  const make = (documentKind: DocumentKind, pageCount: number, pages: PageText[], { look: _, ...fields }: FieldsResult) => ({
    result: {
      schemaVersion: 1 as const,
      documentKind,
      pageCount,
      pages: pages.map((p) => ({ page: p.page, source: p.source, ocrConfidence: p.ocrConfidence, chars: p.text.length })),
      ...fields,
    },
    pages,
  });
  if (input.kind === 'xml') {
    if (o.einvoice === 'ignore') throw permanent('unsupported', 'an e-invoice XML file has no page to read, and --einvoice ignore reads pages only', 'Use --einvoice prefer (the default) to read e-invoice XML files.');
    return make('einvoice_xml', 0, [], fieldsFromXmlFile(await loadInput(input)));
  }
  if (o.einvoice === 'only') {
    if (input.kind !== 'pdf') throw permanent('not_einvoice', `a ${input.kind.toUpperCase()} image carries no e-invoice XML`, NOT_EINVOICE_HINT);
    const embedded = await reader.embeddedFiles(input, { signal: o.signal });
    const found = invoiceFromEmbedded(embedded);
    if (!found.fields) throw permanent('not_einvoice', found.problems[0] ?? 'the PDF has no embedded e-invoice XML (ZUGFeRD, Factur-X, XRechnung)', NOT_EINVOICE_HINT);
    found.fields.warnings.push(...found.problems);
    return make('einvoice_pdf', embedded.pageCount ?? 0, [], found.fields);
  }
  const wantXml = o.einvoice === 'prefer' && input.kind === 'pdf';
  let read: ReadWithFields;
  try {
    // Without field threads (fieldThreads; `auto` always has them) and user templates, a text PDF's
    // fields are extracted in the PDF thread that reads it (ReadOptions.fields): the same
    // extractFields as pageFields below, off the main thread.
    read = await reader.read(input, { signal: o.signal, embeddedFiles: wantXml, ...(o.templates.length === 0 && !o.threads ? { fields: { templateId: o.templateId } } : {}) });
  } catch (err) {
    // Pages that cannot be read (damaged, no text) do not make the embedded invoice XML wrong.
    if (!wantXml || !(err instanceof JobError) || err.retryable || o.signal?.aborted) throw err;
    const embedded = await reader.embeddedFiles(input, { signal: o.signal }).catch(() => undefined);
    const found = invoiceFromEmbedded(embedded);
    if (!found.fields?.einvoice) throw err;
    found.fields.einvoice.pageCheck = { status: 'unverified', fields: [] };
    found.fields.warnings.push(...found.problems, `the pages could not be read (${err.errorClass}: ${err.message}); the fields come from the embedded XML alone`);
    return make('einvoice_pdf', embedded?.pageCount ?? 0, [], found.fields);
  }
  const found = invoiceFromEmbedded(read.embeddedFiles);
  let fields = found.fields ?? read.fields ?? (await pageFields(read.pages, o, false, reader));
  if (!found.fields) {
    // A second reading that fails (no text at all, a timeout) leaves the first reading's fields;
    // an interrupted run still stops.
    const readAgain = (look: Look) =>
      reader.read(input, { signal: o.signal, ...lookReadOptions(look) }).catch((err: unknown) => {
        if (o.signal?.aborted) throw err;
        return null;
      });
    fields = await withSecondLook(input.kind, read.pages, fields, readAgain, (pages) => pageFields(pages, o, false, reader));
  }
  if (found.fields) {
    // The page's key fields, extracted in a thread (a template thread, else a PDF thread), not on
    // this one: read up front, as a thread cannot be asked lazily, when the check will ask for them.
    const page = pageCheckNeedsFields(found.fields) ? await pageFields(read.pages, o, true, reader) : null;
    verifyAgainstPage(found.fields, () => page, read.pages);
  }
  // An invoice XML that could not be used is said; its fields then come from the page.
  fields.warnings.push(...found.problems.map((p) => (found.fields ? p : `${p}; the fields were read from the page`)));
  if (read.embeddedFiles?.error) fields.warnings.push(`the PDF's attachments could not be listed: ${read.embeddedFiles.error}`);
  fields.warnings.push(...(read.warnings ?? []));
  return make(read.documentKind, read.pageCount, read.pages, fields);
}

/** The `auto` extractor's reader: with its readings kept in `cfg.readingCache` when set. */
export async function openReader(cfg: ExtractorConfig): Promise<Reader> {
  const options = autoReaderOptions(cfg);
  const reader = await createReader(options);
  return cfg.readingCache ? cachingReader(reader, cfg.readingCache, options) : reader;
}

export async function createAutoExtractor(cfg: ExtractorConfig): Promise<Extractor & { info: AutoExtractorInfo }> {
  const info = loadUserTemplates(cfg.templatesDir);
  checkTemplateId(cfg.template, info.templates);
  const reader = await openReader(cfg);
  const threads = fieldThreads(info.templates, cfg.pageTimeoutMs);
  // The native engine's model folder, marked as used at most hourly while documents are read (tessdata-cache.ts).
  let marked = 0;
  return {
    name: 'auto',
    version: EXTRACTOR_VERSIONS.auto,
    info,
    async extract(input, opts) {
      if (cfg.ocrEngine === 'native' && Date.now() - marked > 3600_000) {
        marked = Date.now();
        await markNativeTessdata(cfg.lang, cfg.ocrModel);
      }
      const { result, pages } = await readDocument(reader, input, { templates: info.templates, templateId: cfg.template, einvoice: cfg.einvoice, signal: opts?.signal, threads });
      if (opts?.keepText || cfg.keepText) result.text = pages.map((p) => p.text);
      return result;
    },
    renderPage: (input, page, opts) => reader.renderPage(input, page, opts),
    close: async () => {
      await Promise.all([reader.close(), threads?.close()]);
      // The native engine's model cache keeps what is in use (tessdata-cache.ts).
      if (cfg.ocrEngine === 'native') await pruneNativeTessdata(cfg.lang, cfg.ocrModel).catch(() => undefined);
    },
  };
}
