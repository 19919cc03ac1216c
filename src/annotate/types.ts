/**
 * What the engine says about a page. This is the shape the content script, the popup and
 * the `check` command all consume; `check --json` prints it almost as is.
 */
import type { TextQuoteSelector } from '../knowledge/types';

export type Verdict = 'supported' | 'needs-context' | 'misleading' | 'other-source';

/** `translated`: a quotation in another language, linked to the passage it translates (never judged word by word). */
export type QuoteMatch = 'verbatim' | 'close' | 'altered' | 'not-found' | 'translated';

/** Most serious first: the popup and badge show the worst verdict on the page. */
export const VERDICT_ORDER: readonly Verdict[] = ['misleading', 'needs-context', 'other-source', 'supported'];

interface AnnotationBase {
  /** The words as the page shows them. */
  text: string;
  /**
   * The report's number ("OIG-24-46") for report figures, quotes and known distortions;
   * the other source's id ("nyt-2023-85000") for an other-source figure.
   */
  report: string;
  verdict: Verdict;
  /** Caveat ids, in the order a card should show them. */
  caveats: string[];
  /** Primary document URL, with #page=N where the page is known. */
  source: string;
  /** Finds the words again in the live page: exact text with the words around it. */
  selector: TextQuoteSelector;
  /** Index of the article block holding the words, and the offsets inside it. */
  block: number;
  start: number;
  end: number;
}

export interface FigureAnnotation extends AnnotationBase {
  kind: 'figure';
  /** The number as the article states it (32K -> 32000). */
  value: number | null;
  /** The report figure it refers to, or null for a distortion or another source. */
  matches: number | null;
  /** Knowledge-base id of the figure, distortion or other source behind the verdict. */
  ref: string;
  /** Framings found next to the figure ("missing", "one-administration"...). */
  framings: string[];
}

export interface QuoteAnnotation extends AnnotationBase {
  kind: 'quote';
  /** Passage id, or the misattributed-quote id for words that are someone else's. */
  passage: string;
  match: QuoteMatch;
  /** The passage words the quotation corresponds to (the nearest ones for not-found; the whole passage for translated). */
  reportText: string;
  /** Word-level differences between the article's wording and the report's. */
  diff: { type: 'equal' | 'changed' | 'added' | 'omitted' | 'editorial'; article: string; report: string }[];
}

export type Annotation = FigureAnnotation | QuoteAnnotation;

export interface PageAnalysis {
  title: string;
  covers: boolean;
  /** Report numbers the page covers, e.g. ["OIG-24-46"]. */
  reports: string[];
  annotations: Annotation[];
}
