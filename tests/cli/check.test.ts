import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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

const dir = mkdtempSync(join(tmpdir(), 'source-lens-check-'));
const unrelated = join(dir, 'unrelated.html');
writeFileSync(unrelated, '<!doctype html><html><head><title>Recipes</title></head><body><article><h1>Soup</h1><p>Add 32,000 grains of salt. Stir for 20 minutes.</p></article></body></html>');
const empty = join(dir, 'empty.html');
writeFileSync(empty, '<!doctype html><html><body>   </body></html>');
const notHtml = join(dir, 'data.csv');
writeFileSync(notHtml, 'a,b,c\n1,2,3\n');

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
  });

  it('reports each bad input on one stderr line, checks the rest, and exits non-zero', async () => {
    const run = await check('--json', join(dir, 'nope.html'), empty, notHtml, unrelated);
    expect(run.code).not.toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/nope\.html: no such file/);
    expect(lines[1]).toMatch(/empty\.html: empty page/);
    expect(lines[2]).toMatch(/data\.csv: not HTML/);
    const parsed = JSON.parse(run.stdout) as { results: { input: string }[] };
    expect(parsed.results.map((r) => r.input)).toEqual([unrelated]);
  });

  it('prints a readable table without --json', async () => {
    const run = await check(SEED);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/covers: OIG-24-46/);
    expect(run.stdout).toMatch(/figure\s+\S+\s+"more than 32,000"/);
  });

  it('explains its usage when given nothing to check', async () => {
    const run = await check();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/usage: npm run check/);
  });
});
