/**
 * `npm run bench` (second part): the extension's real cost in Chromium, page by page, next
 * to a Readability parse of the same page in the same tab.
 *
 * Per page it reads the content scripts' own measures (`source-lens:work`, the working time
 * of the pass; `source-lens:step`, each task of it; `source-lens:prefilter`), which only an
 * instrumented build records (SOURCE_LENS_TIMING=1: the bench builds its own copies), and, from the
 * DevTools protocol, the main thread's script time (ScriptDuration) with the extension
 * minus the same page's without it (served from a host the extension skips, in the same
 * browser): everything the extension adds, loading and compiling its code included, which
 * no measure inside the content script can see.
 *
 * Readability is timed in the page after the pass: its first parse (cold, as a reader-view
 * tool would pay it) and the median of three more (warm). Ratios use the warm parse, the
 * stricter baseline. Pages are served cross-origin isolated, so timers are precise to 5 µs,
 * and each is loaded BENCH_RUNS times (default 3), fresh each time: medians are reported.
 *
 * Groups: the Readability test corpus (pages that cover no report), the covering seed
 * fixtures, growth (article x10; a knowledge base of 100 generated reports, built into a
 * second copy of the extension), and a 5 MB article. Results: printed, and written to
 * test-results/bench-chromium.json page by page.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { chromiumPath, extensionArgs } from '../src/cli/chromium';
import { loadKnowledgeFromDisk } from '../src/knowledge/node';
import { longArticle, repeatedArticle } from '../tests/fixtures/generated';
import { generatedKnowledgeFiles, writeKnowledgeDir } from './generated-knowledge';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const READABILITY = readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
const LONG_TASK_MS = 50;
const GROWTH_REPORTS = 100;
/** Corpus pages used for the knowledge-base growth (the first N, by name). */
const GROWTH_CORPUS_PAGES = 40;

const TARGETS = { unrelatedMedian: 0.05, unrelatedWorst: 0.2, coveringMedian: 1.5 };

interface Sample {
  name: string;
  /** The content scripts' working time in the pass, ms. */
  work: number;
  prefilter: number;
  /** The longest single task of the pass. */
  longest: number;
  /** Wall time of the engine's injection, when the page needed it (0 otherwise). */
  engineLoad: number;
  /** Main-thread script time with the extension, and without it. */
  script: number;
  scriptWithout: number;
  readabilityCold: number;
  readabilityWarm: number;
}

const added = (s: Sample) => Math.max(0, s.script - s.scriptWithout);

function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

const max = (xs: number[]) => Math.max(...xs);
const ms = (x: number) => `${x.toFixed(2)} ms`;
const times = (x: number) => `${x.toFixed(3)}x`;

function corpusFiles(): string[] {
  const shared = join(ROOT, '../shared/corpus/readability');
  const dir = existsSync(shared) ? shared : join(ROOT, 'tests/fixtures/corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(dir, f));
}

/** Main-thread script time so far, from a session that enabled the Performance domain before the page loaded. */
async function scriptDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** Loads of each page: the extension's numbers are the median over them (a 2-core machine is noisy). */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

async function load(context: BrowserContext, url: string, extension: boolean): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  if (extension) await page.waitForFunction(() => performance.getEntriesByName('source-lens').length > 0, undefined, { timeout: 120_000 });
  // Let late work (the badge message, a deferred task) land in the numbers too.
  await page.waitForTimeout(200);
  return { page, cdp };
}

/**
 * The page's own script time: the same page from `localhost`, where the bench's copy of
 * the extension runs no content script, in the same browser (median of `runs` loads).
 */
async function baseline(context: BrowserContext, url: string, runs = RUNS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { page, cdp } = await load(context, url, false);
    times.push(await scriptDuration(cdp));
    await page.close();
  }
  return median(times);
}

type Own = Pick<Sample, 'work' | 'prefilter' | 'engineLoad' | 'longest' | 'script'>;

