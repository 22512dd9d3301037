/**
 * Files embedded in a PDF (pdf-lib): the EmbeddedFiles name tree and the catalog's associated
 * files (/AF, PDF/A-3), the two places Factur-X, ZUGFeRD and XRechnung put their invoice XML.
 *
 * `readEmbeddedFiles` runs inside the PDF worker thread (../read/pdf-thread.ts), which hands it
 * pdf-lib and zlib, so threads that never meet an attachment never load pdf-lib. Streams are
 * inflated with a hard output cap, so a small attachment that inflates to gigabytes (a zip bomb)
 * is refused, not decoded.
 */
import type * as PdfLib from 'pdf-lib';
import type { inflateSync as InflateSync } from 'node:zlib';

export interface EmbeddedFile {
  /** The file's name (/UF, else /F). */
  name: string;
  /** /Subtype of the embedded stream (`text/xml`, `application/xml` ...), or null. */
  mimeType: string | null;
  /** /AFRelationship (`Alternative`, `Data`, `Source` ...), or null. */
  relationship: string | null;
  /** Where the PDF declares it: the EmbeddedFiles name tree, the catalog's /AF array, or both. */
  declaredIn: Array<'names' | 'af'>;
  /** The content, for XML-like files under the cap; null otherwise. */
  data: Uint8Array | null;
  /** Why `data` is null for an XML-like file (too large, undecodable). */
  error: string | null;
}

export interface EmbeddedFiles {
  pageCount: number | null;
  files: EmbeddedFile[];
  /** Set when the PDF's structure could not be read for attachments. */
  error?: string;
}

/**
 * Cheap test on the raw bytes: could this PDF embed a file? An embedded file's stream dictionary
 * (`/Type /EmbeddedFile`, `/Subtype /text#2Fxml`) is never inside a compressed object stream, so a
 * PDF with neither has no embedded XML the name tree or /AF could point to, unless its writer left
 * out both the optional /Type and the /Subtype PDF/A-3 requires and compressed the catalog (then
 * /AF and /AFRelationship are looked for too, in what is not compressed).
 */
export function mayEmbedFiles(data: Uint8Array): boolean {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // `#2Fxml`: the /Subtype of an XML file's stream (text/xml, application/xml), which PDF/A-3 requires.
  if (b.indexOf('EmbeddedFile') >= 0 || b.indexOf('AFRelationship') >= 0 || b.indexOf('#2Fxml') >= 0) return true;
  for (let i = b.indexOf('/AF'); i >= 0; i = b.indexOf('/AF', i + 3)) {
    const c = b[i + 3];
    if (c === 0x5b || c === 0x20 || c === 0x0a || c === 0x0d || (c >= 0x30 && c <= 0x39)) return true;
  }
  return false;
}

