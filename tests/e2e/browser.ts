/**
 * Real Chromium with the built extension loaded, and a local server for fixture pages.
 * The browser resolves no host but 127.0.0.1, and every request it makes is recorded, so a
 * test can prove the extension sends nothing anywhere.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumPath, extensionArgs } from '../../src/cli/chromium';
import { bigPage, longArticle } from '../fixtures/generated';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

export { chromiumPath };

export function requireBuiltExtension(): void {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('The extension is not built: run `npm run build` (npm test does it first).');
  }
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png' };

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves tests/fixtures on 127.0.0.1 with an ephemeral port. `?csp=strict` adds a strict CSP header. */
export async function serveFixtures(): Promise<FixtureServer> {
  const base = join(ROOT, 'tests/fixtures');
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/generated/long-article.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] as string }).end(longArticle(Number(url.searchParams.get('bytes') ?? 5_000_000)));
      return;
    }
    if (url.pathname === '/generated/big.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] as string }).end(bigPage(Number(url.searchParams.get('nodes') ?? 50_000)));
      return;
    }
    const path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' };
    if (url.searchParams.get('csp') === 'strict') headers['content-security-policy'] = "default-src 'none'; img-src 'self'; style-src 'self'";
    res.writeHead(200, headers).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request the browser made: its URL, and the page that made it (null for the extension's worker). */
  requests: { url: string; page: string | null }[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * The browser's UI language (`--lang`). Measured with headless Chromium 156: `--lang=es`
   * makes it choose the extension's `es` messages; the LANGUAGE and LANG environment
   * variables change nothing, with or without the flag; `chrome.i18n.getUILanguage()` stays
   * "en-US" either way (src/ui/i18n.ts reads the chosen messages instead).
   */
  lang?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  requireBuiltExtension();
  const userDataDir = mkdtempSync(join(tmpdir(), 'source-lens-chromium-'));
  const args = extensionArgs(EXTENSION_DIR, { headless: true, isolated: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false,
    viewport: { width: 1200, height: 900 },
    args: options.lang ? [...args, `--lang=${options.lang}`] : args,
  });
  const requests: ExtensionBrowser['requests'] = [];
  context.on('request', (r) => {
    let page: string | null = null;
    try {
      page = r.frame().page().url();
    } catch {
      page = null; // service worker requests have no frame
    }
    requests.push({ url: r.url(), page });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    requests,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The few extension APIs the tests call inside the service worker (no @types/chrome needed). */
export interface WorkerChrome {
  tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  scripting: { executeScript<A extends unknown[]>(injection: { target: { tabId: number }; func: (...args: A) => unknown; args?: A }): Promise<{ result?: unknown }[]> };
}

export type WorkerGlobal = typeof globalThis & { chrome: WorkerChrome };

/** How long a test waits for the content script's pass. */
const PASS_TIMEOUT_MS = 20_000;
const POLL_MS = 50;

/**
 * The passes the content script has finished in each open tab showing `url`, read in its
 * isolated world (src/ui/page-state.ts), where the page cannot see it: a release build
 * leaves no trace in the page that a pass ran. A tab without the content script counts 0.
 */
export function passesIn(browser: ExtensionBrowser, url: string): Promise<number[]> {
  return browser.worker.evaluate(async (want) => {
    const { chrome } = globalThis as WorkerGlobal;
    const tabs = (await chrome.tabs.query({})).filter((t) => t.url === want);
    return Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined) return 0;
        try {
          const [frame] = await chrome.scripting.executeScript({
            target: { tabId: tab.id },
            func: () => (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('source-lens.passes')] ?? 0,
          });
          return typeof frame?.result === 'number' ? frame.result : 0;
        } catch {
          return 0; // not scriptable yet
        }
      }),
    );
  }, url);
}

/** Waits until every tab showing the page has finished at least `count` passes. */
export async function waitForPasses(browser: ExtensionBrowser, page: Page, count = 1): Promise<void> {
  const deadline = Date.now() + PASS_TIMEOUT_MS;
  for (;;) {
    const passes = await passesIn(browser, page.url());
    if (passes.length > 0 && passes.every((n) => n >= count)) return;
    if (Date.now() > deadline) throw new Error(`no pass ${count} on ${page.url()} within ${PASS_TIMEOUT_MS} ms (passes: ${passes.join(', ') || 'no tab'})`);
    await page.waitForTimeout(POLL_MS);
  }
}

export const MARK = 'source-lens-mark';
export const CARD = '[data-source-lens-card]';

export interface E2eSession {
  readonly browser: ExtensionBrowser;
  readonly server: FixtureServer;
  /** Opens a fixture page, failing if it does not load, and waits for the extension's first pass. */
  open(path: string): Promise<Page>;
  /** Every error the page or the extension reported in it (the fixtures' own 404s aside). */
  errorsOf(page: Page): string[];
}

/** One browser with the extension and one fixture server for a test file, torn down after it. */
export function useE2eSession(options: LaunchOptions = {}): E2eSession {
  let browser: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  const errors = new WeakMap<Page, string[]>();
  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension(options);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not running (beforeAll failed)`);
    return value;
  };
  return {
    get browser() {
      return need(browser, 'the browser');
    },
    get server() {
      return need(server, 'the fixture server');
    },
    async open(path: string) {
      const page = await need(browser, 'the browser').context.newPage();
      const list: string[] = [];
      errors.set(page, list);
      page.on('pageerror', (e) => list.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) list.push(m.text());
      });
      const response = await page.goto(`${need(server, 'the fixture server').origin}/${path}`);
      if (!response?.ok()) throw new Error(`fixture ${path} did not load (${response?.status() ?? 'no response'})`);
      await waitForPasses(need(browser, 'the browser'), page);
      return page;
    },
    errorsOf(page: Page) {
      return errors.get(page) ?? [];
    },
  };
}
