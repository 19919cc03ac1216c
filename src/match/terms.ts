/**
 * Finding knowledge-base terms ("failed to appear", "notice to appear") in an article's
 * sentence. Exact whole-word matching comes first; phrases may also match fuzzily
 * through fuse.js, so "immigration-court hearings" or "fail to appear" still count.
 * Fuse's defaults score a match by its distance from the start of the text, which would
 * hide a term in the middle of a long sentence: `ignoreLocation` turns that off.
 */
import Fuse from 'fuse.js';
import { foldCase, phraseHits, phraseOf } from '../extract/phrases';
import { WORD } from '../extract/text';

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

// The same sentence is searched for several term lists in a row: fold it once.
let lastText = '';
let lastFolded = '';

function folded(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastFolded = foldCase(text);
  }
  return lastFolded;
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
  const fuzzy = terms.filter((t) => !found.has(t) && t.length >= FUZZY_MIN_LENGTH && /\s/.test(t.trim()));
  const bySize = new Map<number, Fuse<string>>();
  for (const term of fuzzy) {
    const size = term.trim().split(/\s+/).length;
    let fuse = bySize.get(size);
    if (!fuse) {
      fuse = new Fuse(wordWindows(text, size), { ignoreLocation: true, threshold: FUZZY_THRESHOLD, includeScore: true });
      bySize.set(size, fuse);
    }
    const hit = fuse.search(term).some((r) => Math.abs(r.item.length - term.length) <= FUZZY_LENGTH_SLACK);
    if (hit) found.add(term);
  }
  return terms.filter((t) => found.has(t));
}
