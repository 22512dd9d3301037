/**
 * ../shared beside the checkout (the labelled eval set and invoice2data's templates), found
 * relative to this repository so a clone anywhere works.
 */
import { fileURLToPath } from 'node:url';

export const SHARED_EVAL = fileURLToPath(new URL('../../../shared/eval/invoice2data/', import.meta.url));
