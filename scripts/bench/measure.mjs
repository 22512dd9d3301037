/**
 * Process measurements for the benchmark: wall time and peak RSS of one command
 * (GNU `/usr/bin/time -v` when present, else polling /proc/PID/status for VmHWM), a bounded
 * pool for peer tools, and summaries of a V8 .cpuprofile (top self time; where a thread's time went).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * Runs a command to completion: { code, ms, peakRssMb, cpuS, stderr, killed }. `cpuS` (user +
 * system seconds of the process and its children, from GNU time; null without it) is steadier
 * than wall time when other work shares the machine. `opts.time: false` runs without GNU time;
 * `opts.rss: false` skips the RSS polling fallback. `killAboveMb`: polls the RSS (no GNU time)
 * and kills the command with SIGKILL once it passes that (a guard for inputs that would take the
 * machine down); `killed` then says so.
 */
export function measure(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const timeFile = join(tmpdir(), `docparse-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
    const useTime = GNU_TIME && opts.time !== false && !opts.killAboveMb;
    const argv = useTime ? ['-v', '-o', timeFile, cmd, ...args] : args;
    const started = performance.now();
    const child = spawn(useTime ? GNU_TIME : cmd, argv, { cwd: opts.cwd, env: { ...process.env, NO_COLOR: '1', ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let hwmKb = 0;
    let killed = false;
    const poll = !useTime && opts.rss !== false ? setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const m = /VmHWM:\s+(\d+)/.exec(status);
        if (m) hwmKb = Math.max(hwmKb, Number(m[1]));
        const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        if (opts.killAboveMb && rss / 1024 > opts.killAboveMb && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      } catch {
        /* exited */
      }
    }, 20) : null;
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (poll) clearInterval(poll);
      let peakRssMb = hwmKb ? hwmKb / 1024 : null;
      let cpuS = null;
      if (useTime) {
        try {
          const report = readFileSync(timeFile, 'utf8');
          const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
          if (m) peakRssMb = Number(m[1]) / 1024;
          const u = /User time \(seconds\): ([\d.]+)/.exec(report);
          const sy = /System time \(seconds\): ([\d.]+)/.exec(report);
          if (u && sy) cpuS = Number(u[1]) + Number(sy[1]);
        } catch {
          /* no report */
        }
        rmSync(timeFile, { force: true });
      }
      resolve({ code, ms, peakRssMb, cpuS, stderr, stdout, killed });
    });
  });
}

/**
 * Runs `jobs` (arrays of [cmd, args]) `width` at a time: { ms (wall), failed, cpuS (summed over
 * the jobs, null unless `opts.cpu`: GNU time per job costs a little) }.
 */
export async function pool(jobs, width, env = {}, opts = {}) {
  const started = performance.now();
  let next = 0;
  let failed = 0;
  let cpuS = opts.cpu ? 0 : null;
  const lane = async () => {
    while (next < jobs.length) {
      const [cmd, args] = jobs[next++];
      const r = await measure(cmd, args, { env, rss: false, time: !!opts.cpu });
      if (r.code !== 0) failed++;
      if (cpuS !== null) cpuS = r.cpuS == null ? null : cpuS + r.cpuS;
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
  return { ms: performance.now() - started, failed, cpuS };
}

/** Whether a command exists on PATH. */
export async function have(cmd) {
  const r = await measure('sh', ['-c', `command -v ${cmd}`], { rss: false, time: false }).catch(() => ({ code: 1 }));
  return r.code === 0;
}

/** The functions with the most self time in a .cpuprofile: [{ fn, where, selfMs, pct }]. */
export function topSelfTime(profilePath, n = 12) {
  const { prof, byId } = readProfile(profilePath);
  const self = new Map();
  const dt = prof.timeDeltas;
  let total = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const node = byId.get(prof.samples[i]);
    const d = (dt[i] ?? 0) / 1000;
    total += d;
    const cf = node.callFrame;
    const url = cf.url.replace(/^file:\/\//, '').replace(/.*\/node_modules\//, 'node_modules/').replace(/.*\/dist\//, 'dist/');
    const key = `${cf.functionName || '(anonymous)'}\t${url ? `${url}:${cf.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + d);
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => {
      const [fn, where] = k.split('\t');
      return { fn, where, selfMs: Math.round(ms), pct: Math.round((ms / total) * 1000) / 10 };
    });
}

/** A .cpuprofile with its nodes by id and each node's parent id. */
function readProfile(profilePath) {
  const prof = JSON.parse(readFileSync(profilePath, 'utf8'));
  const byId = new Map(prof.nodes.map((x) => [x.id, x]));
  const parent = new Map();
  for (const x of prof.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  return { prof, byId, parent };
}

/**
 * What a thread's samples were doing, first rule that matches a sample's stack (leaf to root) wins.
 * The main thread runs the bundle (dist/cli/bundle), so its parts are told by function name; the
 * PDF threads run dist/ as built, told by file. A diagnostic: a renamed function moves its time to
 * `other`, and under load the samples are wall time (a thread waiting for a core is counted where
 * it stopped), so compare shares, not milliseconds, between runs at different loads.
 */
const PARTS = [
  ['idle', (leaf) => leaf.functionName === '(idle)'],
  ['garbage collection', (leaf) => leaf.functionName === '(garbage collector)'],
  ['field extraction', (_, stack) => stack.some((f) => f.url.includes('/extract/fields/') || f.functionName === 'extractFields')],
  ['module loading', (_, stack) => stack.some((f) => f.functionName === 'compileSourceTextModule' || /internal\/modules\/(esm|cjs)\//.test(f.url))],
  ['ledger (SQLite)', (_, stack) => stack.some((f) => f.functionName === 'sqliteTransaction')],
  ['result files', (_, stack) => stack.some((f) => f.functionName.startsWith('writeResultFile'))],
  ['input read + hash', (_, stack) => stack.some((f) => f.functionName === 'loadInput')],
  ['text layout (read/layout)', (_, stack) => stack.some((f) => f.url.includes('/extract/read/layout/'))],
  ['pdf.js', (_, stack) => stack.some((f) => f.url.includes('pdfjs-dist'))],
  ['WebAssembly (OCR)', (leaf) => leaf.functionName.startsWith('wasm-')],
  ['messages between threads', (_, stack) => stack.some((f) => f.functionName === 'postMessage' || /internal\/(per_context\/messageport|worker)/.test(f.url))],
];

/** Where a thread's profiled time went: { totalMs, parts: [{ part, ms, pct }] }, largest first (`other`: none of PARTS). */
export function profileSplit(profilePath) {
  const { prof, byId, parent } = readProfile(profilePath);
  const partOf = new Map();
  const classify = (id) => {
    if (partOf.has(id)) return partOf.get(id);
    const stack = [];
    for (let cur = id; cur != null; cur = parent.get(cur)) stack.push(byId.get(cur).callFrame);
    const hit = PARTS.find(([, test]) => test(stack[0], stack));
    const part = hit ? hit[0] : 'other';
    partOf.set(id, part);
    return part;
  };
  const ms = new Map();
  let total = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const d = (prof.timeDeltas[i] ?? 0) / 1000;
    total += d;
    const part = classify(prof.samples[i]);
    ms.set(part, (ms.get(part) ?? 0) + d);
  }
  const parts = [...ms.entries()].sort((a, b) => b[1] - a[1]).map(([part, t]) => ({ part, ms: Math.round(t), pct: Math.round((t / total) * 1000) / 10 }));
  return { totalMs: Math.round(total), parts };
}
