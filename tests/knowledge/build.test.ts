/**
 * The knowledge base is bundled: a broken file must stop the build itself (wxt.config.ts,
 * `build:before`), naming the file and the field, not just fail a test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedKnowledgeFiles, writeKnowledgeDir } from '../../bench/generated-knowledge';
import { loadKnowledgeFromDisk } from '../../src/knowledge/node';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'source-lens-kb-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `wxt build` against a knowledge directory; its exit status and what it printed. */
function build(knowledge: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, SOURCE_LENS_KNOWLEDGE_DIR: knowledge, SOURCE_LENS_OUT_DIR: join(work, 'output') },
    });
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('building with a broken knowledge base', () => {
  it('fails, naming the file and the field: a figure whose passage is gone, a caveat nobody defines', () => {
    const { kb } = structuredClone(loadKnowledgeFromDisk());
    const figure = kb.reports.find((r) => r.id === 'oig-24-46')?.figures[0];
    if (!figure) throw new Error('OIG-24-46 lost its first figure');
    figure.passage = 'A-P99';
    figure.caveats = [...figure.caveats, 'no-such-caveat'];
    const broken = [...kb.reports, ...kb.otherSources];
    const knowledge = join(work, 'broken', 'knowledge');
    writeKnowledgeDir(knowledge, broken);
    const { ok, output } = build(knowledge);
    expect(ok).toBe(false);
    expect(output).toContain('invalid knowledge base');
    expect(output).toMatch(/knowledge\/reports\/oig-24-46\.json: \/figures\/0\/passage: unknown passage "A-P99"/);
    expect(output).toMatch(/knowledge\/reports\/oig-24-46\.json: \/figures\/0\/caveats\/\d+: unknown caveat "no-such-caveat"/);
  }, 60_000);

  it('builds a valid generated one of 100 reports (the benchmark\'s)', () => {
    const knowledge = join(work, 'hundred', 'knowledge');
    writeKnowledgeDir(knowledge, generatedKnowledgeFiles(loadKnowledgeFromDisk().kb, 100));
    const { ok, output } = build(knowledge);
    expect(output).not.toContain('invalid knowledge base');
    expect(ok).toBe(true);
  }, 60_000);
});
