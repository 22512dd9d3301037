/**
 * The plain `status <id>` (lean.ts) as one module: `npm run build` bundles this file with what it
 * imports (scripts/bundle.mjs), so that answer loads one file instead of ~30. Built by tsc alone,
 * it is the same command, loaded module by module.
 */
export { runStatus } from './commands/status.js';
