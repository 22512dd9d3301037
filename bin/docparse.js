#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built by `npm install` via the prepare script).
import('../dist/cli/main.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli/main.js')) {
    process.stderr.write('docparse is not built yet: run `npm install` (or `npm run build`) in the docparse folder.\n');
    process.exit(3);
  }
  throw err;
});
