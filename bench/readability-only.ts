/**
 * The batch row's floor: each file read, decoded and parsed exactly as `check` does it
 * (src/cli/load-page.ts: the WHATWG parse copied into linkedom), then one Readability parse,
 * one file after another in one thread. Anything `check` takes beyond this is the engine's
 * and the pool's. Prints the number of pages parsed (bench/batch.ts checks it).
 *
 * With `--engine` first, each page gets check's own per-page work instead (what a worker
 * thread does: src/cli/check-worker.ts), in this one thread: what bench/batch.ts profiles
 * with node --cpu-prof (a worker thread that the pool terminates writes no profile).
 */
import { Readability } from '@mozilla/readability';
import { analyzeDocument, createEngine } from '../src/annotate/analyze';
import { DEFAULT_LIMITS } from '../src/cli/limits';
import { readSource, toDocument } from '../src/cli/load-page';
import { loadKnowledgeFromDisk } from '../src/knowledge/node';

async function main(args: readonly string[]): Promise<void> {
  const engineMode = args[0] === '--engine';
  const files = engineMode ? args.slice(1) : args;
  const engine = engineMode ? createEngine(loadKnowledgeFromDisk().kb) : null;
  let parsed = 0;
  for (const file of files) {
    try {
      const doc = toDocument(await readSource(file, DEFAULT_LIMITS));
      if (engine) analyzeDocument(doc, engine);
      else new Readability(doc).parse();
      parsed++;
    } catch {
      // A file check would report as an error costs check nothing past this point either.
    }
  }
  process.stdout.write(`${parsed}\n`);
}

void main(process.argv.slice(2));
