/**
 * Firefox is a first-class target: the built Firefox extension, installed in Firefox ESR
 * through WebDriver BiDi (puppeteer-core), highlights a covering article and opens its
 * source card; an unrelated page gets nothing. The popup is tested in Chromium only: with the
 * extension's internal UUID fixed by the `extensions.webextensions.uuids` preference, so its
 * URL is known, WebDriver BiDi's `browsingContext.navigate` to
 * moz-extension://UUID/popup.html is refused ("unsupported operation: Navigation to
 * moz-extension://... is not allowed in this context", Firefox 153 ESR, puppeteer-core 24),
 * and from a page's script both `location.href = ...` and `window.open(...)` throw "Access to
 * 'moz-extension://.../popup.html' from script denied" (the page is not web-accessible, and
 * making it so would let every site load it).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARK, ROOT, serveFixtures, type FixtureServer } from './browser';
import { highlightOrCard, readTraces, recorderOptions, recordTraces, scriptNames, TRACES_KEY, unexplained, wxtEventNames } from './page-traces';

const FIREFOX_DIR = join(ROOT, '.output/firefox-mv2');

function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error('Firefox not found. Install it with `sudo apt-get install -y firefox-esr` (.ci/run does this), or set FIREFOX_PATH.');
  }
  return found;
}

/**
 * A release build leaves nothing in the page that says a pass ran, and WebDriver BiDi does
 * not reach the content script's world (Chromium's tests read it through the extension's
 * service worker): on a page that shows nothing, give the pass this long after the load.
 * It runs at document_idle and takes well under a second here, the engine's injection included.
 */
const SETTLE_MS = 2000;

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState === 'complete', { timeout: 20_000 });
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

let browser: Browser;
let server: FixtureServer;

/** Pages whose traces (page-traces.ts) are compared with and without the extension. */
const PRIVACY_PAGES = { unrelated: 'lookalikes/ice-arrests-32809.html', covering: 'seeds/004-independent.html' };
const GECKO_ID = 'source-lens@source-lens.invalid';
const recorder = () => recorderOptions(wxtEventNames(GECKO_ID, scriptNames(FIREFOX_DIR)));
const baselines = new Map<string, string[]>();

/** A page loaded with the trace recorder in its main world (a BiDi preload script), once it has settled. */
async function traces(path: string): Promise<{ page: Page; traces: string[] }> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(recordTraces, recorder());
  await page.goto(`${server.origin}/${path}`);
  await settled(page);
  return { page, traces: await page.evaluate(readTraces, TRACES_KEY) };
}

beforeAll(async () => {
  if (!existsSync(join(FIREFOX_DIR, 'manifest.json'))) throw new Error('Build the Firefox extension first: `npm run build:firefox`.');
  server = await serveFixtures();
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
  // The same pages in the same browser before the extension is installed.
  for (const path of Object.values(PRIVACY_PAGES)) {
    const run = await traces(path);
    baselines.set(path, run.traces);
    await run.page.close();
  }
  await browser.installExtension(FIREFOX_DIR);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('in Firefox', () => {
  it('highlights a covering article and opens the source card on hover', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/seeds/004-independent.html`);
    await page.waitForSelector(`${MARK}[tabindex]`, { timeout: 20_000 });
    const marks = await page.$$eval(`${MARK}[tabindex]`, (els) => els.map((e) => [e.getAttribute('data-verdict'), e.textContent]));
    expect(marks).toEqual(expect.arrayContaining([['needs-context', 'more than 32,000']]));
    await page.hover(`${MARK}[tabindex]`);
    await page.waitForFunction(
      () => document.querySelector('source-lens-card')?.shadowRoot?.querySelector('[data-source-lens-card]') !== null,
      { timeout: 10_000 },
    );
    const card = await page.evaluate(() => document.querySelector('source-lens-card')?.shadowRoot?.querySelector('[data-source-lens-card]')?.textContent ?? '');
    expect(card).toContain('OIG-24-46');
    await page.close();
  }, 60_000);

  it('injects the engine under a strict Content-Security-Policy too', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/seeds/004-independent.html?csp=strict`);
    await page.waitForSelector(`${MARK}[tabindex]`, { timeout: 20_000 });
    expect(await page.$$eval(`${MARK}[tabindex]`, (els) => els.length)).toBeGreaterThan(0);
    await page.close();
  }, 60_000);

  it('leaves no trace a page could see on an unrelated page, and only the highlights and card host on a covering one', async () => {
    const unrelated = await traces(PRIVACY_PAGES.unrelated);
    expect(unexplained(unrelated.traces, baselines.get(PRIVACY_PAGES.unrelated) ?? [])).toEqual([]);
    await unrelated.page.close();
    const covering = await traces(PRIVACY_PAGES.covering);
    expect(covering.traces).toEqual(expect.arrayContaining(['added <source-lens-mark>', 'added <source-lens-card>']));
    expect(unexplained(covering.traces, baselines.get(PRIVACY_PAGES.covering) ?? [], highlightOrCard)).toEqual([]);
    await covering.page.close();
  }, 60_000);

  it('leaves an unrelated page alone', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/lookalikes/ice-arrests-32809.html`);
    await settled(page);
    expect(await page.$$eval(MARK, (els) => els.length)).toBe(0);
    await page.close();
  }, 60_000);
});
