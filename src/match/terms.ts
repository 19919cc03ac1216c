/**
 * Finding knowledge-base terms ("failed to appear", "notice to appear") in an article's
 * sentence. Exact whole-word matching comes first; phrases may also match fuzzily
 * through fuse.js, so "immigration-court hearings" or "fail to appear" still count.
 * Fuse's defaults score a match by its distance from the start of the text, which would
 * hide a term in the middle of a long sentence: `ignoreLocation` turns that off.
 */
import Fuse from 'fuse.js';
import { foldCase, phraseHits, phraseOf } from '../extract/phrases';
import { WORD } from '../extract/chars';

const WINDOW_WORDS = new RegExp(`[${WORD}'\u2019]+`, 'g');

/**
 * Only phrases are matched fuzzily, against windows of as many whole words: a single word
 * would match inside another ("apartment" in "Department"), and its inflections are few.
 */
const FUZZY_MIN_LENGTH = 10;
const FUZZY_THRESHOLD = 0.2;
const FUZZY_LENGTH_SLACK = 3;

export interface TermHit {
  term: string;
  start: number;
  end: number;
}

/**
 * What is known of the texts last searched. The same sentence is searched for several term
 * lists in a row (a figure's context, then the next candidate figure's, then again with
 * the previous sentence): it is folded once, its word windows indexed once per size, and
 * each fuzzy verdict kept.
 */
interface TextMemo {
  text: string;
  folded: string;
  windows: Map<number, Fuse<string>>;
  fuzzy: Map<string, boolean>;
}

const memos = new Map<string, TextMemo>();
/** A sentence and the one before it, for a few figures at a time: a handful is plenty. */
const MEMO_SIZE = 8;

function memoFor(text: string): TextMemo {
  let found = memos.get(text);
  if (!found) {
    if (memos.size >= MEMO_SIZE) memos.delete(memos.keys().next().value as string);
    found = { text, folded: foldCase(text), windows: new Map(), fuzzy: new Map() };
    memos.set(text, found);
  }
  return found;
}

function folded(text: string): string {
  return memoFor(text).folded;
}

/** Every exact, whole-word occurrence of each term (case and apostrophe style ignored). */
export function findTerms(text: string, terms: readonly string[]): TermHit[] {
  const hits: TermHit[] = [];
  const lower = folded(text);
  for (const term of terms) {
    const phrase = phraseOf(term);
    if (!phrase) continue;
    for (const h of phraseHits(lower, phrase)) hits.push({ term, start: h.start, end: h.end });
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

function wordWindows(text: string, size: number): string[] {
  const words = text.toLowerCase().match(WINDOW_WORDS) ?? [];
  const out: string[] = [];
  for (let i = 0; i + size <= words.length; i++) out.push(words.slice(i, i + size).join(' '));
  return out;
}

/**
 * The distinct terms that occur in the text, exactly or (for phrases) fuzzily. With
 * `fuzzy: false` only exact matches are looked for: callers try that cheap pass first.
 */
export function termsPresent(text: string, terms: readonly string[], options: { fuzzy: boolean } = { fuzzy: true }): string[] {
  const found = new Set(findTerms(text, terms).map((h) => h.term));
  if (!options.fuzzy) return terms.filter((t) => found.has(t));
  // A phrase with a digit is matched exactly: "2015 audit" is not a misspelt "2023 audit".
  const fuzzy = terms.filter((t) => !found.has(t) && t.length >= FUZZY_MIN_LENGTH && /\s/.test(t.trim()) && !/[0-9]/.test(t));
  const known = memoFor(text);
  for (const term of fuzzy) {
    let hit = known.fuzzy.get(term);
    if (hit === undefined) {
      const size = term.trim().split(/\s+/).length;
      let fuse = known.windows.get(size);
      if (!fuse) {
        fuse = new Fuse(wordWindows(text, size), { ignoreLocation: true, threshold: FUZZY_THRESHOLD, includeScore: true });
        known.windows.set(size, fuse);
      }
      hit = fuse.search(term).some((r) => Math.abs(r.item.length - term.length) <= FUZZY_LENGTH_SLACK);
      known.fuzzy.set(term, hit);
    }
    if (hit) found.add(term);
  }
  return terms.filter((t) => found.has(t));
}
