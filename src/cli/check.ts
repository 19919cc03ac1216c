/**
 * `npm run check -- [--json] <file.html | http(s) URL>...`
 * Runs the same engine as the extension on each page and prints what it found. A bad
 * input gets one line on stderr; the others are still checked; the exit code says so.
 */
import { analyzeDocument, createEngine } from '../annotate/analyze';
import { loadKnowledgeFromDisk } from '../knowledge/node';
import { toJson, toTable, type CheckResult } from './format';
import { InputError, loadPage } from './load-page';

const USAGE = 'usage: npm run check -- [--json] <file.html | http(s) URL>...';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const inputs = argv.filter((a) => a !== '--json');
  const unknown = inputs.filter((a) => a.startsWith('--'));
  if (unknown.length > 0 || inputs.length === 0) {
    process.stderr.write(`${unknown.length > 0 ? `unknown option ${unknown.join(' ')}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const engine = createEngine(loadKnowledgeFromDisk().kb);
  const results: CheckResult[] = [];
  let failed = false;
  for (const input of inputs) {
    try {
      const doc = await loadPage(input);
      const result: CheckResult = { input, ...analyzeDocument(doc, engine) };
      results.push(result);
      if (!json) process.stdout.write(`${toTable(result)}\n\n`);
    } catch (error) {
      failed = true;
      const why = error instanceof InputError ? error.message : `internal error: ${String(error)}`;
      process.stderr.write(`check: ${input}: ${why}\n`);
    }
  }
  if (json) process.stdout.write(`${toJson(results)}\n`);
  return failed ? 1 : 0;
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
