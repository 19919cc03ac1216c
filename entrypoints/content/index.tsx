import { browser } from 'wxt/browser';
import { createShadowRootUi } from '#imports';
import { createEngine, candidateReports } from '../../src/annotate/analyze';
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

    // Each pass is one synchronous task (the card host is created after it, off the clock
    // of the pass but on its own measure), so the measure is the work the page waits for.
    const pass = () => {
      const start = performance.now();
      let needsCard = false;
      try {
        const off = isOffFor(settings, location.hostname);
        if (off) {
          result?.clear();
          result = null;
          send(stateOnly(off, page()));
          return;
        }
        const candidates = candidateReports(document, engine);
        performance.measure('source-lens:prefilter', { start, end: performance.now() });
        if (candidates.length === 0) {
          send(stateOnly('no-coverage', page()));
          return;
        }
        result = annotator.run();
        send(result.summary);
        needsCard = result.summary.items.length > 0;
      } finally {
        performance.measure('source-lens', { start, end: performance.now() });
      }
      if (needsCard) {
        const cardStart = performance.now();
        void ensureCard().then(() => performance.measure('source-lens:card', { start: cardStart, end: performance.now() }));
      }
    };

    pass();

    const rerun = () => {
      if (ctx.isValid) pass();
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
