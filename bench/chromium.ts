/**
 * `npm run bench` (second part): Source Lens's cost in Chromium against floors measured side by
 * side in the same run (issue #12).
 *
 * One browser holds three extensions, each running on its own loopback host, and a fourth host
 * that none runs on, so every configuration is the same browser, the same page and the same
 * server, and loads are interleaved (page by page, run by run, in rotating order):
 *
 *   none         localhost   the page alone
 *   floor        127.0.0.2   the text floor (unrelated pages) / 127.0.0.3 the Readability floor
 *                            (covering pages): bench/floors.ts
 *   Source Lens  127.0.0.1   the instrumented build (SOURCE_LENS_TIMING=1: a release records no
 *                            performance entries, so the bench builds its own copy)
 *
 * What an extension adds is the main thread's script time (DevTools `ScriptDuration`) with it
 * minus without it, loading and compiling its code included. Per page the median over
 * BENCH_RUNS loads of each configuration; each row is the median and 90th percentile over the
 * pages, and the per-run medians show the noise. The longest task of the extension is read from
 * a CDP trace of one more load (from outside the page: nothing the page can see). The prefilter
 * (its own `source-lens:prefilter` measure) is set against Firefox's reader-mode check,
 * `isProbablyReaderable`, run cold in a fresh isolated world of the same page. Where a target is
 * missed, a CPU profile of a typical page (an unminified build, CDP Profiler) gives the
 * extension's top functions by self time.
 *
 * Results: printed, and written page by page to test-results/bench-chromium.json.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { createEngine, analyzePage } from '../src/annotate/analyze';
import { browserArgs, chromiumPath } from '../src/cli/chromium';
import { parseHtml } from '../src/cli/parse-html';
import { loadGold, GOLD_DIR } from '../src/eval/run';
import { loadKnowledgeFromDisk } from '../src/knowledge/node';
import { longArticle, repeatedArticle } from '../tests/fixtures/generated';
import { writeFloorExtension } from './floors';
import { generatedKnowledgeFiles, writeKnowledgeDir } from './generated-knowledge';
import { evenSample, median, ratio, spread, verdict, type Spread, type Target } from './stats';
import { longestExtensionTask, topSelfTime, type CpuProfile, type TaskLength, type TraceEvent } from './trace';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const READABILITY_JS = join(ROOT, 'node_modules/@mozilla/readability/Readability.js');
const READERABLE = readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability-readerable.js'), 'utf8');

/** Loads of each page and configuration (a 2-core machine shared with others is noisy). */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
/** Pages per group, spread evenly over it (BENCH_PAGES=all for every page): keeps the bench to a few minutes. */
const PAGE_CAP = process.env.BENCH_PAGES === 'all' ? Infinity : Math.max(1, Number(process.env.BENCH_PAGES ?? 10));
const GROWTH_REPORTS = 100;
/** Unrelated pages loaded with the 100-report build: enough for a median, few enough to be quick. */
const GROWTH_PAGES = 8;
/**
 * A floor that measured (almost) nothing still divides: the text floor adds about 1-1.6 ms, and
 * the difference of two loads' ScriptDuration is noisy by about half that on a busy machine.
 */
const LEAST_FLOOR_MS = 0.5;
/** The prefilter against a reader-mode check that took (almost) nothing: 5 µs, the timer's precision when isolated. */
const LEAST_CHECK_MS = 0.005;
/** After `load` (and, for Source Lens, its pass's measure): late idle tasks land in the numbers too. */
const SETTLE_MS = 250;
/** How many functions a profile finding lists. */
const PROFILE_TOP = 12;

/** Issue #12's targets. */
const TARGETS = {
  unrelatedMedian: { max: 2, unit: 'x' },
  unrelatedP90: { max: 2.5, unit: 'x' },
  prefilterMedian: { max: 1, unit: 'x' },
  coveringMedian: { max: 3, unit: 'x' },
  longestTask: { max: 50, unit: 'ms' },
} satisfies Record<string, Target>;

