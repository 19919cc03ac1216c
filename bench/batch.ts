/**
 * `npm run bench`, the batch row (issue #13): `check` over the 130 Readability corpus pages
 * (tests/fixtures/corpus and corpus-rest) and over the five seeds, with --jobs 1 and --jobs 2,
 * against the floor (bench/readability-only.ts: the same files read, decoded and parsed as
 * `check` does, then Readability alone, in one thread).
 *
 * Each command is its own process, timed from outside (wall clock), with its peak memory
 * from /usr/bin/time (the RSS high-water mark of the process, worker threads included).
 * Startup (tsx, and each worker loading the engine) is a fixed cost, not a per-page one, so
 * it is measured on a one-paragraph page and taken out of the steady rate the goals are judged
 * on; the end-to-end rate is printed too. BENCH_RUNS repeats (default 2): median and p90.
 * BENCH_PROFILE_ONLY=1 skips the timing and prints only the profiles.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMet, median, p90, row, spread, verdict, type Target } from './stats';
import { topSelfTime, type CpuProfile } from './trace';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 2));
/** Issue #13's goals: check within 1.3x of Readability alone; two jobs at least 1.7x one job on 2 cores. */
const RATIO_GOAL: Target = { max: 1.3, unit: 'x' };
const SPEEDUP_GOAL: Target = { max: 1.7, unit: 'x', atLeast: true };
/** Five small seeds take less time than the startup: each is given this many times, so the rate is the pages', not the startup's. */
const SEED_REPEAT = 20;
/** How many functions a profile finding lists. */
const PROFILE_TOP = 12;

const htmlIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(ROOT, dir, f));

interface Run {
  wallMs: number;
  maxRssMiB: number;
  /** User plus system CPU seconds: over the wall time, the cores the machine actually gave it. */
  cpuS: number;
}

