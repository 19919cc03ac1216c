/**
 * The prefilter of every bundled report, compiled at build time, and nothing else of the
 * knowledge base: what the always-on content script needs to tell whether a page may
 * cover a report. Made by src/build/knowledge-plugin.ts from the same files as bundled.ts.
 */
import compiled from 'virtual:source-lens-detection';
import type { CompiledDetection } from '../detect/prefilter';

export function bundledDetection(): CompiledDetection {
  return compiled;
}
