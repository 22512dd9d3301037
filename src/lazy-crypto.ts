/**
 * node:crypto, required when first used instead of imported. Loading it (or the Web Crypto
 * global, which loads the same internals) cost 8-20 ms of every command's start here, and a
 * rerun of unchanged files hashes nothing: files/fingerprint.ts says what a run uses instead.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let loaded: typeof import('node:crypto') | undefined;

export const nodeCrypto = (): typeof import('node:crypto') => (loaded ??= require('node:crypto') as typeof import('node:crypto'));
