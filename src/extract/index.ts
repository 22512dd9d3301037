/**
 * Builds the extractor a run asks for. Heavy libraries are imported lazily so `status` and
 * `jobs` start fast.
 */
import { UsageError } from '../errors.js';
import type { Extractor } from './types.js';
import { EXTRACTORS, type ExtractorConfig } from './config.js';

export { EXTRACTORS, EXTRACTOR_VERSIONS, type ExtractorConfig, type ExtractorName } from './config.js';

export async function createExtractor(cfg: ExtractorConfig): Promise<Extractor> {
  switch (cfg.extractor) {
    case 'noop':
      return (await import('./noop.js')).createNoopExtractor();
    case 'text':
      return (await import('./basic.js')).createTextExtractor(cfg.maxPages);
    case 'auto':
      return (await import('./auto.js')).createAutoExtractor(cfg);
    default:
      throw new UsageError(`unknown extractor "${String(cfg.extractor)}"`, `Use one of: ${EXTRACTORS.join(', ')}.`);
  }
}
