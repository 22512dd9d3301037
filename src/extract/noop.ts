/**
 * The no-op extractor: reads nothing and returns an empty result. It exists to measure the
 * engine's own per-job overhead (`npm run bench`) and to exercise the ledger at scale.
 */
import type { Extractor } from './types.js';
import { EXTRACTOR_VERSIONS } from './config.js';
import { emptyResult } from './result.js';

export function createNoopExtractor(): Extractor {
  return {
    name: 'noop',
    version: EXTRACTOR_VERSIONS.noop,
    async extract(input) {
      return emptyResult(input.kind === 'pdf' ? 'text_pdf' : input.kind === 'xml' ? 'einvoice_xml' : 'image', []);
    },
    async close() {},
  };
}
