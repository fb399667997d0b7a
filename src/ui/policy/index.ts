/** The lazily loaded policy chunk: the viewer and marked, which the banner never pays for. */
export { InlinePolicy } from './InlinePolicy.js';
export { PolicyDialog } from './PolicyDialog.js';
