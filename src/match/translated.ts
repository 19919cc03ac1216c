/**
 * Quotations in translation. A Spanish article quoting the report quotes a translation of
 * it: the words can be neither the report's nor a misquotation of them in our sense, and a
 * translation is not judged word by word. Such a quotation is linked to the passage it
 * translates when it holds enough of that passage's key terms in its language (the
 * passage's `translationTerms`, knowledge data) and no number the passage does not state;
 * the card then shows the report's own English words. One that cannot be linked, or that
 * two passages explain equally well, is left alone.
 */
import { findNumbers } from '../extract/numbers';
import { countWords } from '../extract/text';
import type { Passage, Report } from '../knowledge/types';
import { findTerms } from './terms';

/** Two of a passage's key terms make a quotation that passage's translation... */
const MIN_TERMS = 2;
/**
 * ...or one, when its words are most of the quotation: "no pudieron dar cuenta" is the
 * whole of "not able to account", and says nothing else.
 */
const MIN_COVERED_SHARE = 0.6;

export interface TranslationLink {
  report: Report;
  passage: Passage;
  /** The key terms found, in the quotation's words. */
  terms: string[];
}

interface Scored extends TranslationLink {
  covered: number;
}

function numbersOf(text: string): number[] {
  return findNumbers(text).flatMap((n) => (n.value !== null && (n.kind === 'count' || n.kind === 'magnitude') ? [n.value] : []));
}

function score(text: string, passage: Passage, language: string): { terms: string[]; covered: number } | null {
  const groups = passage.translationTerms?.[language];
  if (!groups) return null;
  const terms: string[] = [];
  let covered = 0;
  for (const group of groups) {
    const hit = findTerms(text, group)[0];
    if (!hit) continue;
    terms.push(text.slice(hit.start, hit.end));
    covered += countWords(hit.term);
  }
  return { terms, covered };
}

/**
 * The passage that `text`, a quotation in `language`, translates; null when none holds
 * enough of its key terms, or when the best two are tied.
 */
export function linkTranslation(
  text: string,
  language: string,
  passages: readonly { report: Report; passage: Passage }[],
): TranslationLink | null {
  const words = countWords(text);
  const own = numbersOf(text);
  const scored: Scored[] = [];
  for (const { report, passage } of passages) {
    const s = score(text, passage, language);
    if (!s) continue;
    const enough = s.terms.length >= MIN_TERMS || (s.terms.length === 1 && s.covered >= words * MIN_COVERED_SHARE);
    if (!enough) continue;
    // A number the passage does not state is not this passage's (nor, judged here, a translation).
    const stated = new Set(numbersOf(passage.selector.exact));
    if (own.some((n) => !stated.has(n))) continue;
    scored.push({ report, passage, terms: s.terms, covered: s.covered });
  }
  scored.sort((a, b) => b.terms.length - a.terms.length || b.covered - a.covered);
  const [best, second] = scored;
  if (!best) return null;
  if (second && second.terms.length === best.terms.length && second.covered === best.covered) return null;
  const { report, passage, terms } = best;
  return { report, passage, terms };
}
