#!/usr/bin/env node
'use strict';
// The launcher: the CLI lives in dist/ (built by `npm install` via the prepare script). CommonJS,
// so that a plain `status <jobId>` is answered by dist/cli/lean-answer.cjs (cli/lean-answer.ts)
// before Node's ESM loader starts (~25-30 ms of Node 20's start). Whatever that bundle does not
// answer alone, and every other command, goes to the ESM CLI (dist/cli/bundle/main.js, below).
const NOT_BUILT = 'docparse is not built yet: run `npm install` (or `npm run build`) in the docparse folder.\n';

// dist/cli/bundle/main.js is the same CLI as dist/cli/main.js, our modules in a few chunks
// (scripts/bundle.mjs): Node resolves and compiles ~36 files for a `submit` instead of ~90.
// A build without it (tsc alone), or one where tsc ran after the bundle was made (dist/cli/main.js
// newer than the bundle: a stale bundle would run old code), runs dist/cli/main.js.
// DOCPARSE_LAUNCH_DEBUG=1 prints which one it ran, on stderr.
function bundleIsFresh() {
  const { statSync } = require('node:fs');
  const { join } = require('node:path');
  try {
    return statSync(join(__dirname, '../dist/cli/bundle/main.js')).mtimeMs >= statSync(join(__dirname, '../dist/cli/main.js')).mtimeMs;
  } catch {
    return false;
  }
}

function esm() {
  const entry = bundleIsFresh() ? '../dist/cli/bundle/main.js' : '../dist/cli/main.js';
  if (process.env.DOCPARSE_LAUNCH_DEBUG) process.stderr.write(`docparse launcher: ${entry.slice(3)}\n`);
  import(entry).catch((err) => {
    if (err && err.code === 'ERR_MODULE_NOT_FOUND' && /dist\/cli\/(bundle\/)?main\.js/.test(String(err.message))) {
      process.stderr.write(NOT_BUILT);
      process.exit(3);
    }
    throw err;
  });
}

/** The CommonJS status path, or null when dist/ is not built (the ESM path then says so). */
function leanAnswer() {
  try {
    return require('../dist/cli/lean-answer.cjs').leanAnswer;
  } catch (err) {
    if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('lean-answer.cjs')) return null;
    throw err;
  }
}

const answer = process.argv[2] === 'status' ? leanAnswer() : null;
if (!answer) esm();
else {
  answer(process.argv.slice(2)).then(
    // null: it wrote nothing; the ESM CLI answers. A number: let stdout drain, then exit with it.
    (code) => (code === null ? esm() : process.stdout.write('', () => process.exit(code))),
    () => esm(),
  );
}