/** The hosts: each configuration's content script runs on its own (all loopback, all secure contexts). */
const HOSTS = { none: 'localhost', text: '127.0.0.2', readability: '127.0.0.3', lens: '127.0.0.1' } as const;
type Config = keyof typeof HOSTS;

interface PageResult {
  path: string;
  /** ScriptDuration (ms) of each load, per configuration. */
  script: Partial<Record<Config, number[]>>;
  /** Source Lens's own measures, per load. */
  prefilter: number[];
  work: number[];
  /** isProbablyReaderable, cold, per load (unrelated pages). */
  readerable: number[];
  /** From the traced load: wall time, and the main thread's CPU time in that task (a busy machine's wall time counts waiting for a core). */
  longestTask: number;
  longestTaskCpu: number;
}

const addedBy = (r: PageResult, c: Config) => median(r.script[c] ?? []) - median(r.script.none ?? []);

/** Main-thread script time so far, from a session that enabled the Performance domain before the page loaded. */
async function scriptDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

async function settle(page: Page, lens: boolean): Promise<void> {
  if (lens) await page.waitForFunction(() => performance.getEntriesByName('source-lens').length > 0, undefined, { timeout: 120_000 });
  await page.waitForTimeout(SETTLE_MS);
}

/** isProbablyReaderable's first call, in a fresh isolated world of the page (as a browser's own check runs: not in the page's world). */
async function readerableCold(cdp: CDPSession): Promise<number> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench-readerable' })) as { executionContextId: number };
  await cdp.send('Runtime.evaluate', { expression: READERABLE, contextId: executionContextId });
  const { result } = (await cdp.send('Runtime.evaluate', {
    expression: '(() => { const t = performance.now(); isProbablyReaderable(document); return performance.now() - t; })()',
    contextId: executionContextId,
    returnByValue: true,
  })) as { result: { value: number } };
  return result.value;
}

interface Load {
  script: number;
  prefilter: number;
  work: number;
  readerable: number;
}

async function loadOnce(context: BrowserContext, url: string, config: Config, readerable: boolean): Promise<Load> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await settle(page, config === 'lens');
    const script = await scriptDuration(cdp);
    let own = { prefilter: 0, work: 0 };
    if (config === 'lens') {
      own = await page.evaluate(() => ({
        prefilter: performance.getEntriesByName('source-lens:prefilter')[0]?.duration ?? 0,
        work: performance.getEntriesByName('source-lens:work')[0]?.duration ?? 0,
      }));
    }
    return { script, ...own, readerable: readerable ? await readerableCold(cdp) : NaN };
  } finally {
    await page.close();
  }
}

/** One more Source Lens load, traced from the browser side: the longest task that ran the extension's code. */
async function tracedLongestTask(context: BrowserContext, url: string, marker: string): Promise<TaskLength> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => {
      events.push(...(e.value as unknown as TraceEvent[]));
    });
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await settle(page, true);
    await cdp.send('Tracing.end');
    await complete;
    return longestExtensionTask(events, marker);
  } finally {
    await page.close();
  }
}

