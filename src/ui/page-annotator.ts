/**
 * One pass over a live page: the engine's analysis, mapped back to the DOM and wrapped in
 * highlights. Running it again (late content, navigation in a single-page site) only adds
 * highlights for words that are not highlighted yet, so nothing is annotated twice.
 */
import { analyzeDocument, type Engine } from '../annotate/analyze';
import { anchor, indexText, nodeSegments } from '../annotate/anchor';
import { createHighlightState, HIGHLIGHT_TAG, removeHighlights, wrapRange, type HighlightState } from '../annotate/highlight';
import type { Annotation } from '../annotate/types';
import { cardModel, type CardModel } from './card-model';
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
  run(): PageAnnotations;
}

export function createPageAnnotator(doc: Document, engine: Engine, settings: () => Settings): PageAnnotator {
  const state: HighlightState = createHighlightState();
  const byKey = new Map<string, { id: string; annotation: Annotation }>();
  let next = 0;

  const view = (summary: PageSummary): PageAnnotations => ({
    summary,
    model(id) {
      for (const entry of byKey.values()) if (entry.id === id) return cardModel(entry.annotation, engine);
      return null;
    },
    clear() {
      removeHighlights(state);
      byKey.clear();
    },
  });

  return {
    run() {
      const analysis = analyzeDocument(doc, engine);
      const { show, style } = settings();
      const shown = analysis.annotations.filter((a) => show === 'all' || a.verdict !== 'supported');
      for (const a of shown) {
        const key = keyOf(a);
        if (byKey.has(key)) continue;
        const index = indexText(doc.body);
        const at = anchor(index, a.selector);
        if (!at) continue;
        // Already wrapped by an earlier pass or an overlapping annotation: leave it.
        if (nodeSegments(index, at.start, at.end).some((s) => insideHighlight(s.node, a.kind))) continue;
        const id = `sl${next++}`;
        const wrappers = wrapRange(doc, index, at.start, at.end, a, id, state, style);
        if (wrappers.length > 0) byKey.set(key, { id, annotation: a });
      }
      const kept = [...byKey.values()];
      const page = { url: doc.location?.href ?? '', title: doc.title };
      const summary = summarize({ ...analysis, annotations: kept.map((k) => k.annotation) }, engine, page, kept.map((k) => k.id));
      return view(summary);
    },
  };
}