/** The PDF's embedded files; runs in the PDF thread (see the file comment). */
export async function readEmbeddedFiles(lib: typeof PdfLib, inflateSync: typeof InflateSync, data: Uint8Array, maxBytes: number): Promise<EmbeddedFiles> {
  const { PDFDocument, PDFName, PDFDict, PDFArray, PDFString, PDFHexString, PDFRawStream, PDFRef, decodePDFRawStream } = lib;
  const doc = await PDFDocument.load(data, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  const ctx = doc.context;
  const N = (s: string) => PDFName.of(s);
  const deref = (o: unknown): unknown => (o instanceof PDFRef ? ctx.lookup(o) : o);
  const get = (d: unknown, key: string): unknown => (d instanceof PDFDict ? deref(d.get(N(key))) : undefined);
  const str = (o: unknown): string | null => {
    if (o instanceof PDFString || o instanceof PDFHexString) return o.decodeText();
    if (o instanceof PDFName) return o.decodeText();
    return null;
  };

  const specs = new Map<unknown, { spec: PdfLib.PDFDict; via: Set<'names' | 'af'>; key: string | null }>();
  const add = (raw: unknown, via: 'names' | 'af', key: string | null) => {
    const spec = deref(raw);
    if (!(spec instanceof PDFDict)) return;
    const id = raw instanceof PDFRef ? raw.toString() : spec;
    const e = specs.get(id) ?? { spec, via: new Set(), key };
    e.via.add(via);
    specs.set(id, e);
  };

  // The EmbeddedFiles name tree: /Names [key spec key spec ...] in leaves, /Kids below.
  const seen = new Set<unknown>();
  const walk = (node: unknown, depth: number) => {
    const n = deref(node);
    if (!(n instanceof PDFDict) || seen.has(n) || depth > 32) return;
    seen.add(n);
    const names = get(n, 'Names');
    if (names instanceof PDFArray) {
      for (let i = 0; i + 1 < names.size(); i += 2) add(names.get(i + 1), 'names', str(deref(names.get(i))));
    }
    const kids = get(n, 'Kids');
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walk(kids.get(i), depth + 1);
  };
  walk(get(get(doc.catalog, 'Names'), 'EmbeddedFiles'), 0);
  const af = get(doc.catalog, 'AF');
  if (af instanceof PDFArray) for (let i = 0; i < af.size(); i++) add(af.get(i), 'af', null);

  // Candidates in the order they are tried: the names Factur-X, ZUGFeRD and XRechnung prescribe
  // (this list is EINVOICE_ATTACHMENT_NAMES in profile.ts: the function must be self-contained),
  // then files the catalog declares as the document's alternative, data or source (whatever their
  // name), then any other XML. Decoding stops at a total budget and a number of files, so a PDF
  // stuffed with attachments cannot make the reader inflate them all.
  const prescribed = ['factur-x.xml', 'zugferd-invoice.xml', 'xrechnung.xml'];
  const entries = [...specs.values()].map(({ spec, via, key }, order) => {
    const name = str(get(spec, 'UF')) ?? str(get(spec, 'F')) ?? key ?? '';
    const ef = get(spec, 'EF');
    const stream = get(ef, 'UF') ?? get(ef, 'F');
    const mimeType = stream instanceof PDFRawStream ? str(stream.dict.get(N('Subtype'))) : null;
    const relationship = str(get(spec, 'AFRelationship'));
    const declared = via.has('af') && ['alternative', 'data', 'source'].includes((relationship ?? '').toLowerCase());
    const xmlish = /\.xml$/i.test(name) || /xml/i.test(mimeType ?? '');
    const rank = prescribed.includes(name.toLowerCase()) ? 0 : declared ? 1 : xmlish ? 2 : 3;
    return { file: { name, mimeType, relationship, declaredIn: [...via], data: null, error: null } as EmbeddedFile, stream, rank, order };
  });
  entries.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const maxFiles = 8;
  let budget = 2 * maxBytes;
  let decoded = 0;
  for (const { file, stream, rank } of entries) {
    if (rank > 2) continue;
    if (!(stream instanceof PDFRawStream)) {
      file.error = 'the file specification has no embedded stream';
      continue;
    }
    if (decoded >= maxFiles || budget <= 0) {
      file.error = `not read: only the first ${maxFiles} candidate attachments (${2 * maxBytes} bytes in all) are read`;
      continue;
    }
    decoded++;
    const cap = Math.min(maxBytes, budget);
    try {
      const filter = deref(stream.dict.get(N('Filter')));
      const filters = filter instanceof PDFArray ? filter.asArray().map((x) => str(deref(x))) : filter ? [str(filter)] : [];
      let bytes: Uint8Array;
      // Only what e-invoice writers use, each with a bounded output: none, or Flate (inflated under the
      // cap; a predictor, if any, is applied after that check and does not grow the data). LZW and
      // run-length chains could expand without a cap being checked first: refused.
      if (filters.length === 0) bytes = stream.contents;
      else if (filters.length === 1 && filters[0] === 'FlateDecode') {
        bytes = inflateSync(stream.contents, { maxOutputLength: cap + 1 });
        if (get(stream.dict, 'DecodeParms') && bytes.byteLength <= cap) bytes = decodePDFRawStream(stream).decode();
      } else throw new Error(`its stream filter ${filters.join(' + ')} is not one e-invoice writers use`);
      if (bytes.byteLength > cap) throw new RangeError(`it is over the ${cap}-byte limit`);
      budget -= bytes.byteLength;
      file.data = new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    } catch (err) {
      budget -= cap;
      const e = err as { code?: string; message?: string };
      file.error = e.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError ? `it inflates to more than ${cap} bytes` : `it cannot be decoded: ${e.message ?? String(err)}`;
    }
  }
  const files = entries.map((e) => e.file);
  let pageCount: number | null = null;
  try {
    pageCount = doc.getPageCount();
  } catch {
    pageCount = null;
  }
  return { pageCount, files };
}
