import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '../../src/knowledge/bundled';
import { bundledDetection } from '../../src/knowledge/bundled-detection';
import { compileDetection } from '../../src/detect/prefilter';
import { buildKnowledgeBase, indexKnowledgeBase, isKnowledgeFile } from '../../src/knowledge/load';
import { loadKnowledgeFromDisk } from '../../src/knowledge/node';
import type { KnowledgeFile } from '../../src/knowledge/types';

const { files, kb } = loadKnowledgeFromDisk();

describe('loading the knowledge base', () => {
  it('the bundle (import.meta.glob) and the disk loader see the same data', () => {
    expect(bundledKnowledge()).toEqual(kb);
  });

  it('the always-on content script bundles each report\'s prefilter, compiled at build time', () => {
    expect(bundledDetection()).toEqual(compileDetection(kb.reports));
    expect(bundledDetection().rules.map((r) => r.number)).toEqual(kb.reports.map((r) => r.number));
  });

  it('splits reports from other sources and sorts each by id', () => {
    expect(kb.reports.map((r) => r.id)).toEqual(['a-06-21-51022', 'oig-24-46', 'oig-25-21']);
    const ids = kb.otherSources.map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('nyt-2023-85000');
    expect(ids).toContain('reuters-2025-ice-memo');
  });

  it('does not depend on file order', () => {
    const typed = files.map((f) => f.data).filter((d): d is KnowledgeFile => isKnowledgeFile(d));
    expect(buildKnowledgeBase([...typed].reverse())).toEqual(kb);
  });

  it('drops the editor-only $schema key and leaves the input untouched', () => {
    for (const r of kb.reports) expect(Object.keys(r)).not.toContain('$schema');
    for (const s of kb.otherSources) expect(Object.keys(s)).not.toContain('$schema');
    const first = files[0]?.data;
    expect(first).toHaveProperty('$schema', '../schema.json');
  });

  it('indexes caveats, figures and passages across reports', () => {
    const index = indexKnowledgeBase(kb);
    expect(index.figures.get('oig-25-21/F31')?.report.id).toBe('oig-25-21');
    expect(index.passages.get('A-P2')?.report.id).toBe('oig-24-46');
    // The engine looks shared caveats up by id whichever report it is annotating.
    for (const id of ['quote-reworded', 'quote-altered', 'quote-not-report-text']) {
      expect(index.caveats.has(id)).toBe(true);
    }
  });

  it('isKnowledgeFile only accepts the three kinds', () => {
    expect(isKnowledgeFile({ kind: 'report' })).toBe(true);
    expect(isKnowledgeFile({ kind: 'other-source' })).toBe(true);
    expect(isKnowledgeFile({ kind: 'language' })).toBe(true);
    expect(isKnowledgeFile({ kind: 'blog' })).toBe(false);
    expect(isKnowledgeFile(null)).toBe(false);
    expect(isKnowledgeFile('report')).toBe(false);
  });
});

describe('the browser bundle stays free of ajv', () => {
  it('load.ts and bundled.ts import neither ajv nor the validator', async () => {
    const { readFileSync } = await import('node:fs');
    for (const file of ['load.ts', 'bundled.ts']) {
      const source = readFileSync(new URL(`../../src/knowledge/${file}`, import.meta.url), 'utf8');
      expect(source).not.toMatch(/from ['"]ajv['"]/);
      expect(source).not.toMatch(/import (?!type)[^;]*from ['"]\.\/validate['"]/);
    }
  });
});
