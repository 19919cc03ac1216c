import { browser } from 'wxt/browser';
import { createShadowRootUi } from '#imports';
import { analyzeArticleSteps, candidateReports, createEngine } from '../../src/annotate/analyze';
import type { PageAnalysis } from '../../src/annotate/types';
import { extractArticle } from '../../src/detect/article';
import { bundledKnowledge } from '../../src/knowledge/bundled';
import { CARD_CSS } from '../../src/ui/card.css';
import { createCardController, type CardController } from '../../src/ui/card-controller';
import { isMessage, type Message } from '../../src/ui/messages';
import { createPageAnnotator, type PageAnnotations } from '../../src/ui/page-annotator';
import { isOffFor, settingsItem, DEFAULT_SETTINGS, type Settings } from '../../src/ui/settings';
import { stateOnly, type PageSummary } from '../../src/ui/summary';
import { watchLateContent } from '../../src/ui/late-content';

/**
 * Glue between the page and the engine. Pages that cover no report stop at the prefilter
 * (the page text and a few regexes): no Readability, no layout reads, no UI. Each pass is
 * recorded as a `source-lens` performance measure.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const engine = createEngine(bundledKnowledge());
    let settings: Settings = (await settingsItem.getValue()) ?? DEFAULT_SETTINGS;
    const annotator = createPageAnnotator(document, engine, () => settings);
    let result: PageAnnotations | null = null;
    let card: CardController | null = null;
    let cardAbort: AbortController | null = null;
    const page = () => ({ url: location.href, title: document.title });

    const send = (summary: PageSummary) => {
      const message: Message = { type: 'source-lens/summary', summary };
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting; the next pass sends again.
      });
    };

    const ensureCard = async () => {
      if (card) return;
      cardAbort = new AbortController();
      const signal = cardAbort.signal;
      const ui = await createShadowRootUi(ctx, {
        name: 'source-lens-card',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: CARD_CSS,
        onMount(container, _shadow, host) {
          host.setAttribute('data-source-lens-ui', '');
          card = createCardController({ doc: document, container, host, model: (id) => result?.model(id) ?? null, signal });
        },
        onRemove() {
          cardAbort?.abort();
          card = null;
        },
      });
      ui.mount();
    };

    /**
     * A pass is a few short tasks, not one long one: the prefilter runs at once (and is all
     * an unrelated page costs); Readability, the matching and the highlighting each run in
     * their own idle callback. `source-lens` measures the whole pass, `source-lens:work` the
     * time spent working in it, and each `source-lens:step` one task.
     */
    let running = false;
    let again = false;
    let work = 0;
    const step = <T,>(fn: () => T): T => {
      const begin = performance.now();
      try {
        return fn();
      } finally {
        const end = performance.now();
        work += end - begin;
        performance.measure('source-lens:step', { start: begin, end });
      }
    };
    const idleStep = <T,>(fn: () => T): Promise<T> =>
      new Promise((resolve, reject) => {
        ctx.requestIdleCallback(
          () => {
            try {
              resolve(step(fn));
            } catch (error) {
              reject(error);
            }
          },
          { timeout: 500 },
        );
      });

    const pass = async (): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      work = 0;
      const start = performance.now();
      try {
        const off = step(() => isOffFor(settings, location.hostname));
        if (off) {
          result?.clear();
          result = null;
          send(stateOnly(off, page()));
          return;
        }
        const candidates = step(() => candidateReports(document, engine));
        performance.measure('source-lens:prefilter', { start, end: performance.now() });
        if (candidates.length === 0) {
          send(stateOnly('no-coverage', page()));
          return;
        }
        const article = await idleStep(() => extractArticle(document));
        let analysis: PageAnalysis | null = null;
        if (article) {
          // Each stage of the matching (quotations, figures, coverage) in its own idle task.
          const stages = analyzeArticleSteps(article, engine);
          for (;;) {
            const stage = await idleStep(() => stages.next());
            if (stage.done) {
              analysis = stage.value;
              break;
            }
          }
        }
        if (!analysis || !ctx.isValid) {
          send(stateOnly('no-coverage', page()));
          return;
        }
        result = await idleStep(() => annotator.apply(analysis));
        send(result.summary);
        if (result.summary.items.length > 0) await ensureCard();
      } finally {
        performance.measure('source-lens', { start, end: performance.now() });
        performance.measure('source-lens:work', { start, duration: work });
        running = false;
        if (again && ctx.isValid) {
          again = false;
          void pass();
        }
      }
    };

    await pass();

    const rerun = () => {
      if (ctx.isValid) void pass();
    };
    watchLateContent(document, rerun, ctx.signal);
    ctx.addEventListener(window, 'wxt:locationchange', rerun);
    const unwatch = settingsItem.watch((value) => {
      settings = value ?? DEFAULT_SETTINGS;
      // Style and filter changes need fresh highlights; the text of the page is unchanged.
      result?.clear();
      result = null;
      rerun();
    });
    ctx.onInvalidated(() => {
      unwatch();
      cardAbort?.abort();
      result?.clear();
    });

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isMessage(message) || message.type !== 'source-lens/focus') return undefined;
      const el = document.querySelector(`source-lens-mark[data-source-lens-id="${CSS.escape(message.id)}"][tabindex]`) as HTMLElement | null;
      if (!el) return Promise.resolve(false);
      el.scrollIntoView({ block: 'center' });
      el.focus();
      return Promise.resolve(true);
    });
  },
});
