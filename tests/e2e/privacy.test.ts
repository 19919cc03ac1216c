/**
 * A page must not be able to tell that Source Lens is installed (issue #12). Each page is
 * loaded twice with the same trace recorder in its main world (page-traces.ts): in a
 * Chromium without the extension, and in one with the built release extension, waiting
 * for the content script's pass. Whatever the second run shows that the first did not is
 * the extension's, and must be nothing on a page that covers no report, and only the
 * highlights and the card's host on a covering one. A control injects traces from the
 * extension's own isolated world, so the recorder is shown to see them.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserArgs, chromiumPath } from '../../src/cli/chromium';
import { EXTENSION_DIR, MARK, passesIn, useE2eSession, waitForPasses, type WorkerGlobal } from './browser';
import { highlightOrCard, readTraces, recorderOptions, recordTraces, scriptNames, TRACES_KEY, unexplained, wxtEventNames } from './page-traces';

const session = useE2eSession();

/** Late work after a pass (a deferred task, the card's mount) has landed by then. */
const SETTLE_MS = 500;

let plain: Browser;
/** One context for every page, as in the extension's browser: the pages share an origin, and its cookies. */
let plainContext: BrowserContext;
let options: ReturnType<typeof recorderOptions>;

beforeAll(async () => {
  plain = await chromium.launch({ executablePath: chromiumPath(), headless: false, args: browserArgs({ headless: true, isolated: true }) });
  plainContext = await plain.newContext({ viewport: { width: 1200, height: 900 } });
  options = recorderOptions(wxtEventNames(session.browser.extensionId, scriptNames(EXTENSION_DIR)));
}, 60_000);

afterAll(async () => {
  await plain?.close();
});

/** A step both runs take after the load (and, with the extension, after the first pass). */
type Visit = (page: Page, withExtension: boolean) => Promise<void>;

async function tracesWithout(path: string, visit?: Visit): Promise<string[]> {
  const page = await plainContext.newPage();
  try {
    await page.addInitScript(recordTraces, options);
    await page.goto(`${session.server.origin}/${path}`, { waitUntil: 'load' });
    await visit?.(page, false);
    await page.waitForTimeout(SETTLE_MS);
    return await page.evaluate(readTraces, TRACES_KEY);
  } finally {
    await page.close();
  }
}

async function tracesWith(path: string, visit?: Visit): Promise<{ page: Page; traces: string[] }> {
  const page = await session.browser.context.newPage();
  await page.addInitScript(recordTraces, options);
  await page.goto(`${session.server.origin}/${path}`, { waitUntil: 'load' });
  await waitForPasses(session.browser, page);
  await visit?.(page, true);
  await page.waitForTimeout(SETTLE_MS);
  return { page, traces: await page.evaluate(readTraces, TRACES_KEY) };
}

async function extensionTraces(path: string, visit?: Visit): Promise<{ page: Page; traces: string[]; added: string[] }> {
  const baseline = await tracesWithout(path, visit);
  const { page, traces } = await tracesWith(path, visit);
  return { page, traces, added: unexplained(traces, baseline) };
}

/** A single-page site's navigation: the extension checks the page again. */
const navigate: Visit = async (page, withExtension) => {
  const before = withExtension ? ((await passesIn(session.browser, page.url()))[0] ?? 0) : 0;
  await page.evaluate(() => history.pushState(null, '', '?next'));
  if (withExtension) await waitForPasses(session.browser, page, before + 1);
};

describe('what a page can see of Source Lens', () => {
  it('the recorder sees what a script in the extension\'s isolated world does to the page', async () => {
    const { page } = await tracesWith('corpus/wikipedia.html');
    const tabs = await session.browser.worker.evaluate(async (url) => {
      const tabs = await (globalThis as WorkerGlobal).chrome.tabs.query({});
      return tabs.filter((t) => t.url === url).map((t) => t.id ?? -1);
    }, page.url());
    expect(tabs).toHaveLength(1);
    // What WXT's content-script runtime did before this script stopped using it (and more).
    const [started = ''] = wxtEventNames(session.browser.extensionId, ['content-script']);
    await session.browser.worker.evaluate(
      async ([tabId, name]) => {
        await (globalThis as WorkerGlobal).chrome.scripting.executeScript({
          target: { tabId },
          func: (eventName: string) => {
            document.dispatchEvent(new CustomEvent(eventName));
            window.dispatchEvent(new Event('message'));
            performance.measure('source-lens:probe');
            document.body.setAttribute('data-probe', '');
            document.body.append(document.createElement('aside'));
          },
          args: [name],
        });
      },
      [tabs[0] ?? -1, started] as const,
    );
    const traces = await page.evaluate(readTraces, TRACES_KEY);
    expect(traces).toEqual(
      expect.arrayContaining([
        `event ${started} on document`,
        'event message on window',
        'performance measure source-lens:probe',
        'attribute data-probe on <body>',
        'added <aside>',
      ]),
    );
    await page.close();
  });

  for (const path of ['corpus/bbc-1.html', 'corpus/nytimes-1.html', 'corpus/lemonde-1.html', 'lookalikes/ice-arrests-32809.html']) {
    it(`leaves no trace on a page that covers nothing: ${path}`, async () => {
      const { page, added } = await extensionTraces(path);
      expect(added).toEqual([]);
      await page.close();
    }, 30_000);
  }

  it('leaves no trace when a page that covers nothing navigates by script (a single-page site)', async () => {
    const { page, added } = await extensionTraces('corpus/theverge.html', navigate);
    expect(added).toEqual([]);
    await page.close();
  }, 30_000);

  it('shows only the highlights and the card\'s host on a covering page', async () => {
    const { page, traces, added } = await extensionTraces('seeds/004-independent.html');
    expect(await page.locator(MARK).count()).toBeGreaterThan(0);
    expect(traces).toEqual(expect.arrayContaining(['added <source-lens-mark>', 'added <source-lens-card>']));
    expect(added.filter((t) => !highlightOrCard(t))).toEqual([]);
    await page.close();
  }, 30_000);
});
