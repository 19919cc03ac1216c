/**
 * What the user named, as a stream of pages: files, directories (every *.html / *.htm
 * below them), glob patterns, http(s) URLs, WARC files, and `-` for a list of any of these
 * on standard input, one per line. Pages come out in the order they were named.
 */
import { readdir, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { isAbsolute, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Limits } from './limits';
import { InputError, isUrl, readSource, type RawPage } from './load-page';
import { isWarc, warcPages } from './warc';

export interface PageSource {
  /** What the results call the page: the path, the URL, or the archived URI. */
  input: string;
  /** For a page from a web archive: the archive it came from, and its capture date. */
  archive?: string;
  date?: string | null;
  read(): Promise<RawPage>;
}

/** An input that names nothing to check: reported on one line, like a bad page. */
export interface InputProblem {
  input: string;
  problem: string;
}

const HTML_FILE = /\.html?$/i;

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && (HTML_FILE.test(entry.name) || isWarc(entry.name))) yield path;
  }
}

async function* stdinLines(): AsyncGenerator<string> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const input = line.trim();
    if (input !== '' && !input.startsWith('#')) yield input;
  }
}

async function* expandOne(input: string, limits: Limits): AsyncGenerator<PageSource | InputProblem> {
  if (isUrl(input)) {
    yield { input, read: () => readSource(input, limits) };
    return;
  }
  if (isDynamicPattern(input)) {
    const matches = (await glob(input, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(input) })).sort();
    if (matches.length === 0) yield { input, problem: 'no file matches this pattern' };
    for (const path of matches) yield* expandOne(path, limits);
    return;
  }
  const info = await stat(input).catch(() => null);
  if (info?.isDirectory()) {
    let any = false;
    for await (const path of walk(input)) {
      any = true;
      yield* expandOne(path, limits);
    }
    if (!any) yield { input, problem: 'no .html, .htm or .warc file in this directory' };
    return;
  }
  if (info?.isFile() && isWarc(input)) {
    try {
      for await (const page of warcPages(input, limits)) {
        yield { input: page.uri, archive: input, date: page.date, read: () => Promise.resolve(page.page) };
      }
    } catch (error) {
      yield { input, problem: `not a readable WARC file (${error instanceof Error ? error.message : String(error)})` };
    }
    return;
  }
  yield { input, read: () => readSource(input, limits) };
}

export async function* expandInputs(inputs: readonly string[], limits: Limits): AsyncGenerator<PageSource | InputProblem> {
  for (const input of inputs) {
    if (input === '-') {
      for await (const line of stdinLines()) {
        if (line !== '-') yield* expandOne(line, limits);
      }
    } else {
      yield* expandOne(input, limits);
    }
  }
}

export const isProblem = (x: PageSource | InputProblem): x is InputProblem => 'problem' in x;
export { InputError };
