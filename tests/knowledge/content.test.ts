/**
 * Facts the knowledge base must keep, whatever later edits do to wording. They come from
 * the project's reference notes on the two reports; the validator checks structure, these
 * check substance.
 */
import { describe, expect, it } from 'vitest';
import { indexKnowledgeBase } from '../../src/knowledge/load';
import { loadKnowledgeFromDisk } from '../../src/knowledge/node';
import type { Report } from '../../src/knowledge/types';

const { kb } = loadKnowledgeFromDisk();
const index = indexKnowledgeBase(kb);

function report(id: string): Report {
  const r = kb.reports.find((x) => x.id === id);
  if (!r) throw new Error(`no report ${id}`);
  return r;
}

function figure(id: string) {
  const entry = index.figures.get(id);
  if (!entry) throw new Error(`no figure ${id}`);
  return entry.figure;
}

describe('report metadata', () => {
  it('OIG-24-46', () => {
    const r = report('oig-24-46');
    expect(r.number).toBe('OIG-24-46');
    expect(r.date).toBe('2024-08-19');
    expect(r.textCoverage).toBe('excerpts');
    expect(r.documentUrl).toBe('https://www.oig.dhs.gov/sites/default/files/assets/2024-08/OIG-24-46-Aug24.pdf');
    expect(r.addressee).toMatch(/Lechleitner/);
  });

  it('OIG-25-21 (addressee not found)', () => {
    const r = report('oig-25-21');
    expect(r.date).toBe('2025-03-25');
    expect(r.addressee).toBeNull();
    expect(r.documentUrl).toBe('https://www.oig.dhs.gov/sites/default/files/assets/2025-03/OIG-25-21-Mar25.pdf');
  });
});

describe('passages', () => {
  it('hold the verbatim passages, one paraphrase of the final audit, and no page guessed', () => {
    expect(report('oig-24-46').passages.map((p) => p.id)).toEqual([
      'A-P0', 'A-P1', 'A-P2', 'A-P3', 'A-P4', 'A-P5', 'A-P6', 'A-P10', 'A-P11', 'A-P13-1', 'A-P13-2', 'A-P9',
    ]);
    expect(report('oig-25-21').passages.map((p) => p.id)).toEqual(['B-P0', 'B-P1', 'B-P2', 'B-P3', 'B-P4', 'B-P6']);
    // P0 is the title as oversight.gov lists it, so a quoted title is recognised.
    expect(report('oig-24-46').passages[0]?.selector.exact).toBe(report('oig-24-46').title);
    const paraphrases = (id: string) => report(id).passages.filter((p) => p.confidence === 'paraphrase').map((p) => p.id);
    expect(paraphrases('oig-24-46')).toEqual([]);
    expect(paraphrases('oig-25-21')).toEqual(['B-P6']);
    // The SSA report is known only second-hand: its outlets' paraphrases are marked as such.
    expect(report('a-06-21-51022').secondHand).toBe(true);
    expect(paraphrases('a-06-21-51022')).toEqual(expect.arrayContaining(['C-P4', 'C-P9']));
    for (const r of kb.reports) {
      for (const p of r.passages) expect(p.page).toBeNull();
    }
  });

  it('keep curly apostrophes and the fixed scraping artifacts', () => {
    const text = (id: string) => index.passages.get(id)?.passage.selector.exact ?? '';
    expect(text('A-P2')).toContain('ICE’s ability');
    expect(text('A-P3')).toContain('court date. These issues');
    expect(text('A-P3')).toMatch(/resource limitations\.$/);
    expect(text('A-P13-1')).toContain('Performing the Duties');
    expect(text('A-P4')).toContain('safety of UCs residing');
    expect(text('A-P4')).toContain('issued NTAs to the more than 291,000');
    expect(text('B-P1')).toContain('children’s release addresses');
  });

  it('mark stopped excerpts as truncated', () => {
    const truncated = kb.reports.flatMap((r) => r.passages.filter((p) => p.truncated).map((p) => p.id));
    expect(truncated.sort()).toEqual(['A-P11', 'A-P6', 'B-P3', 'C-P11', 'C-P3', 'C-P9']);
  });
});

