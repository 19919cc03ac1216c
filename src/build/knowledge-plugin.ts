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
import { compileDetection, type DetectionRules } from '../detect/prefilter';
import { readKnowledgeFiles } from '../knowledge/node';

const DETECTION = 'virtual:source-lens-detection';
const RESOLVED = `\0${DETECTION}`;

function detectionRules(dir: string): DetectionRules[] {
  return readKnowledgeFiles(dir).flatMap(({ data }) => {
    const file = data as Partial<DetectionRules> & { kind?: unknown };
    return file.kind === 'report' && file.number && file.detection ? [{ number: file.number, detection: file.detection }] : [];
  });
}

export function knowledgePlugin(dir: string): Plugin {
  return {
    name: 'source-lens:knowledge',
    enforce: 'pre',
    config: () => ({ resolve: { alias: { '@knowledge': dir } } }),
    resolveId: (id) => (id === DETECTION ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const compiled = JSON.stringify(compileDetection(detectionRules(dir)));
      // JSON.parse of a string literal: V8 reads it faster than the same object as code.
      return `export default JSON.parse(${JSON.stringify(compiled)});`;
    },
  };
}
