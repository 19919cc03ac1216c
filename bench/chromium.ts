/**
 * `npm run bench` (second part): the extension's real cost in Chromium. For each page it
 * reads the content script's `source-lens` performance measure (its whole pass) and times a
 * Readability parse of the same page in the same tab, side by side, and prints the ratios
 * for the Readability corpus (pages that cover no report) and for the covering fixtures,
 * plus the content script's bundle size and how the cost grows with a 10x longer article.
 * The pass is split into tasks (idle callbacks); one over 50 ms is a long task caused by
 * the extension.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { chromiumPath, extensionArgs } from '../src/cli/chromium';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const READABILITY = readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
const LONG_TASK_MS = 50;

function corpusFiles(): string[] {
  const shared = join(ROOT, '../shared/corpus/readability');
  const dir = existsSync(shared) ? shared : join(ROOT, 'tests/fixtures/corpus');
  return readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** The seed 004 article with its paragraphs repeated `times` times. */
function longer(times: number): string {
  const seed = readFileSync(join(ROOT, 'tests/fixtures/seeds/004-independent.html'), 'utf8');
  return seed.replace(/<article>([\s\S]*)<\/article>/, (_m, inner: string) => `<article>${inner.repeat(times)}</article>`);
}

interface Sample {
  name: string;
  extension: number;
  readability: number;
  /** The prefilter alone (page text and regexes), inside the pass. */
  prefilter: number;
  /** The longest single task of the pass. */
  longest: number;
}

async function measure(context: BrowserContext, url: string, name: string): Promise<Sample | null> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    await page.waitForFunction(() => performance.getEntriesByName('source-lens').length > 0, undefined, { timeout: 30_000 });
    // The pass's working time (its idle gaps aside), its prefilter, and its longest task.
    const { extension, prefilter, longest } = await page.evaluate(() => ({
      extension: performance.getEntriesByName('source-lens:work')[0]?.duration ?? 0,
      prefilter: performance.getEntriesByName('source-lens:prefilter')[0]?.duration ?? 0,
      longest: Math.max(0, ...performance.getEntriesByName('source-lens:step').map((e) => e.duration)),
    }));
    await page.addScriptTag({ content: `${READABILITY}\nwindow.__Readability = Readability;` });
    const readability = await page.evaluate(() => {
      const R = (window as unknown as { __Readability: new (d: Document) => { parse(): unknown } }).__Readability;
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        new R(document.cloneNode(true) as Document).parse();
        runs.push(performance.now() - start);
      }
      return runs.sort((a, b) => a - b)[1] ?? 0;
    });
    return { name, extension, readability, prefilter, longest };
  } catch (error) {
    console.log(`  skipped ${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  } finally {
    await page.close();
  }
}

function summary(title: string, samples: Sample[]): void {
  const ratios = samples.map((s) => s.extension / Math.max(s.readability, 0.01));
  const long = samples.filter((s) => s.longest > LONG_TASK_MS);
  console.log(`\n${title}: ${samples.length} pages`);
  console.log(`  extension pass (working time): median ${median(samples.map((s) => s.extension)).toFixed(2)} ms, worst ${Math.max(...samples.map((s) => s.extension)).toFixed(2)} ms`);
  console.log(`  of which prefilter: median ${median(samples.map((s) => s.prefilter)).toFixed(2)} ms`);
  console.log(`  Readability parse: median ${median(samples.map((s) => s.readability)).toFixed(2)} ms`);
  console.log(`  ratio: median ${median(ratios).toFixed(3)}x, worst ${Math.max(...ratios).toFixed(3)}x`);
  console.log(`  longest task: median ${median(samples.map((s) => s.longest)).toFixed(2)} ms, worst ${Math.max(...samples.map((s) => s.longest)).toFixed(2)} ms`);
  console.log(`  pages with a task over ${LONG_TASK_MS} ms: ${long.length}${long.length ? ` (${long.map((s) => `${s.name} ${s.longest.toFixed(0)} ms`).join(', ')})` : ''}`);
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  const pages = new Map<string, string>();
  for (const file of corpusFiles()) pages.set(`/corpus/${file.split('/').pop()}`, readFileSync(file, 'utf8'));
  const seedsDir = join(ROOT, 'tests/fixtures/seeds');
  for (const f of readdirSync(seedsDir).filter((x) => x.endsWith('.html'))) pages.set(`/seeds/${f}`, readFileSync(join(seedsDir, f), 'utf8'));
  pages.set('/growth/x1.html', longer(1));
  pages.set('/growth/x10.html', longer(10));
  const server = createServer((req, res) => {
    const html = pages.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (html === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const profile = mkdtempSync(join(tmpdir(), 'source-lens-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false,
    args: extensionArgs(EXTENSION, { headless: true, isolated: true }),
  });
  try {
    console.log(`Source Lens in Chromium: ${await context.browser()?.version() ?? 'chromium'}; content script ${(statSync(join(EXTENSION, 'content-scripts/content.js')).size / 1024).toFixed(1)} KiB`);
    const corpus: Sample[] = [];
    const covering: Sample[] = [];
    for (const path of pages.keys()) {
      const sample = await measure(context, origin + path, path);
      if (!sample) continue;
      if (path.startsWith('/corpus/')) corpus.push(sample);
      else if (path.startsWith('/seeds/')) covering.push(sample);
    }
    summary('Pages that cover no report (Readability corpus)', corpus);
    summary('Covering pages (seed fixtures)', covering);
    const x1 = await measure(context, `${origin}/growth/x1.html`, 'x1');
    const x10 = await measure(context, `${origin}/growth/x10.html`, 'x10');
    if (x1 && x10) console.log(`\nGrowth, article length x10: extension pass ${x1.extension.toFixed(1)} ms -> ${x10.extension.toFixed(1)} ms (${(x10.extension / x1.extension).toFixed(1)}x)`);
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