describe('figures', () => {
  it('carry the report values and qualifiers', () => {
    expect(figure('oig-24-46/F32')).toMatchObject({ value: 32000, qualifier: 'more-than', passage: 'A-P2' });
    expect(figure('oig-24-46/F448')).toMatchObject({ value: 448000, qualifier: 'more-than', passage: 'A-P2' });
    expect(figure('oig-24-46/F291')).toMatchObject({ value: 291000, qualifier: 'more-than', passage: 'A-P3', period: 'as of May 2024' });
    expect(figure('oig-25-21/F448')).toMatchObject({ value: 448000, passage: 'B-P1' });
    expect(figure('oig-25-21/F31')).toMatchObject({ value: 31000, qualifier: 'more-than', passage: 'B-P1' });
    expect(figure('oig-25-21/F140')).toMatchObject({ value: 140, passage: 'B-P1' });
  });

  it('hold the final audit’s paraphrased findings on their paraphrase passage, and Table 1’s exact total', () => {
    expect(figure('oig-25-21/F233')).toMatchObject({ value: 233000, passage: 'B-P6' });
    expect(figure('oig-25-21/F43')).toMatchObject({ value: 43000, passage: 'B-P6' });
    expect(figure('oig-24-46/F448').exact).toBe(448820);
    // The eight field offices are a detail of a passage, not a figure.
    expect(kb.reports.flatMap((r) => r.figures.map((f) => f.value))).not.toContain(8);
  });

  it('rate the framings as agreed', () => {
    const severity = (fig: string, framing: string) =>
      figure(fig).framings.find((f) => f.framing === framing)?.severity;
    expect(severity('oig-24-46/F32', 'missing')).toBe('needs-context');
    expect(severity('oig-24-46/F291', 'missing')).toBe('misleading');
    expect(severity('oig-24-46/F448', 'lost')).toBe('misleading');
    expect(severity('oig-25-21/F31', 'missing')).toBe('misleading');
    expect(severity('oig-25-21/F31', 'no-address-sponsors')).toBe('misleading');
    for (const r of kb.reports) {
      for (const f of r.figures) {
        for (const fr of f.framings) {
          if (fr.framing === 'one-administration') expect(fr.severity).toBe('needs-context');
          if (fr.framing === 'trafficked-as-fact') expect(fr.severity).toBe('misleading');
        }
      }
    }
  });
});

describe('framings', () => {
  it('the two DHS reports define the framings their coverage uses (the engine knows none by id)', () => {
    for (const r of [report('oig-24-46'), report('oig-25-21')]) {
      const ids = r.framings.map((f) => f.id);
      for (const id of ['missing', 'lost', 'trafficked-as-fact', 'one-administration']) expect(ids).toContain(id);
    }
  });

  it("the report's own \"missing apartment numbers\" is not a missing framing", () => {
    const missing = report('oig-25-21').framings.find((f) => f.id === 'missing');
    expect(missing?.ignore).toContain('missing apartment');
  });
});

describe('caveats', () => {
  const all = kb.reports.flatMap((r) => r.caveats);

  it('8 to 14 per report', () => {
    for (const r of kb.reports) {
      expect(r.caveats.length).toBeGreaterThanOrEqual(8);
      expect(r.caveats.length).toBeLessThanOrEqual(14);
    }
  });

  it('never use the wrong "15 months" Trump-era figure', () => {
    for (const c of all) expect(c.text).not.toMatch(/15[ -]months?/i);
  });

  it('give the FY period correctly', () => {
    const period = index.caveats.get('period-two-administrations')?.text ?? '';
    expect(period).toContain('October 1, 2018');
    expect(period).toContain('September 30, 2023');
    expect(period).toContain('27½');
  });
});

describe('distortions and other sources', () => {
  it('the sums and inflations are distortions, not figures', () => {
    const d = new Map(kb.reports.flatMap((r) => r.distortions.map((x) => [x.id, x] as const)));
    expect(d.get('sum-320000')?.values).toEqual([320000, 323000, 325000]);
    expect(d.get('sum-300000')?.notWith).toEqual(['nearly', 'up-to']);
    expect(d.get('half-million-448000')?.values).toEqual([500000]);
    expect(d.get('ice-memo-600000')?.context).toContain('inspector general');
  });

  it("the Reuters memo story does not claim the report's 31,000", () => {
    const reuters = kb.otherSources.find((s) => s.id === 'reuters-2025-ice-memo');
    expect(reuters?.values).toEqual([600000]);
  });
});
