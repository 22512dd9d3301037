/**
 * Builds the extractor a run asks for. Heavy libraries are imported lazily so `status` and
 * `jobs` start fast, and `text` and `auto` are made on first use (lazy.ts) so a run that reads
 * no document (a rerun of a folder already done) loads no reader.
 */
import { UsageError } from '../errors.js';
import type { Extractor } from './types.js';
import { autoReaderOptions, EXTRACTORS, EXTRACTOR_VERSIONS, textReaderOptions, type ExtractorConfig } from './config.js';
import { checkReaderOptions } from './read/check.js';
import { lazyExtractor } from './lazy.js';

export { EXTRACTORS, EXTRACTOR_VERSIONS, type ExtractorConfig, type ExtractorName } from './config.js';

export async function createExtractor(cfg: ExtractorConfig): Promise<Extractor> {
  switch (cfg.extractor) {
    case 'noop':
      return (await import('./noop.js')).createNoopExtractor();
    case 'text':
      checkReaderOptions(textReaderOptions(cfg.maxPages));
      return lazyExtractor('text', EXTRACTOR_VERSIONS.text, async () => (await import('./basic.js')).createTextExtractor(cfg.maxPages));
    case 'auto':
      // User templates are loaded (and a --template id checked against them) up front, as before.
      if (cfg.templatesDir || cfg.template) return (await import('./auto.js')).createAutoExtractor(cfg);
      checkReaderOptions(autoReaderOptions(cfg));
      return lazyExtractor('auto', EXTRACTOR_VERSIONS.auto, async () => (await import('./auto.js')).createAutoExtractor(cfg));
    default:
      throw new UsageError(`unknown extractor "${String(cfg.extractor)}"`, `Use one of: ${EXTRACTORS.join(', ')}.`);
  }
}
