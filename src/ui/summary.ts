/**
 * The page summary that the badge and the popup show, built from an analysis. Plain data
 * so it can travel in extension messages.
 */
import type { Engine } from '../annotate/analyze';
import type { PageAnalysis, Verdict } from '../annotate/types';
import { VERDICT_ORDER } from '../annotate/types';

export type PageState = 'covers' | 'no-coverage' | 'off-for-site' | 'off';

export interface SummaryItem {
  id: string;
  kind: 'figure' | 'quote';
  text: string;
  verdict: Verdict;
  report: string;
}

export interface PageSummary {
  state: PageState;
  url: string;
  title: string;
  /** The page's language (`<html lang>`), for the article's words in the popup; '' when unknown. */
  lang: string;
  reports: { number: string; title: string; date: string; documentUrl: string; oversightUrl: string }[];
  counts: Record<Verdict, number>;
  items: SummaryItem[];
  /** The most serious verdict on the page, for the badge colour. */
  worst: Verdict | null;
}

export function emptyCounts(): Record<Verdict, number> {
  return { supported: 0, 'needs-context': 0, misleading: 0, 'other-source': 0 };
}

/** The page a summary is about. */
export interface PageInfo {
  url: string;
  title: string;
  lang?: string;
}

export function summarize(
  analysis: PageAnalysis,
  engine: Engine,
  page: PageInfo,
  ids: readonly string[],
): PageSummary {
  const counts = emptyCounts();
  const items: SummaryItem[] = [];
  analysis.annotations.forEach((a, i) => {
    const id = ids[i];
    if (id === undefined) return;
    counts[a.verdict]++;
    items.push({ id, kind: a.kind, text: a.text, verdict: a.verdict, report: a.report });
  });
  const reports = analysis.reports.flatMap((n) => {
    const r = engine.reportsByNumber.get(n);
    return r ? [{ number: r.number, title: r.title, date: r.date, documentUrl: r.documentUrl, oversightUrl: r.oversightUrl }] : [];
  });
  return {
    state: analysis.covers ? 'covers' : 'no-coverage',
    url: page.url,
    title: page.title,
    lang: page.lang ?? '',
    reports,
    counts,
    items,
    worst: VERDICT_ORDER.find((v) => counts[v] > 0) ?? null,
  };
}

export function stateOnly(state: Exclude<PageState, 'covers'>, page: PageInfo): PageSummary {
  return { state, url: page.url, title: page.title, lang: page.lang ?? '', reports: [], counts: emptyCounts(), items: [], worst: null };
}