async function measurePage(context: BrowserContext, origin: (c: Config) => string, path: string, configs: readonly Config[], marker: string, runs = RUNS): Promise<PageResult | null> {
  const r: PageResult = { path, script: {}, prefilter: [], work: [], readerable: [], longestTask: 0, longestTaskCpu: 0 };
  try {
    for (let run = 0; run < runs; run++) {
      // Rotating order: no configuration always goes first (cold cache) or last.
      const order = configs.map((_, i) => configs[(i + run) % configs.length] as Config);
      for (const config of order) {
        const load = await loadOnce(context, origin(config) + path, config, config === 'none' && configs.includes('text'));
        (r.script[config] ??= []).push(load.script);
        if (config === 'lens') {
          r.prefilter.push(load.prefilter);
          r.work.push(load.work);
        }
        if (config === 'none' && Number.isFinite(load.readerable)) r.readerable.push(load.readerable);
      }
    }
    const longest = await tracedLongestTask(context, origin('lens') + path, marker);
    r.longestTask = longest.wall;
    r.longestTaskCpu = longest.cpu;
    return r;
  } catch (error) {
    console.log(`  skipped ${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  }
}

/** Source Lens's added script time over the floor's, per page. */
const floorRatio = (r: PageResult, floor: Config) => ratio(addedBy(r, 'lens'), addedBy(r, floor), LEAST_FLOOR_MS);

/** The same ratio from each run alone (its loads only): how much the machine's noise moves it. */
function perRunMedians(results: readonly PageResult[], floor: Config): number[] {
  return Array.from({ length: RUNS }, (_, run) =>
    median(
      results.map((r) => {
        const at = (c: Config) => (r.script[c] ?? [])[run] ?? NaN;
        return ratio(at('lens') - at('none'), at(floor) - at('none'), LEAST_FLOOR_MS);
      }),
    ),
  );
}

const ms = (x: number) => `${x.toFixed(2)} ms`;
const x2 = (x: number) => `${x.toFixed(2)}x`;
const sp = (s: Spread, f: (n: number) => string) => `median ${f(s.median)}, p90 ${f(s.p90)}`;

/** One printed block per group; returns the targets' lines for the summary table. */
function report(title: string, results: readonly PageResult[], floor: 'text' | 'readability'): { lines: string[]; missed: string[] } {
  const lines: string[] = [];
  const missed: string[] = [];
  const judge = (label: string, value: number, target: Target) => {
    const text = verdict(value, target);
    lines.push(`  ${label}: ${text}`);
    if (text.endsWith('not met)')) missed.push(label);
  };
  const ratios = results.map((r) => floorRatio(r, floor));
  const s = spread(ratios);
  console.log(`\n${title}: ${results.length} pages, ${RUNS} loads of each configuration, interleaved`);
  console.log(`  script time added: Source Lens ${sp(spread(results.map((r) => addedBy(r, 'lens'))), ms)}; ${floor} floor ${sp(spread(results.map((r) => addedBy(r, floor))), ms)}`);
  console.log(`  Source Lens / floor, per page: ${sp(s, x2)}; per-run medians ${perRunMedians(results, floor).map(x2).join(', ')}`);
  if (floor === 'text') {
    judge('unrelated pages, added script time vs text floor, median', s.median, TARGETS.unrelatedMedian);
    judge('unrelated pages, added script time vs text floor, p90', s.p90, TARGETS.unrelatedP90);
    const pre = results.map((r) => ratio(median(r.prefilter), median(r.readerable), LEAST_CHECK_MS));
    console.log(`  prefilter ${sp(spread(results.map((r) => median(r.prefilter))), ms)}; isProbablyReaderable cold ${sp(spread(results.map((r) => median(r.readerable))), ms)}; ratio ${sp(spread(pre), x2)}`);
    judge('unrelated pages, prefilter vs isProbablyReaderable (cold), median', median(pre), TARGETS.prefilterMedian);
  } else {
    judge('covering pages, added script time vs Readability floor, median', s.median, TARGETS.coveringMedian);
    console.log(`  p90 ${x2(s.p90)}; Source Lens's own working time (source-lens:work) ${sp(spread(results.map((r) => median(r.work))), ms)}`);
  }
  const tasks = results.map((r) => r.longestTask);
  const worst = Math.max(0, ...tasks);
  const over = results.filter((r) => r.longestTask > TARGETS.longestTask.max);
  console.log(`  longest task of the extension (trace, wall): ${sp(spread(tasks), ms)}, worst ${ms(worst)}; its CPU time ${sp(spread(results.map((r) => r.longestTaskCpu)), ms)}, worst ${ms(Math.max(0, ...results.map((r) => r.longestTaskCpu)))}${over.length ? ` (${over.map((r) => `${r.path} ${r.longestTask.toFixed(0)} ms`).join(', ')})` : ''}`);
  judge(`${floor === 'text' ? 'unrelated' : 'covering'} pages, longest task of the extension, worst page`, worst, TARGETS.longestTask);
  for (const l of lines) console.log(l);
  return { lines, missed };
}

function buildExtension(env: Record<string, string>): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, SOURCE_LENS_TIMING: '1', ...env } });
}

