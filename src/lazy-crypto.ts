/**
 * node:crypto, required when first used instead of imported. Loading it (or the Web Crypto
 * global, which loads the same 17 internal modules) cost ~3 ms of CPU and 3-6 ms of wall time
 * at every command's start here (medians of 25 processes), and a rerun of unchanged files hashes
 * nothing: files/fingerprint.ts says what a run uses instead.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let loaded: typeof import('node:crypto') | undefined;

export const nodeCrypto = (): typeof import('node:crypto') => (loaded ??= require('node:crypto') as typeof import('node:crypto'));
