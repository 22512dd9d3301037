/**
 * Field extraction in the PDF thread (ReadOptions.fields). A text PDF's fields used to be extracted
 * on the main thread, after its pages (text and word boxes) came back from the thread that read
 * them: with two PDF threads the main thread was the bottleneck (busy 84% of a 300-file run, 4.0 s
 * of 7.5 s of it the field extraction, while each PDF thread idled over half the time). Here the
 * thread that read the layer extracts the fields right after it, with the same function the main
 * thread runs (`extractFields`, generic extractor, no user template), and sends back the fields and
 * the pages' text, without word boxes.
 *
 * Only for a layer that is the document's whole text (plan.ts: no page or image to OCR) of a PDF
 * with no attachment: OCR runs in the OCR pool, driven from the main thread, and an e-invoice's XML
 * is read there first. Anything else comes back as before; once its OCR is done, its pages go to a
 * PDF thread in a `fields` request (Reader.fields, `fieldsOf` here): the same function again, and
 * still off the main thread. The field extraction is imported on first use: a thread that only
 * renders or reads layers for the `text` extractor never loads it.
 */
import type { EmbeddedFiles } from '../einvoice/attachments.js';
import type { FieldsResult } from '../fields/checks.js';
import type { ImageOcrMode } from './options.js';
import type { PageText } from '../types.js';
import { layerIsFinal, layerPageTexts, type LayerText } from './plan.js';

/** What the reader sends with a `text` request for the thread to extract the fields (the reader's options that decide OCR). */
export interface ThreadFieldsRequest {
  templateId: string | null;
  imageOcr: ImageOcrMode;
  imageOcrMinArea: number;
}

export type { FieldsResult };

type FieldsModule = typeof import('../fields/index.js');
let fieldsModule: Promise<FieldsModule> | undefined;

/** Starts loading the field extraction (once per thread). */
export function loadFields(): Promise<FieldsModule> {
  return (fieldsModule ??= import('../fields/index.js'));
}

/**
 * The generic extractor's fields of pages read otherwise (OCR'd pages: the `fields` request,
 * ReadOptions.fields' counterpart), or with `keyFieldsOnly` an e-invoice page's (its page check).
 */
export async function fieldsOf(pages: PageText[], templateId: string | null, keyFieldsOnly = false): Promise<FieldsResult> {
  return (await loadFields()).extractFields(pages, { templates: [], templateId, keyFieldsOnly });
}

interface Layer<P extends LayerText> {
  pageCount: number;
  pages: P[];
  embedded?: EmbeddedFiles;
}

/**
 * The layer with its fields (and its pages without word boxes) when it is the document's whole
 * text, else the layer as it is. `progress` is called before the extraction (it resets the page
 * watchdog: a long document's fields take a while). A throw of the extraction is not the thread's
 * to report as the PDF's: the layer comes back whole, and the caller's extraction (Reader.fields)
 * throws it again, as what it is.
 */
export async function withFields<P extends LayerText>(layer: Layer<P>, req: ThreadFieldsRequest, progress: () => void): Promise<Layer<P> & { fields?: FieldsResult }> {
  if (layer.pages.length === 0 || (layer.embedded && (layer.embedded.files.length > 0 || layer.embedded.error))) return layer;
  if (!layerIsFinal(layer.pages, { ocr: true, imageOcr: req.imageOcr, imageOcrMinArea: req.imageOcrMinArea })) return layer;
  progress();
  let fields: FieldsResult;
  try {
    fields = (await loadFields()).extractFields(layerPageTexts(layer.pages, true), { templates: [], templateId: req.templateId });
  } catch {
    return layer;
  }
  return { ...layer, pages: layer.pages.map(({ words: _words, ...page }) => page as P), fields };
}
