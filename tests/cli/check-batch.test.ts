/**
 * `check` on batches the way a newsroom runs it: a directory, a glob, a list on stdin, a
 * web archive; every output format; and the limits that keep one bad page from costing
 * the others.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures');
const SEEDS = ['000-fox-copy', '001-newsweek-copy', '004-independent'].map((s) => join(FIXTURES, `seeds/${s}.html`));
const CORPUS = ['aclu', 'bbc-1'].map((c) => join(FIXTURES, `corpus/${c}.html`));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function check(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/check.ts'), ...args], { cwd: ROOT, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error && typeof error.code === 'number' ? error.code : 0, stdout, stderr });
    });
    child.stdin?.end(stdin);
  });
}

const lines = (text: string) => text.trim().split('\n').filter((l) => l !== '');
type Line = { input: string; covers?: boolean; error?: string; archive?: string; date?: string; warnings?: string[]; annotations?: { verdict: string }[] };

const work = mkdtempSync(join(tmpdir(), 'source-lens-batch-'));
const tree = join(work, 'saved');
mkdirSync(join(tree, '2024/08'), { recursive: true });
copyFileSync(SEEDS[2] ?? '', join(tree, '2024/08/independent.html'));
copyFileSync(CORPUS[0] ?? '', join(tree, 'aclu.htm'));
writeFileSync(join(tree, 'notes.txt'), 'not a page');

/** A WARC as a crawler writes it: a warcinfo record, then request/response pairs, gzipped per record. */
async function buildWarc(path: string, pages: { uri: string; file: string; type: string }[]): Promise<void> {
  const chunks: Uint8Array[] = [];
  const add = async (record: WARCRecord) => chunks.push(await WARCSerializer.serialize(record, { gzip: true }));
  await add(WARCRecord.createWARCInfo({ filename: 'test.warc.gz', warcVersion: 'WARC/1.1' }, { software: 'source-lens tests' }));
  for (const page of pages) {
    const body = readFileSync(page.file);
    await add(WARCRecord.create({ url: page.uri, date: '2024-08-20T12:00:00Z', type: 'request', warcVersion: 'WARC/1.1', httpHeaders: {}, statusline: 'GET / HTTP/1.1' }, [new Uint8Array()]));
    await add(
      WARCRecord.create(
        { url: page.uri, date: '2024-08-20T12:00:00Z', type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': page.type, 'Content-Encoding': 'gzip' }, statusline: 'HTTP/1.1 200 OK' },
        [gzipSync(body)],
      ),
    );
  }
  writeFileSync(path, Buffer.concat(chunks));
}

describe('check on a directory, a glob and a list on stdin', () => {
  it('finds every .html/.htm file below a directory, reads globs and `-`, and streams one ndjson line per page', async () => {
    const glob = join(FIXTURES, 'seeds/00[01]-*.html');
    const run = await check(['--format', 'ndjson', '--jobs', '2', tree, glob, '-'], `${CORPUS[1]}\n\n${join(work, 'missing.html')}\n`);
    expect(run.code).toBe(1);
    const parsed = lines(run.stdout).map((l) => JSON.parse(l) as Line);
    expect(parsed.map((p) => p.input).sort()).toEqual(
      [join(tree, '2024/08/independent.html'), join(tree, 'aclu.htm'), SEEDS[0], SEEDS[1], CORPUS[1], join(work, 'missing.html')].sort(),
    );
    expect(parsed.find((p) => p.input.endsWith('independent.html'))?.covers).toBe(true);
    expect(parsed.find((p) => p.input.endsWith('aclu.htm'))?.covers).toBe(false);
    expect(parsed.find((p) => p.input.endsWith('missing.html'))?.error).toBe('no such file');
    expect(run.stderr).toMatch(/5 pages checked, 3 covering a report, \d+ annotations \(.*\), 1 error$/m);
  }, 120_000);

  it('keeps input order in --format json with two jobs', async () => {
    const inputs = [CORPUS[0] ?? '', SEEDS[2] ?? '', CORPUS[1] ?? '', SEEDS[0] ?? ''];
    const run = await check(['--format', 'json', '--jobs', '2', ...inputs]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { results: Line[] }).results.map((r) => r.input)).toEqual(inputs);
  }, 120_000);
});

