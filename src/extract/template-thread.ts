/**
 * Bounded template runs. invoice2data templates carry the user's regexes, and a regex with
 * catastrophic backtracking (`((\w|\s)+)+XQZ`) blocks whatever thread runs it for good: on the
 * event loop it would silence `--timeout`, Ctrl-C and SIGTERM. So template selection and extraction
 * run in worker threads (template-thread-main.ts) that the job's signal (its time limit, an
 * interrupt) and a watchdog (`timeoutMs`, the page time limit) terminate; the job then fails with
 * `timeout`. The patterns keep JavaScript's regex engine with Python's syntax (pyregex.ts), so
 * results are exactly what they were in-process. Without user templates `auto` runs its generic
 * extraction here too, in fewer threads than it reads PDFs with (auto.ts, fieldThreads).
 */
import { JobError } from '../errors.js';
import type { FieldsResult, MatchExplanation } from './fields/index.js';
import { compiledThreadUrl, ThreadPool, ThreadTaskError } from './read/thread-pool.js';
import type { Template } from './templates/types.js';
import type { PageText } from './types.js';

export interface TemplateThreadOptions {
  templates: Template[];
  /** A template run with no answer for this long is stopped (`timeout`) and its thread replaced. */
  timeoutMs: number;
  /** Threads at most (each holds a copy of the templates). */
  size: number;
}

export class TemplateThreads {
  private readonly pool: ThreadPool;
  private readonly timeoutMs: number;
  private readonly hasTemplates: boolean;

  constructor(o: TemplateThreadOptions) {
    this.timeoutMs = o.timeoutMs;
    this.hasTemplates = o.templates.length > 0;
    this.pool = new ThreadPool({
      size: Math.max(1, o.size),
      pageTimeoutMs: o.timeoutMs,
      memoryCeilingMb: 512,
      recycleAfterTasks: 10_000,
      url: () => compiledThreadUrl('./template-thread-main.js', import.meta.url),
      workerData: { templates: o.templates },
      label: 'template',
    });
  }

  /** extractFields in a thread. */
  fields(pages: PageText[], o: { templateId: string | null; keyFieldsOnly?: boolean; signal?: AbortSignal }): Promise<FieldsResult> {
    return this.call({ op: 'fields', pages, templateId: o.templateId, keyFieldsOnly: !!o.keyFieldsOnly }, o.signal) as Promise<FieldsResult>;
  }

  /** explainMatch in a thread (`templates test`). */
  explain(pages: PageText[], o: { templateId: string | null; signal?: AbortSignal }): Promise<MatchExplanation> {
    return this.call({ op: 'explain', pages, templateId: o.templateId }, o.signal) as Promise<MatchExplanation>;
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private async call(req: { op: string } & Record<string, unknown>, signal?: AbortSignal): Promise<unknown> {
    try {
      return await this.pool.call(req, { signal, timeoutMs: this.timeoutMs });
    } catch (err) {
      if (err instanceof JobError && err.errorClass === 'timeout' && this.hasTemplates) {
        throw new JobError('timeout', `the templates took longer than ${Math.round(this.timeoutMs / 1000)} s on this document (a template regex that backtracks without end?); the template thread was stopped`, {
          hint: 'A template whose keywords match this document has a pattern that takes for ever (nested repeats such as (a+)+ or ((\\w|\\s)+)+). Simplify it; `docparse templates list` shows the templates and their keywords.',
          cause: err,
        });
      }
      if (err instanceof ThreadTaskError) {
        const e = new Error(err.message);
        e.name = err.name;
        throw e;
      }
      throw err;
    }
  }
}
