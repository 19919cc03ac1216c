/**
 * The cheap first look: is there any chance this page covers a report? It reads only the
 * page's text and runs a handful of precompiled regexes, so the vast majority of pages
 * (which cover nothing) are rejected without Readability, layout reads or DOM walks.
 * It errs on the side of passing: coverage.ts makes the real decision.
 */
import type { KnowledgeBase } from '../knowledge/types';
import { phraseRegex } from '../extract/text';

export interface Prefilter {
  /** Report numbers whose identifiers or every context group appear in the text. */
  candidates(text: string): string[];
}

interface ReportRule {
  number: string;
  identifiers: RegExp | null;
  groups: RegExp[];
}

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

export function compilePrefilter(kb: KnowledgeBase): Prefilter {
  const rules: ReportRule[] = kb.reports.map((r) => ({
    number: r.number,
    identifiers: phraseRegex(r.detection.identifiers, 'iu'),
    groups: r.detection.contextGroups
      .map((g) => phraseRegex(g.terms, 'iu'))
      .filter((re): re is RegExp => re !== null),
  }));
  return {
    candidates(text: string): string[] {
      const out: string[] = [];
      for (const rule of rules) {
        const named = rule.identifiers !== null && test(rule.identifiers, text);
        if (named || (rule.groups.length > 0 && rule.groups.every((g) => test(g, text)))) out.push(rule.number);
      }
      return out;
    },
  };
}
