import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = join(ROOT, 'tests/fixtures/seeds/004-independent.html');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run check -- ...` the way a user would, minus npm's own banner. */
function check(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/check.ts'), ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** stderr without the closing summary line: one line per page that could not be checked. */
// Not the summary, nor the progress line a batch over 5 s prints (a busy machine's is).
const pageLines = (stderr: string) => stderr.trim().split('\n').filter((l) => !/ pages? checked, /.test(l) && !/ \d+\/\d+ pages \| /.test(l));

/** Each check starts its worker threads (several seconds on a busy 2-core machine). */
const CLI_TIMEOUT = 60_000;
const order = (line: string) => ['nope.html', 'empty.html', 'data.csv'].findIndex((name) => line.includes(name));

const dir = mkdtempSync(join(tmpdir(), 'source-lens-check-'));
const unrelated = join(dir, 'unrelated.html');
writeFileSync(unrelated, '<!doctype html><html><head><title>Recipes</title></head><body><article><h1>Soup</h1><p>Add 32,000 grains of salt. Stir for 20 minutes.</p></article></body></html>');
const empty = join(dir, 'empty.html');
writeFileSync(empty, '<!doctype html><html><body>   </body></html>');
const notHtml = join(dir, 'data.csv');
writeFileSync(notHtml, 'a,b,c\n1,2,3\n');

// Each test starts Node with tsx and the whole engine: about 4 s alone on 2 cores, more
// while the browser tests run beside it, so vitest's 5 s default is too tight.
vi.setConfig({ testTimeout: 30_000 });

describe('check --json', () => {
  it('prints exactly one JSON document with the issue\'s fields', async () => {
    const run = await check('--json', SEED, unrelated);
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as { results: { input: string; covers: boolean; reports: string[]; annotations: Record<string, unknown>[] }[] };
    expect(parsed.results.map((r) => [r.input, r.covers])).toEqual([
      [SEED, true],
      [unrelated, false],
    ]);
    const [seed, other] = parsed.results;
    expect(seed?.reports).toEqual(['OIG-24-46']);
    const figure = seed?.annotations.find((a) => a.kind === 'figure' && a.matches === 32000);
    expect(figure).toMatchObject({ kind: 'figure', value: 32000, matches: 32000, report: 'OIG-24-46' });
    expect(String(figure?.source)).toMatch(/^https:\/\/www\.oig\.dhs\.gov\/.*OIG-24-46/);
    expect(other?.annotations).toEqual([]);
  }, CLI_TIMEOUT);

  it('reports each bad input on one stderr line, checks the rest, and exits non-zero', async () => {
    const run = await check('--json', join(dir, 'nope.html'), empty, notHtml, unrelated);
    expect(run.code).not.toBe(0);
    const lines = pageLines(run.stderr).sort((a, b) => order(a) - order(b));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/nope\.html: no such file/);
    expect(lines[1]).toMatch(/empty\.html: empty page/);
    expect(lines[2]).toMatch(/data\.csv: not HTML/);
    const parsed = JSON.parse(run.stdout) as { results: { input: string }[] };
    expect(parsed.results.map((r) => r.input)).toEqual([unrelated]);
  }, CLI_TIMEOUT);

  it('prints a readable table without --json', async () => {
    const run = await check(SEED);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/covers: OIG-24-46/);
    expect(run.stdout).toMatch(/Figure\s+(Supported by the report|Needs context)\s+"more than 32,000"/);
  }, CLI_TIMEOUT);

  it('prints the table in the language --lang names, and the same JSON in every language', async () => {
    const [es, json, jsonFr, wrong] = await Promise.all([check('--lang', 'es', SEED), check('--json', SEED), check('--json', '--lang', 'fr', SEED), check('--lang', 'de', SEED)]);
    expect(es.code).toBe(0);
    expect(es.stdout).toMatch(/trata de: OIG-24-46/);
    expect(es.stdout).toMatch(/Cifra\s+(Respaldado por el informe|Necesita contexto)\s+"more than 32,000"\s+OIG-24-46\s+cifra del informe 32\.000/);
    expect(jsonFr.stdout).toBe(json.stdout);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/unknown language "de"/);
  }, CLI_TIMEOUT);

  it('explains its usage when given nothing to check', async () => {
    const run = await check();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nothing to check\nusage: npm run check/);
  }, CLI_TIMEOUT);
});

describe('check on URLs', () => {
  it('fetches an http URL, and reports an unreachable one or a non-HTML one on stderr', async () => {
    const html = readFileSync(SEED);
    const server = createServer((req, res) => {
      if (req.url === '/data.json') res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const run = await check('--json', `${origin}/article.html`, `${origin}/data.json`, 'http://127.0.0.1:9/nothing');
      expect(run.code).not.toBe(0);
      const parsed = JSON.parse(run.stdout) as { results: { input: string; covers: boolean }[] };
      expect(parsed.results).toEqual([expect.objectContaining({ input: `${origin}/article.html`, covers: true })]);
      // Pages are checked in parallel: their lines come in the order they finish.
      const lines = pageLines(run.stderr);
      expect(lines).toHaveLength(2);
      expect(lines.find((l) => l.includes('data.json'))).toMatch(/data\.json: not HTML/);
      expect(lines.find((l) => l.includes(':9/'))).toMatch(/127\.0\.0\.1:9\/nothing: cannot fetch/);
    } finally {
      server.close();
    }
  }, CLI_TIMEOUT);
});
