/**
 * The template thread (see template-thread.ts): runs invoice2data templates, whose regexes are the
 * user's, away from the event loop, so a pattern that backtracks for ever can be stopped by
 * terminating the thread. It speaks the PDF thread's protocol (ThreadMessage).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { explainMatch, extractFields } from './fields/index.js';
import type { Template } from './templates/types.js';
import type { PageText } from './types.js';
import type { ThreadMessage } from './read/pdf-thread.js';

interface Request {
  id: number;
  op: 'fields' | 'explain';
  pages: PageText[];
  templateId: string | null;
  keyFieldsOnly?: boolean;
}

const templates = (workerData as { templates: Template[] }).templates;
const memMb = (): number => {
  const h = getHeapStatistics();
  return Math.round((h.used_heap_size + (h.external_memory ?? 0)) / 1048576);
};

parentPort!.on('message', (req: Request) => {
  let msg: ThreadMessage;
  try {
    const value =
      req.op === 'explain'
        ? explainMatch(req.pages, templates, req.templateId)
        : extractFields(req.pages, { templates, templateId: req.templateId, keyFieldsOnly: req.keyFieldsOnly });
    msg = { id: req.id, type: 'ok', value, memMb: memMb() };
  } catch (err) {
    const e = err as { name?: string; message?: string };
    msg = { id: req.id, type: 'error', name: String(e?.name ?? 'Error'), message: String(e?.message ?? err), memMb: memMb() };
  }
  parentPort!.postMessage(msg);
});