/** A copy of the built extension whose content script runs on Source Lens's host only. */
function lensCopy(work: string, name: string, built: string): string {
  const copy = join(work, name);
  cpSync(built, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as { content_scripts: { matches: string[] }[] };
  for (const script of manifest.content_scripts) script.matches = [`http://${HOSTS.lens}/*`];
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  return copy;
}

async function launch(work: string, name: string, extensions: readonly string[]): Promise<{ context: BrowserContext; lensId: string }> {
  const list = extensions.join(',');
  const args = [...browserArgs({ headless: true, isolated: false }), `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${Object.values(HOSTS).join(', EXCLUDE ')}`, `--disable-extensions-except=${list}`, `--load-extension=${list}`];
  const context = await chromium.launchPersistentContext(join(work, `${name}-profile`), { executablePath: chromiumPath(), headless: false, args });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, lensId: new URL(worker.url()).host };
}

/** Covering pages: the seeds, and the gold set's pages labelled as covering that the engine covers (checked in Node, here). */
function coveringGold(): { path: string; file: string; lang: string; report: string }[] {
  const engine = createEngine(loadKnowledgeFromDisk().kb);
  return loadGold().pages.flatMap((p) => {
    if (p.covers.length === 0) return [];
    const file = join(GOLD_DIR, p.file);
    const { analysis } = analyzePage(parseHtml(readFileSync(file, 'utf8')), engine);
    return analysis.covers ? [{ path: `/gold/${p.file.split('/').pop() ?? p.id}`, file, lang: p.lang, report: p.covers[0] ?? '' }] : [];
  });
}

/** A CPU profile of one Source Lens load (an unminified build, so names are readable): its top functions by self time. */
async function profile(context: BrowserContext, url: string, marker: string): Promise<string[]> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    // 100 µs: fine enough for passes of a few milliseconds.
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await settle(page, true);
    const { profile: p } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const { total, top } = topSelfTime(p, (u) => u.startsWith(marker), PROFILE_TOP);
    return [`  profile of ${new URL(url).pathname} (extension's samples and the VM's: ${ms(total)}), top self time:`, ...top.map((t) => `    ${(t.share * 100).toFixed(1).padStart(5)}%  ${ms(t.ms).padStart(9)}  ${t.fn}`)];
  } finally {
    await page.close();
  }
}

