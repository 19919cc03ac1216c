/**
 * `npm run bench`: what the engine costs, per stage, as a ratio to a Readability parse of
 * the same page (the one piece of work every reader-mode tool already pays for).
 *
 *   reject  - the prefilter alone, which is all an unrelated page costs;
 *   article - Readability on a clone plus our block walk;
 *   analyze - extract, match and coverage on the article;
 *   full    - the whole pipeline forced on every page: Readability, then extract and match
 *             against every report, as if the prefilter had let the page through.
 *
 * Pages: the Readability test corpus (tests/fixtures/corpus and corpus-rest, 130 pages) and
 * the covering fixtures (tests/fixtures/seeds).
 * Timings are medians of several runs after a warm-up; DOM parsing is not counted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyzeArticle, candidateReports, createEngine } from '../src/annotate/analyze';
import { extractArticle } from '../src/detect/article';
import { findNumbers } from '../src/extract/numbers';
import { loadKnowledgeFromDisk } from '../src/knowledge/node';
import { buildKnowledgeBase } from '../src/knowledge/load';
import { generatedKnowledgeFiles } from './generated-knowledge';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 5;

/** The 130 pages of Readability's test corpus, as the repository holds them (tests/fixtures). */
const CORPUS_DIRS = ['tests/fixtures/corpus', 'tests/fixtures/corpus-rest'].map((d) => join(ROOT, d));

function pagesIn(dir: string): { name: string; html: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      const file = join(dir, entry.name, 'source.html');
      return existsSync(file) ? [{ name: entry.name, html: readFileSync(file, 'utf8') }] : [];
    }
    return entry.name.endsWith('.html') ? [{ name: entry.name, html: readFileSync(join(dir, entry.name), 'utf8') }] : [];
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function time(fn: () => void): number {
  fn(); // warm-up: JIT and caches, so the first page is not penalised
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    runs.push(performance.now() - start);
  }
  return median(runs);
}

interface PageCost {
  name: string;
  readability: number;
  reject: number;
  article: number;
  analyze: number;
  full: number;
  covers: boolean;
}

const { kb } = loadKnowledgeFromDisk();
let engine = createEngine(kb);

function measure(name: string, html: string): PageCost | null {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  if (!doc.body) return null;
  const readability = time(() => {
    new Readability(doc.cloneNode(true) as Document).parse();
  });
  const reject = time(() => {
    candidateReports(doc, engine);
  });
  const article = time(() => {
    extractArticle(doc);
  });
  const extracted = extractArticle(doc);
  const analyze = extracted
    ? time(() => {
        analyzeArticle(extracted, engine, { everyReport: true });
      })
    : 0;
  const full = time(() => {
    const a = extractArticle(doc);
    if (a) analyzeArticle(a, engine, { everyReport: true });
  });
  const covers = extracted ? analyzeArticle(extracted, engine).covers : false;
  return { name, readability, reject, article, analyze, full, covers };
}

function ratios(costs: PageCost[], key: keyof Omit<PageCost, 'name' | 'covers' | 'readability'>): { median: number; worst: number } {
  const r = costs.map((c) => (c.readability > 0 ? c[key] / c.readability : 0));
  return { median: median(r), worst: Math.max(...r) };
}

function report(title: string, costs: PageCost[]): void {
  console.log(`\n${title}: ${costs.length} pages, median Readability parse ${median(costs.map((c) => c.readability)).toFixed(2)} ms`);
  console.log('  stage      median   worst   (x Readability parse)');
  for (const key of ['reject', 'article', 'analyze', 'full'] as const) {
    const { median: m, worst } = ratios(costs, key);
    console.log(`  ${key.padEnd(9)} ${m.toFixed(3).padStart(7)}x ${worst.toFixed(3).padStart(7)}x`);
  }
}

function main(): void {
  const corpus = CORPUS_DIRS.flatMap(pagesIn);
  const covering = pagesIn(join(ROOT, 'tests/fixtures/seeds'));
  console.log(`Source Lens engine benchmark: node ${process.version}, ${RUNS} runs per measurement (median)`);
  console.log(`corpus: ${CORPUS_DIRS.join(', ')}`);

  const corpusCosts = corpus.flatMap((p) => measure(p.name, p.html) ?? []);
  const flagged = corpusCosts.filter((c) => c.covers).map((c) => c.name);
  report('Unrelated pages (Readability corpus)', corpusCosts);
  const rejectMedian = ratios(corpusCosts, 'reject').median;
  const fullMedian = ratios(corpusCosts, 'full').median;
  console.log(`  target: reject <= 0.05x -> ${rejectMedian <= 0.05 ? 'met' : 'NOT met'} (${rejectMedian.toFixed(3)}x)`);
  console.log(`  target: full analysis <= 1.5x -> ${fullMedian <= 1.5 ? 'met' : 'NOT met'} (${fullMedian.toFixed(3)}x)`);
  if (flagged.length > 0) console.log(`  WARNING: pages flagged as covering: ${flagged.join(', ')}`);

  if (covering.length > 0) {
    const coveringCosts = covering.flatMap((p) => measure(p.name, p.html) ?? []);
    report('Covering pages (seed fixtures)', coveringCosts);
    const coveringMedian = ratios(coveringCosts, 'full').median;
    console.log(`  (no target here; these pages are small, so Readability is cheap: ${coveringMedian.toFixed(2)}x)`);
  }

  // Growth with the knowledge base: 100 reports instead of 2.
  const sample = corpus.slice(0, 30);
  const seedPages = covering;
  // Only the two stages this row reports: timing every stage again took minutes on a busy machine.
  const docs = (pages: { html: string }[]) => pages.map((p) => parseHTML(p.html).document as unknown as Document).filter((d) => d.body);
  const sampleDocs = docs(sample);
  const seedDocs = docs(seedPages);
  const cost = () => ({
    reject: median(sampleDocs.map((doc) => time(() => void candidateReports(doc, engine)))),
    full: median(
      seedDocs.map((doc) =>
        time(() => {
          const a = extractArticle(doc);
          if (a) analyzeArticle(a, engine, { everyReport: true });
        }),
      ),
    ),
  });
  const two = cost();
  engine = createEngine(buildKnowledgeBase(generatedKnowledgeFiles(kb, 100)));
  const hundred = cost();
  engine = createEngine(kb);
  console.log(`\nGrowth, knowledge base of 100 reports instead of 2:`);
  console.log(`  reject (30 corpus pages, median): ${two.reject.toFixed(3)} ms -> ${hundred.reject.toFixed(3)} ms (${(hundred.reject / two.reject).toFixed(1)}x)`);
  console.log(`  full analysis (seed pages, median): ${two.full.toFixed(2)} ms -> ${hundred.full.toFixed(2)} ms (${(hundred.full / two.full).toFixed(1)}x)`);

  // The number scanner on its own, over 5 MB of prose: its throughput, not a pass/fail.
  const prose = corpus.map((p) => parseHTML(p.html).document.body?.textContent ?? '').join('\n');
  const text = prose.repeat(Math.max(1, Math.ceil(5_000_000 / Math.max(1, prose.length)))).slice(0, 5_000_000);
  const ms = time(() => {
    findNumbers(text);
  });
  console.log(`\nfindNumbers over 5 MB of corpus text: ${ms.toFixed(1)} ms (${(5 / (ms / 1000)).toFixed(0)} MB/s)`);
}

main();
