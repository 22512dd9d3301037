/** invoice2data-compatible templates: loading, the built-in generic template, and matching. */
export { loadTemplates, templateFromObject } from './load.js';
export { runTemplate, prepareInput, matchKeywords, type RawOutput, type TemplateRun, type KeywordReport } from './engine.js';
export { pyRegex, PyRegexError } from './pyregex.js';
export type { Template, TemplateOptions, LoadTemplatesResult, TemplateLoadFailure } from './types.js';
export { GENERIC_TEMPLATE_ID, GENERIC_TEMPLATE, UnknownTemplateError, selectTemplate, type TemplateCandidate, type TemplateSelection } from './select.js';
