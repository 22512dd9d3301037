/**
 * The cost of docparse's second recogniser (src/extract/ocr/paddle.ts: PaddleOCR, the first look
 * at a doubtful receipt, where the optional @gutenye/ocr-node is installed): one process reads
 * each image once, one ONNX thread, and reports its CPU seconds per page (models loaded first,
 * not counted) and its peak RSS. The bench's scans are read with confidence and never take a look,
 * so the OCR rows above never see this reading; this row prices it.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CHILD = `
const [dist, ...files] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const { paddleRead } = await import(dist);
await paddleRead(new Uint8Array(readFileSync(files[0]))); // loads the models
const c0 = process.cpuUsage();
for (const f of files) await paddleRead(new Uint8Array(readFileSync(f)));
const c = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ cpuS: (c.user + c.system) / 1e6, pages: files.length, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
`;

/** CPU seconds per page and peak RSS of PaddleOCR reading `images`; null when it is not installed. */
export async function paddleCost(root, images) {
  const dist = pathToFileURL(join(root, 'dist', 'extract', 'ocr', 'paddle.js')).href;
  const { paddleAvailable } = await import(dist);
  if (!paddleAvailable() || images.length === 0) return null;
  const out = await new Promise((res, rej) =>
    execFile(process.execPath, ['--input-type=module', '-e', CHILD, dist, ...images], { cwd: root, maxBuffer: 1 << 20 }, (err, stdout) => (err ? rej(err) : res(stdout))),
  );
  const r = JSON.parse(out);
  return { cpuPerPage: r.cpuS / r.pages, peakRssMb: r.peakRssMb };
}