async function ownNumbers(page: Page, cdp: CDPSession): Promise<Own> {
  const script = await scriptDuration(cdp);
  // No helper functions inside: tsx would wrap them in a `__name` call the page lacks.
  const own = await page.evaluate(() => ({
    isolated: crossOriginIsolated,
    work: performance.getEntriesByName('source-lens:work')[0]?.duration ?? 0,
    prefilter: performance.getEntriesByName('source-lens:prefilter')[0]?.duration ?? 0,
    engineLoad: performance.getEntriesByName('source-lens:engine-load')[0]?.duration ?? 0,
    longest: Math.max(0, ...performance.getEntriesByName('source-lens:step').map((e) => e.duration)),
  }));
  if (!own.isolated) throw new Error('the page is not cross-origin isolated: timers would be coarse');
  return { script, work: own.work, prefilter: own.prefilter, engineLoad: own.engineLoad, longest: own.longest };
}

async function readability(page: Page): Promise<{ cold: number; warm: number }> {
  await page.addScriptTag({ content: `${READABILITY}\nwindow.__Readability = Readability;` });
  const parses = await page.evaluate(() => {
    const R = (window as unknown as { __Readability: new (d: Document) => { parse(): unknown } }).__Readability;
    const runs: number[] = [];
    for (let i = 0; i < 4; i++) {
      const start = performance.now();
      new R(document.cloneNode(true) as Document).parse();
      runs.push(performance.now() - start);
    }
    return runs;
  });
  return { cold: parses[0] ?? 0, warm: parses.slice(1).sort((a, b) => a - b)[1] ?? 0 };
}

async function measure(context: BrowserContext, url: string, name: string, scriptWithout: number, times = RUNS): Promise<Sample | null> {
  try {
    const runs: Own[] = [];
    let parse = { cold: 0, warm: 0 };
    for (let i = 0; i < times; i++) {
      const { page, cdp } = await load(context, url, true);
      try {
        runs.push(await ownNumbers(page, cdp));
        if (i === times - 1) parse = await readability(page);
      } finally {
        await page.close();
      }
    }
    const mid = (f: (o: Own) => number) => median(runs.map(f));
    return {
      name,
      work: mid((o) => o.work),
      prefilter: mid((o) => o.prefilter),
      engineLoad: mid((o) => o.engineLoad),
      longest: mid((o) => o.longest),
      script: mid((o) => o.script),
      scriptWithout,
      readabilityCold: parse.cold,
      readabilityWarm: parse.warm,
    };
  } catch (error) {
    console.log(`  skipped ${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  }
}

function verdict(value: number, target: number): string {
  return `${times(value)} (target <= ${target}x: ${value <= target ? 'met' : 'NOT met'})`;
}

function summary(title: string, samples: Sample[], targets: { median?: number; worst?: number }): void {
  const ratio = (s: Sample) => s.work / Math.max(s.readabilityWarm, 0.005);
  const addedRatio = (s: Sample) => added(s) / Math.max(s.readabilityWarm, 0.005);
  const long = samples.filter((s) => s.longest > LONG_TASK_MS);
  const r = samples.map(ratio);
  const a = samples.map(addedRatio);
  console.log(`\n${title}: ${samples.length} pages`);
  console.log(`  Readability parse: warm median ${ms(median(samples.map((s) => s.readabilityWarm)))}, cold (first parse) median ${ms(median(samples.map((s) => s.readabilityCold)))}`);
  console.log(`  content scripts' working time (source-lens:work): median ${ms(median(samples.map((s) => s.work)))}, worst ${ms(max(samples.map((s) => s.work)))}; prefilter median ${ms(median(samples.map((s) => s.prefilter)))}`);
  console.log(`    ratio to Readability: median ${targets.median ? verdict(median(r), targets.median) : times(median(r))}, worst ${targets.worst ? verdict(max(r), targets.worst) : times(max(r))}`);
  console.log(`  script time the extension adds to the page (ScriptDuration with - without): median ${ms(median(samples.map(added)))}, worst ${ms(max(samples.map(added)))}`);
  console.log(`    ratio to Readability: median ${times(median(a))}, worst ${times(max(a))}`);
  const loads = samples.filter((s) => s.engineLoad > 0);
  if (loads.length > 0) console.log(`  engine injected on ${loads.length} pages: wall time median ${ms(median(loads.map((s) => s.engineLoad)))}, worst ${ms(max(loads.map((s) => s.engineLoad)))}`);
  console.log(`  longest task of the pass: median ${ms(median(samples.map((s) => s.longest)))}, worst ${ms(max(samples.map((s) => s.longest)))}; pages with one over ${LONG_TASK_MS} ms: ${long.length}${long.length ? ` (${long.map((s) => `${s.name} ${s.longest.toFixed(0)} ms`).join(', ')})` : ''}`);
}

/** Builds the extension with its content scripts' performance measures compiled in (wxt.config.ts). */
const TIMING = { SOURCE_LENS_TIMING: '1' };

function buildExtension(env: Record<string, string>): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...env } });
}

