/**
 * The store packages, as `npm run zip` makes them (WXT's zip): the Chrome/Edge zip, the
 * Firefox zip, and the sources zip AMO asks for. Built into a temporary directory, opened,
 * and their file lists checked: the packages hold exactly the built extension, the sources
 * hold what builds it, and none holds tests or test output.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './browser';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** Nothing a package or the sources may hold: tests, their output, builds, dependencies, source maps. */
const FORBIDDEN = /(^|\/)(tests|test-results|\.output|node_modules|assets\/store)\/|\.map$|(^|\/)vitest\.config\.ts$/;

let out: string;

async function entries(name: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(join(out, name)));
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort();
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => relative(dir, join(dir, f)))
    .sort();
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'source-lens-zip-'));
  execFileSync('npm', ['run', 'zip'], { cwd: ROOT, env: { ...process.env, SOURCE_LENS_OUT_DIR: out }, stdio: 'pipe' });
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run zip', () => {
  it('makes the Chrome/Edge package and the Firefox package, each exactly its built extension', async () => {
    for (const [zip, dir] of [[`source-lens-${VERSION}-chrome.zip`, 'chrome-mv3'], [`source-lens-${VERSION}-firefox.zip`, 'firefox-mv2']] as const) {
      const list = await entries(zip);
      expect(list).toEqual(filesUnder(join(out, dir)));
      expect(list).toEqual(expect.arrayContaining(['manifest.json', 'background.js', 'engine.js', 'popup.html', 'options.html', 'content-script.js']));
      expect(list.filter((f) => FORBIDDEN.test(f))).toEqual([]);
    }
  });

  it('makes the sources zip AMO asks for: what builds the extension, no tests or test output', async () => {
    const list = await entries(`source-lens-${VERSION}-sources.zip`);
    expect(list).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'entrypoints/background.ts', 'src/ui/card-controller.tsx']));
    expect(list.some((f) => f.startsWith('knowledge/') && f.endsWith('.json'))).toBe(true);
    expect(list.filter((f) => FORBIDDEN.test(f))).toEqual([]);
  });
});
