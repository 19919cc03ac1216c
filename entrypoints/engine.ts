import { createEngine, type Engine } from '../src/annotate/analyze';
import { bundledKnowledge } from '../src/knowledge/bundled';
import { bundledDetection } from '../src/knowledge/bundled-detection';
import { registerEngine } from '../src/ui/engine-api';
import { createPageSession } from '../src/ui/page-session';

/**
 * The engine, injected by the background (`scripting.executeScript`) into a page whose
 * text passed the prefilter, in the content script's own isolated world. It only registers
 * itself; the content script drives it.
 */
export default defineUnlistedScript(() => {
  let engine: Engine | null = null;
  registerEngine({
    createSession(host) {
      engine ??= createEngine(bundledKnowledge(), bundledDetection());
      return createPageSession(engine, host);
    },
  });
});
