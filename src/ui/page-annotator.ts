/**
 * One pass over a live page: the engine's analysis, mapped back to the DOM and wrapped in
 * highlights. Running it again (late content, navigation in a single-page site) only adds
 * highlights for words that are not highlighted yet, so nothing is annotated twice.
 */
import type { Engine } from '../annotate/analyze';
import { anchor, indexText, nodeSegments } from '../annotate/anchor';
import { createHighlightState, HIGHLIGHT_TAG, removeHighlights, wrapRange, type HighlightState } from '../annotate/highlight';
import type { Annotation, PageAnalysis } from '../annotate/types';
import { cardModel, type CardModel } from './card-model';
import { describeHighlight } from './highlight-a11y';
import type { Locale } from './i18n';
import type { Settings } from './settings';
import { summarize, type PageSummary } from './summary';

export interface PageAnnotations {
  summary: PageSummary;
  model(id: string): CardModel | null;
  /** Removes every highlight; the DOM is as it was before the first pass. */
  clear(): void;
}

function keyOf(a: Annotation): string {
  return `${a.kind}|${a.selector.prefix}|${a.selector.exact}|${a.selector.suffix}`;
}

/** A figure may sit inside a highlighted quotation, but never inside another figure. */
function insideHighlight(node: Node, kind: Annotation['kind']): boolean {
  return !!node.parentElement?.closest(`${HIGHLIGHT_TAG}[data-source-lens="${kind}"]`);
}

export interface PageAnnotator {
  /** Highlights for an analysis (the session makes it in steps, then applies it). */
  apply(analysis: PageAnalysis): PageAnnotations;
}

export function createPageAnnotator(doc: Document, engine: Engine, settings: () => Settings, locale: () => Locale): PageAnnotator {
  const state: HighlightState = createHighlightState();
  const byKey = new Map<string, { id: string; annotation: Annotation }>();
  let next = 0;

  const view = (summary: PageSummary): PageAnnotations => ({
    summary,
    model(id) {
      for (const entry of byKey.values()) if (entry.id === id) return cardModel(entry.annotation, engine, { locale: locale(), articleLang: doc.documentElement.lang });
      return null;
    },
    clear() {
      removeHighlights(state);
      byKey.clear();
    },
  });

  const apply = (analysis: PageAnalysis): PageAnnotations => {
    const { show, style } = settings();
    // A paragraph a page repeats gives the same selector again: anchor each one once.
    const keys = new Set<string>();
    const fresh = analysis.annotations.filter((a) => {
      const key = keyOf(a);
      if ((show !== 'all' && a.verdict === 'supported') || byKey.has(key) || keys.has(key)) return false;
      keys.add(key);
      return true;
    });
    // Anchor everything against one index of the page's text; wrapping keeps the index
    // true (see wrapRange), so a figure inside a quotation needs no second index.
    const index = indexText(doc.body);
    const placed = fresh
      .map((a) => ({ a, at: anchor(index, a.selector) }))
      .filter((p): p is { a: Annotation; at: { start: number; end: number } } => p.at !== null)
      .sort((x, y) => y.at.start - x.at.start || x.at.end - y.at.end);
    for (const { a, at } of placed) {
      // Already wrapped by an earlier pass or an overlapping annotation of the same kind: leave it.
      if (nodeSegments(index, at.start, at.end).some((s) => insideHighlight(s.node, a.kind))) continue;
      const id = `sl${next++}`;
      const wrappers = wrapRange(doc, index, at.start, at.end, a, id, state, style);
      const [focusable] = wrappers;
      if (!focusable) continue;
      describeHighlight(focusable, a.verdict);
      byKey.set(keyOf(a), { id, annotation: a });
    }
    // The summary lists annotations in page order, whatever order they were wrapped in.
    const order = new Map(analysis.annotations.map((a, i) => [keyOf(a), i]));
    const kept = [...byKey.entries()].sort((x, y) => (order.get(x[0]) ?? 0) - (order.get(y[0]) ?? 0)).map(([, v]) => v);
    const page = { url: doc.location?.href ?? '', title: doc.title, lang: doc.documentElement.lang };
    const summary = summarize({ ...analysis, annotations: kept.map((k) => k.annotation) }, engine, page, kept.map((k) => k.id));
    return view(summary);
  };

  return { apply };
}
