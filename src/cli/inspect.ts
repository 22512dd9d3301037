/**
 * One document read for the extraction commands (`extract`, `templates test`), without the ledger.
 */
import { resolve } from 'node:path';
import { JobError, ExitCode } from '../errors.js';
import type { Config } from '../config/index.js';
import { inspectFile, type InspectResult } from '../extract/single.js';
import { extractorConfig } from './processing.js';

/**
 * Reads and extracts one file for `extract` and `templates test`. A file that cannot be read
 * is reported on stderr like a failed job, and its exit code (2) is returned instead; `quiet`
 * (`extract -q`) leaves out the notes of templates skipped.
 */
export async function inspectForCli(file: string, config: Config, keepText: boolean, quiet = false): Promise<InspectResult | number> {
  try {
    const inspected = await inspectFile(resolve(file), {
      ...extractorConfig(config),
      extractor: 'auto',
      // One document: more OCR workers than pages only cost start-up time.
      ocrWorkers: Math.min(config.ocrWorkers, 2),
      keepText,
    });
    if (!quiet) for (const f of inspected.templateFailures) process.stderr.write(`docparse: template ${f.file} skipped: ${f.reason}\n`);
    return inspected;
  } catch (err) {
    if (err instanceof JobError) {
      process.stderr.write(`docparse: ${file}: ${err.errorClass}: ${err.message}\n  ${err.hint}\n`);
      return ExitCode.someFailed;
    }
    throw err;
  }
}
