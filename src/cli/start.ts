/**
 * `npm start [-- --headless]`: builds the extension and opens Chromium with it loaded on
 * the bundled demo article, served from 127.0.0.1, so a newcomer sees highlights and a
 * source card at once. Without a display (or with --headless) it opens a card, writes a
 * screenshot and prints its path and the page's summary, then exits.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, extensionArgs } from './chromium';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const DEMO = join(ROOT, 'assets/demo/article.html');
const SHOT = join(ROOT, 'test-results/start-demo.png');
async function main(): Promise<void> {
  const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  const executablePath = chromiumPath();
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'inherit' });

  const html = readFileSync(DEMO);
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/demo-article.html`;

  const profile = mkdtempSync(join(tmpdir(), 'source-lens-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false,
    viewport: { width: 1200, height: 900 },
    args: extensionArgs(EXTENSION, { headless, isolated: headless }),
  });
  const cleanup = async () => {
    await context.close().catch(() => undefined);
    server.close();
    rmSync(profile, { recursive: true, force: true });
  };

  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForSelector('source-lens-mark[tabindex]', { timeout: 20_000 });
  if (!headless) {
    console.log(`Source Lens is loaded in Chromium on ${url}. Hover a highlight; close the browser to stop.`);
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    await cleanup();
    return;
  }

  const target = page.locator('source-lens-mark[tabindex][data-verdict="needs-context"], source-lens-mark[tabindex]').first();
  await target.scrollIntoViewIfNeeded();
  await target.hover();
  await page.locator('[data-source-lens-card]').waitFor({ state: 'visible' });
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  await page.screenshot({ path: SHOT });
  const marks = await page.$$eval('source-lens-mark[tabindex]', (els) =>
    els.map((e) => `${(e.getAttribute('data-verdict') ?? '').padEnd(13)}  ${e.getAttribute('data-source-lens')}  "${e.textContent ?? ''}"`),
  );
  console.log(`\nScreenshot of the demo with a source card open: ${SHOT}`);
  console.log(`Page: ${await page.title()}\nAnnotations (${marks.length}):\n  ${marks.join('\n  ')}`);
  await cleanup();
}

main().catch((error: unknown) => {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
