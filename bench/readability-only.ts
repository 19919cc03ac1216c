/**
 * The batch row's floor: each file read, decoded and parsed exactly as `check` does it
 * (src/cli/load-page.ts: the WHATWG parse copied into linkedom), then one Readability parse,
 * one file after another in one thread. Anything `check` takes beyond this is the engine's
 * and the pool's. Prints the number of pages parsed (bench/batch.ts checks it).
 */
import { Readability } from '@mozilla/readability';
import { DEFAULT_LIMITS } from '../src/cli/limits';
import { readSource, toDocument } from '../src/cli/load-page';

async function main(files: readonly string[]): Promise<void> {
  let parsed = 0;
  for (const file of files) {
    try {
      new Readability(toDocument(await readSource(file, DEFAULT_LIMITS))).parse();
      parsed++;
    } catch {
      // A file check would report as an error costs check nothing past this point either.
    }
  }
  process.stdout.write(`${parsed}\n`);
}

void main(process.argv.slice(2));
