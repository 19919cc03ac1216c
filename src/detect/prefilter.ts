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
  /** First words of the identifiers and of each group's terms, lower-cased, for a substring pre-check. */
  identifierWords: string[];
  groupWords: string[][];
}

const firstWords = (terms: readonly string[]) => [...new Set(terms.map((t) => t.trim().toLowerCase().split(/\s+/)[0] ?? '').filter(Boolean))];

/**
 * A necessary condition, checked with plain substring search on the lower-cased text: the
 * first word of some identifier, or of some term in every group, occurs somewhere. Most
 * pages fail it at once and never run a regex; content scripts run cold, so a regex not
 * compiled is time saved on every page.
 */
function mayMatch(rule: ReportRule, lower: string): boolean {
  if (rule.identifierWords.some((w) => hasWord(lower, w))) return true;
  return rule.groupWords.length > 0 && rule.groupWords.every((words) => words.some((w) => hasWord(lower, w)));
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0xc0;

/** `word` occurs in `lower` as a whole word ("ucs" in "the UCs", not in "products"). */
function hasWord(lower: string, word: string): boolean {
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    const before = at > 0 ? lower.charCodeAt(at - 1) : 32;
    const after = at + word.length < lower.length ? lower.charCodeAt(at + word.length) : 32;
    if (!isWordChar(before) && !isWordChar(after)) return true;
  }
  return false;
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
    identifierWords: firstWords(r.detection.identifiers),
    groupWords: r.detection.contextGroups.map((g) => firstWords(g.terms)),
  }));
  return {
    candidates(text: string): string[] {
      const out: string[] = [];
      const lower = text.toLowerCase();
      for (const rule of rules) {
        if (!mayMatch(rule, lower)) continue;
        const named = rule.identifiers !== null && test(rule.identifiers, text);
        if (named || (rule.groups.length > 0 && rule.groups.every((g) => test(g, text)))) out.push(rule.number);
      }
      return out;
    },
  };
}
