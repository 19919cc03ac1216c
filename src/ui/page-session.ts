/**
 * The engine's side of a page: Readability, the matching stages and the highlighting, each
 * in an idle task of its own, then the source card, mounted in a shadow root the first
 * time there is something to show. One session per page; a later pass (late content, a
 * single-page site's navigation) adds only what is not highlighted yet.
 */
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { analyzeArticleSteps, type Engine } from '../annotate/analyze';
import type { PageAnalysis } from '../annotate/types';
import { extractArticle } from '../detect/article';
import { CARD_CSS } from './card.css';
import { createCardController, type CardController } from './card-controller';
import type { PageSession, PassHost } from './engine-api';
import { addDescriptions, setDescriptionsLocale } from './highlight-a11y';
import { browserLocale, resolveLocale, type Locale } from './i18n';
import { nativeI18n } from './native-api';
import { createPageAnnotator, type PageAnnotations } from './page-annotator';
import { stateOnly } from './summary';

export function createPageSession(engine: Engine, host: PassHost): PageSession {
  const { ctx } = host;
  // The reader's choice, else the browser's language; read at each use, so a change in the options shows at once.
  const locale = (): Locale => resolveLocale(host.settings().language, browserLocale(nativeI18n()));
  const annotator = createPageAnnotator(document, engine, host.settings, locale);
  let result: PageAnnotations | null = null;
  let cardHost: HTMLElement | null = null;
  let card: CardController | null = null;
  let cardAbort: AbortController | null = null;

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
      onMount(container, shadow, shadowHost) {
        shadowHost.setAttribute('data-source-lens-ui', '');
        addDescriptions(shadowHost, shadow, locale());
        cardHost = shadowHost;
        card = createCardController({ doc: document, container, host: shadowHost, model: (id) => result?.model(id) ?? null, signal });
      },
      onRemove() {
        cardAbort?.abort();
        card = null;
        cardHost = null;
      },
    });
    ui.mount();
  };

  const clear = () => {
    result?.clear();
    result = null;
  };
  ctx.onInvalidated(() => {
    cardAbort?.abort();
    clear();
  });

  return {
    clear,
    async pass() {
      const page = { url: location.href, title: document.title };
      const article = await host.idleStep(() => extractArticle(document));
      let analysis: PageAnalysis | null = null;
      if (article) {
        // Each stage of the matching (quotations, figures, coverage) in its own idle task.
        const stages = analyzeArticleSteps(article, engine);
        for (;;) {
          const stage = await host.idleStep(() => stages.next());
          if (stage.done) {
            analysis = stage.value;
            break;
          }
        }
      }
      if (!analysis || !ctx.isValid) return stateOnly('no-coverage', page);
      const applied = await host.idleStep(() => annotator.apply(analysis));
      result = applied;
      if (applied.summary.items.length > 0) await ensureCard();
      if (cardHost) setDescriptionsLocale(cardHost, locale());
      return applied.summary;
    },
  };
}