/** One process, timed from outside; its peak RSS (KiB) and CPU time from GNU time. */
function timed(args: readonly string[], node: readonly string[] = []): Run {
  const dir = mkdtempSync(join(tmpdir(), 'source-lens-batch-'));
  const rss = join(dir, 'rss');
  try {
    const start = performance.now();
    const out = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', rss, process.execPath, ...node, '--import', 'tsx', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
    const wallMs = performance.now() - start;
    if (out.status !== 0) throw new Error(`${args.join(' ').slice(0, 120)}: exit ${out.status}: ${out.stderr.slice(-400)}`);
    const [kib, user, system] = (readFileSync(rss, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
    return { wallMs, maxRssMiB: (kib ?? NaN) / 1024, cpuS: (user ?? NaN) + (system ?? NaN) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const checkArgs = (jobs: number, files: readonly string[]) => ['src/cli/check.ts', '--format', 'ndjson', '--quiet', '--jobs', String(jobs), ...files];
const floorArgs = (files: readonly string[]) => ['bench/readability-only.ts', ...files];

interface Config {
  name: string;
  args: (files: readonly string[]) => string[];
}

const CONFIGS: Config[] = [
  { name: 'Readability alone', args: floorArgs },
  { name: 'check --jobs 1', args: (f) => checkArgs(1, f) },
  { name: 'check --jobs 2', args: (f) => checkArgs(2, f) },
];

interface Measured {
  /** Pages per second, end to end (startup included). */
  endToEnd: number[];
  /** Pages per second with this command's startup (on a one-paragraph page) taken out. */
  steady: number[];
  rss: number[];
  /** CPU seconds over wall seconds. */
  cores: number[];
}

function measureSet(files: readonly string[], tiny: string): Map<string, Measured> {
  const out = new Map<string, Measured>(CONFIGS.map((c) => [c.name, { endToEnd: [], steady: [], rss: [], cores: [] }]));
  for (let run = 0; run < RUNS; run++) {
    // Interleaved: each run measures every configuration once, so a busy spell hits them alike.
    for (const config of CONFIGS) {
      const startup = timed(config.args([tiny])).wallMs;
      const r = timed(config.args(files));
      const m = out.get(config.name) as Measured;
      m.endToEnd.push(files.length / (r.wallMs / 1000));
      m.steady.push(files.length / (Math.max(1, r.wallMs - startup) / 1000));
      m.rss.push(r.maxRssMiB);
      m.cores.push(r.cpuS / (r.wallMs / 1000));
    }
  }
  return out;
}

const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

function printSet(title: string, files: readonly string[], m: Map<string, Measured>): { lines: string[]; ratioMissed: boolean } {
  const floor = m.get('Readability alone') as Measured;
  const one = m.get('check --jobs 1') as Measured;
  const two = m.get('check --jobs 2') as Measured;
  const lines = [`\n${title}: ${files.length} pages, ${RUNS} run(s); medians over runs, (slowest-fastest run)`];
  lines.push(row(['command', 'pages/s steady (range)', 'pages/s end to end', 'ratio to Readability alone (time)', 'peak RSS', 'cores used']));
  lines.push(row(['---', '---', '---', '---', '---', '---']));
  for (const config of CONFIGS) {
    const c = m.get(config.name) as Measured;
    // Time ratio: how much longer than the floor the same files take (per-run pairs).
    const ratios = c.steady.map((pps, i) => (floor.steady[i] as number) / pps);
    const s = spread(c.steady);
    const e = spread(c.endToEnd);
    lines.push(row([config.name, `${fmt(s.median)} (${fmt(slowest(c.steady))}-${fmt(Math.max(...c.steady))})`, fmt(e.median), `${fmt(median(ratios), 2)}x (p90 ${fmt(p90(ratios), 2)}x)`, `${fmt(median(c.rss), 0)} MiB`, fmt(median(c.cores), 2)]));
  }
  const ratio1 = one.steady.map((pps, i) => (floor.steady[i] as number) / pps);
  const speedup = two.steady.map((pps, i) => pps / (one.steady[i] as number));
  lines.push(`  check --jobs 1 against Readability alone (steady, median): ${verdict(median(ratio1), RATIO_GOAL)}; p90 ${fmt(p90(ratio1), 2)}x`);
  lines.push(`  cores used by check --jobs 2 (CPU time / wall time): ${fmt(median(two.cores), 2)} (a speed-up needs a second core free)`);
  lines.push(`  speed-up from 2 jobs (steady, median): ${verdict(median(speedup), SPEEDUP_GOAL)}; p90 ${fmt(p90(speedup), 2)}x`);
  lines.push(`  peak memory: check --jobs 1 ${fmt(median(one.rss), 0)} MiB, --jobs 2 ${fmt(median(two.rss), 0)} MiB, Readability alone ${fmt(median(floor.rss), 0)} MiB`);
  return { lines, ratioMissed: !isMet(median(ratio1), RATIO_GOAL) };
}

/**
 * Where `check` spends its time on these files: node --cpu-prof of check's per-page work
 * (decode, parse, analyse) in one thread (bench/readability-only.ts --engine), top functions
 * by self time. The pool's worker threads write no profile when they are terminated.
 */
function profileCheck(files: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'source-lens-batch-prof-'));
  try {
    timed(['bench/readability-only.ts', '--engine', ...files], ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const profiles = readdirSync(dir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile);
    // Our code and its libraries; tsx's loader (its own thread, its own profile) is not check's work.
    const keep = (url: string) => url.startsWith('file://') && !url.includes('/node_modules/tsx/');
    const [best] = profiles.map((p) => topSelfTime(p, keep, PROFILE_TOP)).sort((a, b) => b.total - a.total);
    if (!best) return ['  (no profile written)'];
    const { total, top } = best;
    return [
      `  profile of check's per-page work on these files (node --cpu-prof, one thread, ${(total / 1000).toFixed(1)} s of JavaScript), top self time:`,
      ...top.map((t) => `    ${(t.share * 100).toFixed(1).padStart(5)}%  ${t.fn}`),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The slowest run's rate. */
const slowest = (xs: readonly number[]) => Math.min(...xs);

function main(): void {
  const work = mkdtempSync(join(tmpdir(), 'source-lens-batch-'));
  const tiny = join(work, 'tiny.html');
  writeFileSync(tiny, '<!doctype html><html><head><title>t</title></head><body><p>One paragraph.</p></body></html>');
  try {
    const corpus = [...htmlIn('tests/fixtures/corpus'), ...htmlIn('tests/fixtures/corpus-rest')];
    const seeds = htmlIn('tests/fixtures/seeds').flatMap((f) => Array<string>(SEED_REPEAT).fill(f));
    console.log(`Batch: check against Readability alone on the same DOM (parse5 copied into linkedom), node ${process.version}`);
    for (const [title, files] of [
      ['130 corpus pages', corpus],
      [`5 seed pages, each ${SEED_REPEAT} times`, seeds],
    ] as const) {
      const { lines, ratioMissed } = process.env.BENCH_PROFILE_ONLY ? { lines: [], ratioMissed: true } : printSet(title, files, measureSet(files, tiny));
      console.log(lines.join('\n'));
      if (ratioMissed) console.log(profileCheck(files).join('\n'));
    }
    console.log("  (steady: each command's startup on a one-paragraph page taken out; end to end: as a user times it)");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