describe('check on a web archive', () => {
  it('checks each HTML response record of a .warc.gz as a page, with its target URI and date', async () => {
    const warc = join(work, 'crawl.warc.gz');
    await buildWarc(warc, [
      { uri: 'https://news.example/ice-report', file: SEEDS[2] ?? '', type: 'text/html; charset=utf-8' },
      { uri: 'https://news.example/aclu', file: CORPUS[0] ?? '', type: 'text/html' },
      { uri: 'https://news.example/logo.png', file: CORPUS[1] ?? '', type: 'image/png' },
    ]);
    const run = await check(['--format', 'ndjson', warc]);
    expect(run.code).toBe(0);
    const parsed = lines(run.stdout).map((l) => JSON.parse(l) as Line);
    expect(parsed.map((p) => [p.input, p.archive, p.date, p.covers]).sort()).toEqual([
      ['https://news.example/aclu', warc, '2024-08-20T12:00:00Z', false],
      ['https://news.example/ice-report', warc, '2024-08-20T12:00:00Z', true],
    ]);
  }, 120_000);
});

describe('check --format annotation and claimreview', () => {
  it('writes W3C Web Annotations: one per finding, a TextQuoteSelector on the page, the verdict as the body', async () => {
    const run = await check(['--format', 'annotation', SEEDS[2] ?? '', CORPUS[0] ?? '']);
    expect(run.code).toBe(0);
    const annotations = JSON.parse(run.stdout) as Record<string, unknown>[];
    const json = await check(['--json', SEEDS[2] ?? '']);
    const findings = (JSON.parse(json.stdout) as { results: Line[] }).results[0]?.annotations ?? [];
    expect(annotations).toHaveLength(findings.length);
    expect(annotations.length).toBeGreaterThan(0);
    const ids = new Set<unknown>();
    annotations.forEach((a, i) => {
      expect(a).toMatchObject({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'Annotation',
        motivation: 'assessing',
        creator: { type: 'Software', name: 'Source Lens' },
        target: { source: pathToFileURL(SEEDS[2] ?? '').href, selector: { type: 'TextQuoteSelector' } },
      });
      expect(String(a.id)).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      ids.add(a.id);
      expect(Date.parse(String(a.created))).not.toBeNaN();
      const body = a.body as { type?: string; purpose: string; value?: string; id?: string }[];
      expect(body[0]).toEqual({ type: 'TextualBody', purpose: 'assessing', value: findings[i]?.verdict, format: 'text/plain' });
      expect(body.some((b) => b.purpose === 'commenting' && (b.value ?? '').length > 0)).toBe(true);
      expect(body.at(-1)).toMatchObject({ type: 'Text', purpose: 'linking', id: expect.stringMatching(/^https:\/\//) });
      const selector = (a.target as { selector: { exact: string } }).selector;
      expect(selector.exact.length).toBeGreaterThan(0);
    });
    expect(ids.size).toBe(annotations.length);
  }, 120_000);

  it('writes ClaimReview drafts for misleading and needs-context findings only', async () => {
    const seed002 = join(FIXTURES, 'seeds/002-mojibake-repost.html');
    const run = await check(['--format', 'claimreview', seed002, SEEDS[2] ?? '']);
    expect(run.code).toBe(0);
    const reviews = JSON.parse(run.stdout) as Record<string, unknown>[];
    const json = await check(['--json', seed002, SEEDS[2] ?? '']);
    const reviewable = (JSON.parse(json.stdout) as { results: Line[] }).results.flatMap((r) => r.annotations ?? []).filter((a) => a.verdict === 'misleading' || a.verdict === 'needs-context');
    expect(reviewable.length).toBeGreaterThan(0);
    expect(reviews).toHaveLength(reviewable.length);
    for (const r of reviews) {
      expect(r).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        creativeWorkStatus: 'Draft',
        itemReviewed: { '@type': 'Claim', appearance: { '@type': 'CreativeWork', url: expect.stringMatching(/^file:\/\/.*seeds\//) } },
        reviewRating: { '@type': 'Rating', alternateName: expect.stringMatching(/^(misleading|needs-context)$/) },
        url: expect.stringMatching(/^https:\/\/www\.oig\.dhs\.gov\//),
        author: { '@type': 'Organization' },
      });
      expect(String(r.claimReviewed).length).toBeGreaterThan(0);
      expect(r).not.toHaveProperty('datePublished');
    }
  }, 120_000);
});

describe('check limits', () => {
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    const seed = readFileSync(SEEDS[2] ?? '');
    server = createServer((req, res) => {
      if (req.url === '/loop') res.writeHead(302, { location: '/loop' }).end();
      else if (req.url === '/stall') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write(seed.subarray(0, 1000));
      } else if (req.url === '/cp1252') {
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
        res.end(Buffer.from(seed.toString('utf8').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, (q) => (q === '\u201c' ? '\x93' : '\x94')), 'latin1'));
      } else res.writeHead(200, { 'content-type': 'text/html' }).end(seed);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('says what happened: a redirect loop, a stalled body, a page cut at the byte limit; a windows-1252 page by its HTTP charset', async () => {
    const run = await check(['--format', 'ndjson', '--fetch-timeout', '2', '--max-bytes', '100000', `${origin}/loop`, `${origin}/stall`, `${origin}/cp1252`, CORPUS[0] ?? '']);
    const byInput = new Map(lines(run.stdout).map((l) => JSON.parse(l) as Line).map((p) => [p.input, p]));
    expect(byInput.get(`${origin}/loop`)?.error).toBe('redirect loop after 20 hops');
    expect(byInput.get(`${origin}/stall`)?.error).toBe('the server stopped sending after 1000 bytes');
    expect(byInput.get(CORPUS[0] ?? '')?.warnings).toEqual(['cut at 100000 bytes (--max-bytes)']);
    expect(run.stderr).toMatch(/aclu\.html: cut at 100000 bytes \(--max-bytes\)/);
    const cp1252 = byInput.get(`${origin}/cp1252`);
    expect(cp1252?.covers).toBe(true);
    expect(JSON.stringify(cp1252)).not.toContain('\ufffd');
  }, 120_000);

  it('gives a page over the time limit an error line, and checks the rest', async () => {
    const slow = join(work, 'numbers.html');
    // The seed article and a sentence of 60,000 numbers: the figure stage reads each number
    // (linear, but about 0.25 ms each here), far more than 3 s.
    const numbers = Array.from({ length: 60_000 }, (_, i) => `${(i % 900) + 100},${String(i % 1000).padStart(3, '0')}`).join(', ');
    writeFileSync(slow, readFileSync(SEEDS[2] ?? '', 'utf8').replace('</article>', `<p>The report counted ${numbers} children.</p></article>`));
    const run = await check(['--format', 'ndjson', '--jobs', '1', '--time-limit', '3', slow, SEEDS[2] ?? '']);
    expect(run.code).toBe(1);
    const parsed = lines(run.stdout).map((l) => JSON.parse(l) as Line);
    expect(parsed.find((p) => p.input === slow)?.error).toBe('stopped after the time limit of 3 s per page (--time-limit)');
    expect(parsed.find((p) => p.input === SEEDS[2])?.covers).toBe(true);
  }, 120_000);

  it('checks the seed article inside 50,000 nested <div>s as it checks the seed (Readability is given a bounded tree)', async () => {
    const deep = join(work, 'deep.html');
    const seed = readFileSync(SEEDS[2] ?? '', 'utf8');
    writeFileSync(deep, seed.replace(/<article>[\s\S]*<\/article>/, (article) => `${'<div>'.repeat(50_000)}${article}${'</div>'.repeat(50_000)}`));
    const run = await check(['--format', 'ndjson', '--jobs', '1', '--time-limit', '30', deep, SEEDS[2] ?? '']);
    const parsed = lines(run.stdout).map((l) => JSON.parse(l) as Line);
    const annotations = (input: string) => parsed.find((p) => p.input === input)?.annotations;
    expect(annotations(SEEDS[2] ?? '')?.length).toBeGreaterThan(0);
    expect(annotations(deep)).toEqual(annotations(SEEDS[2] ?? ''));
    expect(run.code).toBe(0);
  }, 120_000);
});

describe('check past one machine', () => {
  it('shards a list of inputs: each shard piped through `check --format ndjson -` (as Spark RDD.pipe or GNU parallel --pipe do) gives one line per input, the same as one run', async () => {
    const list = [...SEEDS, ...CORPUS, join(work, 'gone.html')];
    const shards = [list.filter((_, i) => i % 2 === 0), list.filter((_, i) => i % 2 === 1)];
    const runs = await Promise.all(shards.map((shard) => check(['--format', 'ndjson', '--jobs', '1', '--quiet', '-'], `${shard.join('\n')}\n`)));
    const merged = runs.flatMap((r) => lines(r.stdout).map((l) => JSON.parse(l) as Line));
    expect(merged.map((p) => p.input).sort()).toEqual([...list].sort());
    const whole = await check(['--format', 'ndjson', '--quiet', '-'], `${list.join('\n')}\n`);
    const byInput = (ps: Line[]) => Object.fromEntries(ps.map((p) => [p.input, p]));
    expect(byInput(merged)).toEqual(byInput(lines(whole.stdout).map((l) => JSON.parse(l) as Line)));
  }, 120_000);
});
