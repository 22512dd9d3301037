/**
 * An extractor made on first use. A rerun of a folder already done reads no document, yet making
 * the `auto` extractor loads the readers, the field extraction, the templates, the e-invoice
 * parser, tesseract.js and the canvas (about 120 modules: ~0.4 s and ~30 MB of a no-op rerun on
 * this machine). The wrapper carries the name and version a job's settings need, and builds the
 * real extractor when the first document (or page image) asks for it; its option checks are run
 * by the caller before (index.ts), so a bad option still stops the command before any file is read.
 */
import type { Extractor } from './types.js';

export function lazyExtractor(name: string, version: string, make: () => Promise<Extractor>): Extractor {
  let made: Promise<Extractor> | null = null;
  let closed = false;
  const real = (): Promise<Extractor> => {
    if (closed) return Promise.reject(new Error(`the ${name} extractor is closed`));
    return (made ??= make());
  };
  return {
    name,
    version,
    extract: async (input, opts) => (await real()).extract(input, opts),
    renderPage: async (input, page, opts) => {
      const x = await real();
      if (!x.renderPage) throw new Error(`the ${name} extractor draws no pages`);
      return x.renderPage(input, page, opts);
    },
    // Nothing to release when no document was read; a failed make left nothing open either.
    close: async () => {
      closed = true;
      const x = await made?.catch(() => null);
      await x?.close();
    },
  };
}
