#!/usr/bin/env node
/**
 * CPU seconds of each thread of one docparse run (Linux only: /proc/PID/task/TID/stat, polled
 * every 50 ms; a thread's last reading before it ends is kept, so a thread that lives less than
 * 50 ms can be missed). Groups the threads the way a run uses them: the tesseract.js workers (the
 * threads that spent most), the main thread, the PDF threads (field extraction of OCR'd pages) and
 * V8's own helpers (garbage collection, compilers), told apart by when they started and what they
 * spent. A profile, not a benchmark.
 *
 *   node scripts/ocr-threads.mjs [--bin PATH] [--node "FLAGS"] -- ARGS...
 *       runs `node FLAGS PATH ARGS...` (default bin/docparse.cjs: --bin measures another build;
 *       --node adds Node/V8 flags, e.g. "--no-concurrent-recompilation" to see what the V8 helpers
 *       did). Text PDFs too (issue 14): the main thread, the PDF threads, the field extraction thread.
 *   e.g. node scripts/ocr-threads.mjs -- submit DIR --ledger L.db --out OUT --extractor auto -q
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const sep = process.argv.indexOf('--');
const cliArgs = sep >= 0 ? process.argv.slice(sep + 1) : process.argv.slice(2);
const own = sep >= 0 ? process.argv.slice(2, sep) : [];
const option = (f, d) => (own.includes(f) ? own[own.indexOf(f) + 1] : d);
const bin = resolve(option('--bin', join(ROOT, 'bin', 'docparse.cjs')));
const nodeFlags = option('--node', '').split(/\s+/).filter(Boolean);
const HZ = 100; // USER_HZ: Linux reports thread CPU in 1/100 s

const child = spawn(process.execPath, [...nodeFlags, bin, ...cliArgs], { stdio: ['ignore', 'inherit', 'inherit'] });
/** tid -> { name, ticks, seen: first poll index } */
const threads = new Map();
let poll = 0;
const sample = () => {
  let tids;
  try {
    tids = readdirSync(`/proc/${child.pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(f[11]) + Number(f[12]); // utime + stime (fields 14 and 15)
      const t = threads.get(tid) ?? { name: readFileSync(`/proc/${child.pid}/task/${tid}/comm`, 'utf8').trim(), ticks: 0, seen: poll };
      t.ticks = ticks;
      threads.set(tid, t);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  poll++;
};
const timer = setInterval(sample, 50);
const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c)));
clearInterval(timer);

const rows = [...threads.entries()].map(([tid, t]) => ({ tid, ...t, s: t.ticks / HZ })).filter((t) => t.s > 0);
const total = rows.reduce((a, t) => a + t.s, 0);
console.log(`exit ${code}; CPU seen ${total.toFixed(2)} s over ${rows.length} threads`);
for (const t of rows.sort((a, b) => b.s - a.s)) console.log(`  ${t.name.padEnd(16)} tid ${t.tid.padStart(7)} from poll ${String(t.seen).padStart(4)}  ${t.s.toFixed(2).padStart(7)} s  ${((t.s / total) * 100).toFixed(1).padStart(5)}%`);
process.exit(code ?? 1);
