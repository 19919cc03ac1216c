/**
 * `npm run eval [-- --json] [--record]`: scores the engine on the gold set
 * (tests/fixtures/gold/) and prints it per report, language and split, with every false
 * `misleading` and false `supported` by page. `--record` raises the floors and adds the
 * figures that now meet their label to the regression list; it never lowers either, and
 * drops fixed failures from the known-failures list without adding any. Exit 1 on a new
 * failure, a figure that stopped meeting its label, or a score under its floor.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { floorBreaches, raised } from '../eval/floors';
import { printable } from '../eval/report';
import { existsSync } from 'node:fs';
import { failureKey, GOLD_DIR, loadGold, readFloors, readKnownFailures, readMet, runGold, type Floors } from '../eval/run';

const USAGE = 'usage: npm run eval -- [--json] [--record]';
function main(argv: string[]): number {
  const unknown = argv.filter((a) => a !== '--json' && a !== '--record');
  if (unknown.length > 0) {
    process.stderr.write(`unknown option ${unknown.join(' ')}\n${USAGE}\n`);
    return 2;
  }
  const gold = loadGold();
  if (gold.problems.length > 0) {
    process.stderr.write(`eval: the labels have problems:\n${gold.problems.map((p) => `  ${p}`).join('\n')}\n`);
    return 1;
  }
  const { summary } = runGold(gold.pages);
  const floors = readFloors();
  const metBefore = readMet();
  const metNow = new Set(summary.met);
  const regressions = metBefore.filter((k) => !metNow.has(k));
  const breaches = floorBreaches(summary, floors);
  const known = new Set(readKnownFailures());
  const current = summary.failures.map(failureKey);
  const newFailures = current.filter((k) => !known.has(k));
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ ...summary, regressions, breaches, newFailures }, null, 2)}\n`);
  } else {
    const dev = new Set(gold.pages.filter((p) => p.split === 'dev').map((p) => p.id));
    process.stdout.write(`${printable(summary, dev)}\n`);
    if (regressions.length > 0) process.stdout.write(`\nFigures that met their label before and no longer do:\n${regressions.map((r) => `  ${r}`).join('\n')}\n`);
    if (breaches.length > 0) process.stdout.write(`\nBelow the recorded floors:\n${breaches.map((b) => `  ${b}`).join('\n')}\n`);
    process.stdout.write(`\nFalse misleading / supported: ${current.length} (${known.size} known; ${newFailures.length} new)\n`);
  }
  if (argv.includes('--record')) {
    const next: Floors = {
      overall: raised(floors.overall, summary.overall),
      byReport: Object.fromEntries(summary.byReport.filter((r) => r.pages > 0).map((r) => [r.name, raised(floors.byReport[r.name], r)])),
      byLanguage: Object.fromEntries(summary.byLanguage.map((r) => [r.name, raised(floors.byLanguage[r.name], r)])),
    };
    writeFileSync(join(GOLD_DIR, 'floors.json'), `${JSON.stringify(next, null, 2)}\n`);
    writeFileSync(join(GOLD_DIR, 'met.json'), `${JSON.stringify([...new Set([...metBefore, ...summary.met])].sort(), null, 2)}\n`);
    // The first record takes the failures as they are; after that the list only shrinks.
    const first = !existsSync(join(GOLD_DIR, 'known-failures.json'));
    const keep = first ? current : current.filter((k) => known.has(k));
    writeFileSync(join(GOLD_DIR, 'known-failures.json'), `${JSON.stringify([...new Set(keep)].sort(), null, 2)}\n`);
    process.stderr.write('eval: floors and the met list recorded (raised only)\n');
  }
  const failed = newFailures.length > 0 || regressions.length > 0 || breaches.length > 0;
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
