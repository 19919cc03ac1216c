/**
 * A larger knowledge base for the growth benchmarks: the real files, then copies of the
 * real reports until there are `n` reports. Each copy has ids, a number, identifiers and
 * figure values of its own (so it is valid and nothing is shared by accident) but the same
 * topic and wording, so on a covering page every copy is a candidate: the worst case.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase, KnowledgeFile, Report } from '../src/knowledge/types';

/** Figure values of copy i are shifted by a multiple of this odd step, clear of every real value. */
const VALUE_STEP = 7013;

function renamed(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => renamed(v, ids));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renamed(v, ids)]));
  }
  return value;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Ids in the schema's own patterns: report "oig-90-07", passage "A-P8002" for "A-P2". */
function copyOf(base: Report, i: number): Report {
  const id = `oig-${two(90 + Math.floor(i / 100))}-${two(i % 100)}`;
  const tag = id.toUpperCase();
  const ids = new Map<string, string>();
  for (const p of base.passages) ids.set(p.id, p.id.replace(/-P(\d+)/, (_m, n: string) => `-P${(i + 1) * 1000 + Number(n)}`));
  for (const list of [base.caveats, base.distortions, base.misattributedQuotes]) {
    for (const item of list) ids.set(item.id, `${item.id}-gen${i}`);
  }
  for (const f of base.figures) ids.set(f.id, f.id.replace(`${base.id}/`, `${id}/`));
  const copy = renamed(base, ids) as Report;
  return {
    ...copy,
    id,
    number: tag,
    detection: { ...copy.detection, identifiers: copy.detection.identifiers.map((s) => `${s} ${tag}`) },
    figures: copy.figures.map((f) => ({ ...f, value: f.value + (i + 1) * VALUE_STEP })),
  };
}

export function generatedKnowledgeFiles(kb: KnowledgeBase, n: number): KnowledgeFile[] {
  const reports = kb.reports;
  const out: KnowledgeFile[] = [...reports, ...kb.otherSources, ...kb.languages];
  for (let i = reports.length; i < n; i++) {
    const base = reports[i % reports.length];
    if (base) out.push(copyOf(base, i));
  }
  return out;
}

const FOLDER: Record<KnowledgeFile['kind'], string> = { report: 'reports', 'other-source': 'sources', language: 'languages' };

/** Writes the files as a knowledge directory (reports/, sources/, languages/) that `wxt build` can bundle. */
export function writeKnowledgeDir(dir: string, files: readonly KnowledgeFile[]): void {
  for (const sub of Object.values(FOLDER)) mkdirSync(join(dir, sub), { recursive: true });
  for (const file of files) {
    const sub = FOLDER[file.kind];
    writeFileSync(join(dir, sub, `${file.id}.json`), `${JSON.stringify(file, null, 2)}\n`);
  }
}
