/**
 * `npm run check -- [options] <file | directory | glob | URL | archive.warc[.gz] | ->...`
 * Runs the same engine as the extension on each page, in worker threads, and prints what
 * it found. A bad input gets one line on stderr; the others are still checked; the exit
 * code says so (0 all checked, 1 some could not be, 2 a usage error).
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { loadKnowledgeFromDisk } from '../knowledge/node';
import { FORMATS, toJson, toNdjsonLine, toTable, type CheckResult, type Format } from './format';
import { isLocale, LOCALES, type Locale } from '../ui/i18n';
import { expandInputs, isProblem, type PageSource } from './inputs';
import { DEFAULT_LIMITS, type Limits } from './limits';
import { claimReviews, webAnnotations } from './linked-data';
import { InputError } from './load-page';
import { PagePool, type PageOutcome } from './pool';
import { startProgress } from './progress';
import { summaryLine, tally } from './summary';

const USAGE = `usage: npm run check -- [--format ${FORMATS.join('|')}] [--lang ${LOCALES.join('|')}] [--jobs N] [--max-bytes N] [--time-limit S]
       [--max-redirects N] [--fetch-timeout S] [--quiet] <file | directory | glob | http(s) URL | file.warc[.gz] | ->...`;

class UsageError extends Error {}

interface Options {
  format: Format;
  /** The table's language; the JSON formats carry ids, the same in every language. */
  lang: Locale;
  jobs: number;
  limits: Limits;
  quiet: boolean;
  inputs: string[];
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} wants a positive number, not "${value}"`);
  return n;
}

function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        'max-bytes': { type: 'string' },
        'time-limit': { type: 'string' },
        'max-redirects': { type: 'string' },
        'fetch-timeout': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));
  }
  const v = parsed.values;
  const format = (v.json ? 'json' : (v.format ?? 'table')) as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}"`);
  if (parsed.positionals.length === 0) throw new UsageError('nothing to check');
  const lang = v.lang ?? 'en';
  if (!isLocale(lang)) throw new UsageError(`unknown language "${lang}" (${LOCALES.join(', ')})`);
  return {
    format,
    lang,
    jobs: Math.floor(positive('jobs', v.jobs, availableParallelism())),
    quiet: v.quiet ?? false,
    inputs: parsed.positionals,
    limits: {
      maxBytes: Math.floor(positive('max-bytes', v['max-bytes'], DEFAULT_LIMITS.maxBytes)),
      timeLimitMs: positive('time-limit', v['time-limit'], DEFAULT_LIMITS.timeLimitMs / 1000) * 1000,
      maxRedirects: Math.floor(positive('max-redirects', v['max-redirects'], DEFAULT_LIMITS.maxRedirects)),
      fetchTimeoutMs: positive('fetch-timeout', v['fetch-timeout'], DEFAULT_LIMITS.fetchTimeoutMs / 1000) * 1000,
    },
  };
}

type Finished = { source: PageSource; result: CheckResult } | { source: PageSource; error: string };

async function checkOne(source: PageSource, pool: PagePool): Promise<Finished> {
  let outcome: PageOutcome;
  let warnings: string[] = [];
  try {
    const page = await source.read();
    if (page.cutAt !== null) warnings = [`cut at ${page.cutAt} bytes (--max-bytes)`];
    outcome = await pool.analyze(page);
  } catch (error) {
    outcome = { ok: false, error: error instanceof InputError ? error.message : `internal error: ${String(error)}` };
  }
  if (!outcome.ok) return { source, error: outcome.error };
  const result: CheckResult = {
    input: source.input,
    ...(source.archive ? { archive: source.archive, date: source.date ?? null } : {}),
    ...(warnings.length ? { warnings } : {}),
    ...outcome.analysis,
  };
  return { source, result };
}

async function main(argv: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`check: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  const { format, limits } = options;
  const kb = loadKnowledgeFromDisk().kb;
  const pool = new PagePool(options.jobs, limits.timeLimitMs);
  const progress = startProgress(options.quiet);
  const counts = tally();
  const created = new Date().toISOString();
  const ordered: (Finished | undefined)[] = [];
  const collected: object[] = [];
  let printed = 0;

  const say = (line: string) => process.stderr.write(`check: ${line}\n`);
  const emitInOrder = (item: Finished) => {
    if ('error' in item) return;
    const r = item.result;
    if (format === 'table') process.stdout.write(`${toTable(r, options.lang)}\n\n`);
    else if (format === 'json') collected.push(r);
    else if (format === 'annotation') collected.push(...webAnnotations(r, kb, created));
    else if (format === 'claimreview') collected.push(...claimReviews(r, kb));
  };
  const finish = (index: number, item: Finished) => {
    progress.done();
    counts.add('error' in item ? null : item.result);
    if ('error' in item) say(`${item.source.input}: ${item.error}`);
    else for (const w of item.result.warnings ?? []) say(`${item.source.input}: ${w}`);
    // ndjson streams in finish order, one line per page (errors too, so a shard's output
    // accounts for every input line); the other formats keep input order.
    if (format === 'ndjson') {
      process.stdout.write(`${toNdjsonLine('error' in item ? { input: item.source.input, error: item.error } : item.result)}\n`);
      return;
    }
    ordered[index] = item;
    for (let next = ordered[printed]; next; next = ordered[printed]) {
      emitInOrder(next);
      ordered[printed++] = undefined;
    }
  };

  // Pages are read ahead of the workers, but only a few: memory stays flat on any batch.
  const maxInFlight = options.jobs * 2;
  const inFlight = new Set<Promise<void>>();
  let index = 0;
  for await (const item of expandInputs(options.inputs, limits)) {
    if (isProblem(item)) {
      counts.add(null);
      say(`${item.input}: ${item.problem}`);
      continue;
    }
    const at = index++;
    ordered[at] = undefined;
    progress.found();
    const task: Promise<void> = checkOne(item, pool).then((done) => {
      inFlight.delete(task);
      finish(at, done);
    });
    inFlight.add(task);
    while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  await pool.close();
  progress.stop();

  if (format === 'json') process.stdout.write(`${toJson(collected as CheckResult[])}\n`);
  else if (format === 'annotation' || format === 'claimreview') process.stdout.write(`${JSON.stringify(collected, null, 2)}\n`);
  say(summaryLine(counts));
  return counts.errors > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`check: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
