import { describe, expect, it } from 'vitest';
import type { Annotation, PageAnalysis } from '../../src/annotate/types';
import type { PageLabel } from '../../src/eval/labels';
import { labelProblems } from '../../src/eval/labels';
import { floorBreaches, raised } from '../../src/eval/floors';
import { locate } from '../../src/eval/locate';
import { scorePage, summarize } from '../../src/eval/score';

const BLOCKS = ['ICE lost  track of 32,000 children.', 'It did not serve 291,000 of them; 100 officials were interviewed.'];

function figure(block: number, start: number, end: number, verdict: Annotation['verdict'], ref: string, matches: number | null): Annotation {
  const text = BLOCKS[block]?.slice(start, end) ?? '';
  return {
    kind: 'figure', text, value: null, matches, report: 'R-1', ref, verdict, caveats: [], framings: [], source: '',
    selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' }, block, start, end,
  };
}

const PAGE: PageLabel = {
  id: 'p', file: 'p.html', split: 'dev', lang: 'en', kind: 'news', rows: [], covers: ['R-1'],
  figures: [
    { text: '32,000', in: 'lost track of 32,000', value: 32000, figure: 'r-1/F32', report: 'R-1', verdicts: ['needs-context'] },
    { text: '291,000', in: 'serve 291,000 of them', value: 291000, figure: 'r-1/F291', report: 'R-1', verdicts: ['supported'] },
  ],
  quotes: [],
  ignore: [{ text: '100', in: '100 officials' }],
};

const analysis = (annotations: Annotation[]): PageAnalysis => ({ title: '', covers: true, reports: ['R-1'], annotations });

describe('locate', () => {
  it('finds a label by its snippet whatever the whitespace, and maps back to block offsets', () => {
    expect(locate(BLOCKS, 'lost track of 32,000', '32,000')).toEqual({ block: 0, start: 19, end: 25 });
    expect(locate(BLOCKS, 'not in the page')).toBeNull();
  });
});

describe('scorePage', () => {
  it('counts a figure found with the right id and an allowed verdict as agreed', () => {
    const s = scorePage(PAGE, analysis([figure(0, 19, 25, 'needs-context', 'r-1/F32', 32000)]), BLOCKS);
    expect(s.figures.map((f) => [f.figureOk, f.verdictOk])).toEqual([[true, true], [false, false]]);
    expect(s.failures).toEqual([]);
  });

  it('calls "supported" where the labels do not allow it a false supported', () => {
    const s = scorePage(PAGE, analysis([figure(0, 19, 25, 'supported', 'r-1/F32', 32000)]), BLOCKS);
    expect(s.failures.map((f) => f.kind)).toEqual(['false-supported']);
  });

  it('calls "misleading" on a number that must stay bare a false misleading', () => {
    const at = BLOCKS[1]?.indexOf('100') ?? -1;
    const s = scorePage(PAGE, analysis([figure(1, at, at + 3, 'misleading', 'x', null)]), BLOCKS);
    expect(s.failures.map((f) => [f.kind, f.allowed])).toEqual([['false-misleading', 'nothing: a number that must stay bare']]);
  });

  it('judges every annotation on a look-alike page', () => {
    const lookalike: PageLabel = { ...PAGE, covers: [], figures: [], ignore: [] };
    const s = scorePage(lookalike, analysis([figure(0, 19, 25, 'supported', 'r-1/F32', 32000)]), BLOCKS);
    expect(s.failures.map((f) => f.kind)).toEqual(['false-supported']);
    const sum = summarize([s], ['R-1']);
    expect(sum.overall.lookalikesFlagged).toBe(1);
  });

  it('adds up rates: recall over labelled figures, agreement over annotated ones', () => {
    const s = scorePage(PAGE, analysis([figure(0, 19, 25, 'needs-context', 'r-1/F32', 32000)]), BLOCKS);
    const { overall } = summarize([s], ['R-1']);
    expect([overall.figureRecall, overall.verdictAgreement, overall.coverageRecall]).toEqual([0.5, 1, 1]);
  });
});

describe('labelProblems', () => {
  it('names a figure whose snippet does not hold its text', () => {
    const bad = { pages: [{ ...PAGE, figures: [{ ...PAGE.figures[0], in: 'elsewhere' }] }] };
    expect(labelProblems('set', bad)).toEqual(['set: p: figures[0]: "in" does not contain "text"']);
  });
});

describe('floors', () => {
  it('are raised a little under the score, never lowered, and breached only below', () => {
    const s = scorePage(PAGE, analysis([figure(0, 19, 25, 'needs-context', 'r-1/F32', 32000)]), BLOCKS);
    const summary = summarize([s], ['R-1']);
    expect(raised({ figureRecall: 0.2 }, summary.overall).figureRecall).toBe(0.495);
    expect(raised({ figureRecall: 0.9 }, summary.overall).figureRecall).toBe(0.9);
    const floors = { overall: { figureRecall: 0.9 }, byReport: {}, byLanguage: {} };
    expect(floorBreaches(summary, floors)).toEqual(['overall: figureRecall 0.500 < floor 0.9']);
    expect(floorBreaches(summary, { ...floors, overall: { figureRecall: 0.5 } })).toEqual([]);
  });
});
