/**
 * Build-time only (a Vite plugin, run by Node in `wxt build` and vitest):
 * - `@knowledge` names the knowledge directory (knowledge/, or the one the benchmark
 *   generates), for the engine's `import.meta.glob` of every file;
 * - `virtual:source-lens-detection` is the prefilter of every report, compiled here (the
 *   phrases split into words, the anchors, the scanner's source): the content script that
 *   runs on every page bundles that and nothing else of the knowledge base, and does none
 *   of the compiling itself.
 */
import type { Plugin } from 'vite';
import { compileDetection } from '../detect/prefilter';
import { loadKnowledgeFromDisk } from '../knowledge/node';

const DETECTION = 'virtual:source-lens-detection';
const RESOLVED = `\0${DETECTION}`;

export function knowledgePlugin(dir: string): Plugin {
  return {
    name: 'source-lens:knowledge',
    enforce: 'pre',
    config: () => ({ resolve: { alias: { '@knowledge': dir } } }),
    resolveId: (id) => (id === DETECTION ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const compiled = JSON.stringify(compileDetection(loadKnowledgeFromDisk(dir).kb.reports));
      // JSON.parse of a string literal: V8 reads it faster than the same object as code.
      return `export default JSON.parse(${JSON.stringify(compiled)});`;
    },
  };
}