function pagesIn(dir: string, prefix: string): Map<string, string> {
  return new Map(
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => [`${prefix}${f}`, join(ROOT, dir, f)]),
  );
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'source-lens-bench-'));
  buildExtension({ SOURCE_LENS_OUT_DIR: join(work, 'output') });
  const { kb } = loadKnowledgeFromDisk();
  const knowledge = join(work, 'knowledge');
  writeKnowledgeDir(knowledge, generatedKnowledgeFiles(kb, GROWTH_REPORTS));
  buildExtension({ SOURCE_LENS_KNOWLEDGE_DIR: knowledge, SOURCE_LENS_OUT_DIR: join(work, 'output100') });
  buildExtension({ SOURCE_LENS_NO_MINIFY: '1', SOURCE_LENS_OUT_DIR: join(work, 'output-readable') });
  const built = join(work, 'output/chrome-mv3');
  const lens = lensCopy(work, 'lens', built);
  const lens100 = lensCopy(work, 'lens100', join(work, 'output100/chrome-mv3'));
  const lensReadable = lensCopy(work, 'lens-readable', join(work, 'output-readable/chrome-mv3'));
  const floorText = writeFloorExtension(work, 'text', [`http://${HOSTS.text}/*`], READABILITY_JS);
  const floorReadability = writeFloorExtension(work, 'readability', [`http://${HOSTS.readability}/*`], READABILITY_JS);

  // Files served: every corpus page (tests/fixtures: the 130 of the Readability corpus), seeds, gold covering pages, generated.
  const files = new Map<string, string>([...pagesIn('tests/fixtures/corpus', '/corpus/'), ...pagesIn('tests/fixtures/corpus-rest', '/corpus/'), ...pagesIn('tests/fixtures/seeds', '/seeds/')]);
  const gold = coveringGold();
  for (const g of gold) files.set(g.path, g.file);
  const generated = new Map<string, () => string>([
    ['/growth/x1.html', () => repeatedArticle(1)],
    ['/growth/x10.html', () => repeatedArticle(10)],
    ['/heavy/5mb.html', () => longArticle(5_000_000)],
  ]);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = files.get(path);
    const html = file ? readFileSync(file) : generated.get(path)?.();
    if (html === undefined) {
      res.writeHead(404).end();
      return;
    }
    // Cross-origin isolation: performance.now() precise to 5 µs instead of 100 µs.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = (c: Config) => `http://${HOSTS[c]}:${port}`;

  const main = await launch(work, 'main', [lens, floorText, floorReadability]);
  const marker = `chrome-extension://${main.lensId}/`;
  const results: Record<string, PageResult[]> = {};
  const summary: string[] = [];
  const missed: string[] = [];
  const group = async (name: string, context: BrowserContext, paths: readonly string[], configs: readonly Config[], mark: string, runs = RUNS) => {
    const out: PageResult[] = [];
    for (const path of paths) {
      const r = await measurePage(context, origin, path, configs, mark, runs);
      if (r) out.push(r);
    }
    results[name] = out;
    return out;
  };
  let hundred: { context: BrowserContext; lensId: string } | null = null;
  let readable: { context: BrowserContext; lensId: string } | null = null;
  try {
    const size = (p: string) => `${(statSync(p).size / 1024).toFixed(1)} KiB`;
    console.log(`Source Lens in Chromium ${main.context.browser()?.version() ?? ''}: BENCH_RUNS=${RUNS}, up to ${PAGE_CAP} pages per group (BENCH_PAGES)`);
    console.log(`bundles: content script ${size(join(built, 'content-script.js'))}, engine ${size(join(built, 'engine.js'))} (instrumented build); with ${GROWTH_REPORTS} reports ${size(join(work, 'output100/chrome-mv3/engine.js'))}`);
    const corpusPaths = evenSample([...files.keys()].filter((p) => p.startsWith('/corpus/')), PAGE_CAP);
    const seedPaths = [...files.keys()].filter((p) => p.startsWith('/seeds/'));
    const goldPaths = evenSample(gold.map((g) => g.path), PAGE_CAP);

    const unrelated = await group('unrelated', main.context, corpusPaths, ['none', 'text', 'lens'], marker);
    const u = report('Unrelated pages (Readability corpus)', unrelated, 'text');
    const covering = await group('covering', main.context, [...seedPaths, ...goldPaths], ['none', 'readability', 'lens'], marker);
    const c = report(`Covering pages (${seedPaths.length} seeds, ${goldPaths.length} of the ${gold.length} gold pages the engine covers)`, covering, 'readability');
    summary.push(...u.lines, ...c.lines);
    missed.push(...u.missed, ...c.missed);

    // Three reports and four languages: the covering ratio per report and per language of the gold pages.
    const byKey = (key: (g: (typeof gold)[number]) => string) => {
      const groups = new Map<string, number[]>();
      for (const r of covering) {
        const g = gold.find((x) => x.path === r.path);
        const k = g ? key(g) : 'seeds (en, OIG-24-46)';
        groups.set(k, [...(groups.get(k) ?? []), floorRatio(r, 'readability')]);
      }
      return [...groups.entries()].map(([k, v]) => `${k} ${x2(median(v))} (${v.length})`).join('; ');
    };
    console.log(`\nCovering pages by report, Source Lens / Readability floor (median, pages): ${byKey((g) => g.report)}`);
    console.log(`  by language: ${byKey((g) => g.lang)}`);

    const [x1, x10] = await group('length', main.context, ['/growth/x1.html', '/growth/x10.html'], ['none', 'readability', 'lens'], marker);
    if (x1 && x10) console.log(`Growth, article length x10 (seed 004 repeated): added script time ${ms(addedBy(x1, 'lens'))} -> ${ms(addedBy(x10, 'lens'))} (${x2(addedBy(x10, 'lens') / addedBy(x1, 'lens'))}); vs Readability floor ${x2(floorRatio(x1, 'readability'))} -> ${x2(floorRatio(x10, 'readability'))}; longest task ${ms(x1.longestTask)} -> ${ms(x10.longestTask)}`);

    hundred = await launch(work, 'hundred', [lens100]);
    const sample = evenSample(corpusPaths, GROWTH_PAGES);
    const unrelated100 = await group('unrelated-kb100', hundred.context, sample, ['none', 'lens'], `chrome-extension://${hundred.lensId}/`);
    const covering100 = await group('covering-kb100', hundred.context, seedPaths, ['none', 'lens'], `chrome-extension://${hundred.lensId}/`);
    const med = (rs: readonly PageResult[], f: (r: PageResult) => number) => median(rs.map(f));
    const growth = (a: readonly PageResult[], b: readonly PageResult[], f: (r: PageResult) => number) => `${ms(med(a, f))} -> ${ms(med(b, f))} (${x2(med(b, f) / med(a, f))})`;
    const lensAdded = (r: PageResult) => addedBy(r, 'lens');
    console.log(`Growth, knowledge base of ${GROWTH_REPORTS} reports instead of ${kb.reports.length} (every copy a candidate on the seeds), medians:`);
    console.log(`  unrelated pages (${unrelated100.length}): added script time ${growth(unrelated.filter((r) => sample.includes(r.path)), unrelated100, lensAdded)}`);
    console.log(`  seeds: added script time ${growth(covering.filter((r) => r.path.startsWith('/seeds/')), covering100, lensAdded)}; longest task ${growth(covering.filter((r) => r.path.startsWith('/seeds/')), covering100, (r) => r.longestTask)}`);

    const [heavy] = await group('5mb', main.context, ['/heavy/5mb.html'], ['none', 'readability', 'lens'], marker, 1);
    if (heavy) console.log(`A 5 MB article: added script time ${ms(addedBy(heavy, 'lens'))} (Readability floor ${ms(addedBy(heavy, 'readability'))}, ${x2(floorRatio(heavy, 'readability'))}); longest task ${ms(heavy.longestTask)}`);

    console.log('\nTargets (issue #12):');
    for (const l of summary) console.log(l);
    if (missed.length > 0) {
      // The profile of a typical page of each group that missed: the page nearest the group's median ratio.
      readable = await launch(work, 'readable', [lensCopy(work, 'lens-readable-run', lensReadable)]);
      const readableMarker = `chrome-extension://${readable.lensId}/`;
      const typical = (rs: readonly PageResult[], floor: Config) => {
        const m = median(rs.map((r) => floorRatio(r, floor)));
        return [...rs].sort((a, b) => Math.abs(floorRatio(a, floor) - m) - Math.abs(floorRatio(b, floor) - m))[0];
      };
      console.log('\nWhere the time goes (CPU profile, unminified build):');
      for (const [rs, floor, label] of [
        [unrelated, 'text', 'unrelated'],
        [covering, 'readability', 'covering'],
      ] as const) {
        const t = typical(rs, floor);
        if (!t || !missed.some((m) => m.startsWith(label))) continue;
        for (const l of await profile(readable.context, origin('lens') + t.path, readableMarker)) console.log(l);
      }
      const slowest = [...covering].sort((a, b) => b.longestTask - a.longestTask)[0];
      if (slowest && slowest.longestTask > TARGETS.longestTask.max) for (const l of await profile(readable.context, origin('lens') + slowest.path, readableMarker)) console.log(l);
    }
  } finally {
    await Promise.all([main.context.close(), hundred?.context.close(), readable?.context.close()]);
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results/bench-chromium.json'), `${JSON.stringify(results, null, 1)}\n`);
  console.log('\nPage by page: test-results/bench-chromium.json');
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
