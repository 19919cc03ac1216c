import { analyzeDocument, createEngine } from '../src/annotate/analyze';
import { bundledKnowledge } from '../src/knowledge/bundled';

/**
 * Thin glue: runs the engine on the page once it is idle. Pages that cover no report stop
 * at the prefilter (page text + a few regexes). The whole pass is recorded as a
 * `source-lens` performance measure so its cost shows in DevTools and in benchmarks.
 * Highlights and source cards are added on top of this analysis (see the extension issue).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const start = performance.now();
    try {
      const analysis = analyzeDocument(document, createEngine(bundledKnowledge()));
      if (analysis.covers) document.documentElement.dataset.sourceLensReports = analysis.reports.join(' ');
    } finally {
      performance.measure('source-lens', { start, end: performance.now() });
    }
  },
});