/** The host the bench's copy of the extension leaves alone: its pages are the baseline. */
const BASELINE_HOST = 'localhost';

/**
 * A copy of a built extension whose content script skips BASELINE_HOST, launched in its
 * own browser: each page is loaded from 127.0.0.1 (with the extension) and from localhost
 * (without), side by side in one browser, so the difference is the extension's alone.
 */
function launch(work: string, name: string, built: string): Promise<BrowserContext> {
  const copy = join(work, `${name}-extension`);
  cpSync(built, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as { content_scripts: { exclude_matches?: string[] }[] };
  for (const script of manifest.content_scripts) script.exclude_matches = [`http://${BASELINE_HOST}/*`];
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  const args = [
    ...extensionArgs(copy, { headless: true, isolated: false }),
    `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE ${BASELINE_HOST}`,
  ];
  return chromium.launchPersistentContext(join(work, `${name}-profile`), { executablePath: chromiumPath(), headless: false, args });
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'source-lens-bench-'));
  // The instrumented build: a release records no measures (a page could read them).
  buildExtension({ ...TIMING, SOURCE_LENS_OUT_DIR: join(work, 'output') });
  const extension = join(work, 'output/chrome-mv3');
  // The same extension with a knowledge base of 100 reports.
  const { kb } = loadKnowledgeFromDisk();
  const knowledge = join(work, 'knowledge');
  writeKnowledgeDir(knowledge, generatedKnowledgeFiles(kb, GROWTH_REPORTS));
  buildExtension({ ...TIMING, SOURCE_LENS_KNOWLEDGE_DIR: knowledge, SOURCE_LENS_OUT_DIR: join(work, 'output100') });
  const extension100 = join(work, 'output100/chrome-mv3');

  const pages = new Map<string, () => string>();
  const corpus = corpusFiles();
  for (const file of corpus) pages.set(`/corpus/${file.split('/').pop()}`, () => readFileSync(file, 'utf8'));
  const seedsDir = join(ROOT, 'tests/fixtures/seeds');
  for (const f of readdirSync(seedsDir).filter((x) => x.endsWith('.html')).sort()) pages.set(`/seeds/${f}`, () => readFileSync(join(seedsDir, f), 'utf8'));
  pages.set('/growth/x1.html', () => repeatedArticle(1));
  pages.set('/growth/x10.html', () => repeatedArticle(10));
  pages.set('/heavy/5mb.html', () => longArticle(5_000_000));
  const server = createServer((req, res) => {
    const html = pages.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)?.();
    if (html === undefined) {
      res.writeHead(404).end();
      return;
    }
    // Cross-origin isolation: performance.now() precise to 5 µs instead of 100 µs.
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      })
      .end(html);
  });
  // Both hosts reach the server (localhost may resolve to ::1 first: listen on both).
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  const baselineOrigin = `http://${BASELINE_HOST}:${port}`;

  const withExtension = await launch(work, 'two-reports', extension);
  const with100 = await launch(work, 'hundred-reports', extension100);
  const results: Record<string, Sample[]> = {};
  const run = async (group: string, context: BrowserContext, paths: string[], runs = RUNS) => {
    const out: Sample[] = [];
    for (const path of paths) {
      const without = await baseline(context, baselineOrigin + path, runs);
      const sample = await measure(context, origin + path, path, without, runs);
      if (sample) out.push(sample);
    }
    results[group] = out;
    return out;
  };
  try {
    const size = (p: string) => `${(statSync(p).size / 1024).toFixed(1)} KiB`;
    console.log(`Source Lens in Chromium ${withExtension.browser()?.version() ?? ''}`);
    console.log(`bundles: content script (every page) ${size(join(extension, 'content-script.js'))}; engine (injected into covering pages) ${size(join(extension, 'engine.js'))}; with ${GROWTH_REPORTS} reports: ${size(join(extension100, 'content-script.js'))} and ${size(join(extension100, 'engine.js'))}`);
    const paths = [...pages.keys()];
    const corpusPaths = paths.filter((p) => p.startsWith('/corpus/'));
    const seedPaths = paths.filter((p) => p.startsWith('/seeds/'));
    const unrelated = await run('corpus', withExtension, corpusPaths);
    summary('Pages that cover no report (Readability corpus)', unrelated, { median: TARGETS.unrelatedMedian, worst: TARGETS.unrelatedWorst });
    const covering = await run('covering', withExtension, seedPaths);
    summary('Covering pages (seed fixtures)', covering, { median: TARGETS.coveringMedian });

    const [x1, x10] = await run('length', withExtension, ['/growth/x1.html', '/growth/x10.html']);
    if (x1 && x10) console.log(`\nGrowth, article length x10 (seed 004 repeated): working time ${ms(x1.work)} -> ${ms(x10.work)} (${(x10.work / x1.work).toFixed(1)}x); added script time ${ms(added(x1))} -> ${ms(added(x10))} (${(added(x10) / added(x1)).toFixed(1)}x)`);

    const sampleCorpus = corpusPaths.slice(0, GROWTH_CORPUS_PAGES);
    const unrelated100 = await run('corpus-kb100', with100, sampleCorpus);
    const covering100 = await run('covering-kb100', with100, seedPaths);
    const unrelated2 = unrelated.filter((s) => sampleCorpus.includes(s.name));
    const growth = (a: Sample[], b: Sample[], f: (s: Sample) => number) => `${ms(median(a.map(f)))} -> ${ms(median(b.map(f)))} (${(median(b.map(f)) / median(a.map(f))).toFixed(1)}x)`;
    console.log(`Growth, knowledge base of ${GROWTH_REPORTS} reports instead of ${kb.reports.length} (every copy a candidate on the seed pages):`);
    console.log(`  unrelated pages (${unrelated2.length}), median: working time ${growth(unrelated2, unrelated100, (s) => s.work)}; added script time ${growth(unrelated2, unrelated100, added)}`);
    console.log(`  covering pages (${covering.length}), median: working time ${growth(covering, covering100, (s) => s.work)}; added script time ${growth(covering, covering100, added)}; longest task ${growth(covering, covering100, (s) => s.longest)}`);

    const [heavy] = await run('5mb', withExtension, ['/heavy/5mb.html'], 1);
    if (heavy) console.log(`\nA 5 MB article: working time ${ms(heavy.work)} (prefilter ${ms(heavy.prefilter)}), longest task ${ms(heavy.longest)}, Readability warm ${ms(heavy.readabilityWarm)} (${times(heavy.work / heavy.readabilityWarm)})`);
  } finally {
    await Promise.all([withExtension.close(), with100.close()]);
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results/bench-chromium.json'), `${JSON.stringify(results, null, 1)}\n`);
  console.log('\nPage by page: test-results/bench-chromium.json');
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
