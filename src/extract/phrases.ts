/**
 * Finding knowledge-base phrases ("failed to appear", "ICE") in text, whole words only and
 * in any case, without regular expressions. A content script runs cold on every page, and
 * each of the few hundred phrases compiled as a regex costs its compile; here a phrase is
 * its words, and a search is `indexOf` on the text folded once to lower case.
 *
 * The rules: letters and digits (`isWordCode` in text.ts) make words, so "ice" is not found
 * in "notice" or "ICEé"; between a phrase's words any run of spaces, no-break
 * spaces and hyphens will do ("unaccompanied-migrant  children"); a straight apostrophe in a
 * phrase also matches a curly one; everything else in a phrase is literal ("U.S.").
 */
import { isWordCode, lowerKeepingLength } from './chars';

export interface Phrase {
  /** The phrase as written in the knowledge base. */
  term: string;
  /** Its words, folded; never empty. */
  words: string[];
}

/** Spaces (as a regex's `\s` knows them) and the hyphen: what may join a phrase's words. */
export function isJoinCode(c: number): boolean {
  return (
    c === 32 || c === 45 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff
  );
}

/** Same length as the input: lower case, and the curly apostrophe as a straight one. */
export function foldCase(text: string): string {
  const lower = lowerKeepingLength(text);
  return lower.includes('\u2019') ? lower.replaceAll('\u2019', "'") : lower;
}

export function compilePhrase(term: string): Phrase | null {
  // A lone dash between words ("Alert - ICE") is one more joiner, not a word.
  const words = foldCase(term.trim())
    .split(/\s+/)
    .filter((w) => w !== '' && ![...w].every((ch) => isJoinCode(ch.charCodeAt(0))));
  return words.length > 0 ? { term, words } : null;
}

/** End of the phrase if it starts at `at` in `folded`, else -1. */
export function matchAt(folded: string, words: readonly string[], at: number): number {
  if (at > 0 && isWordCode(folded.charCodeAt(at - 1))) return -1;
  if (!folded.startsWith(words[0] as string, at)) return -1;
  let p = at + (words[0] as string).length;
  for (let i = 1; i < words.length; i++) {
    let q = p;
    while (q < folded.length && isJoinCode(folded.charCodeAt(q))) q++;
    const word = words[i] as string;
    if (q === p || !folded.startsWith(word, q)) return -1;
    p = q + word.length;
  }
  return p < folded.length && isWordCode(folded.charCodeAt(p)) ? -1 : p;
}

/** Every occurrence of the phrase in text folded by `foldCase`, in order, none overlapping. */
export function phraseHits(folded: string, phrase: Phrase): { start: number; end: number }[] {
  const hits: { start: number; end: number }[] = [];
  const first = phrase.words[0] as string;
  for (let at = folded.indexOf(first); at !== -1; ) {
    const end = matchAt(folded, phrase.words, at);
    if (end === -1) {
      at = folded.indexOf(first, at + 1);
    } else {
      hits.push({ start: at, end });
      at = folded.indexOf(first, Math.max(end, at + 1));
    }
  }
  return hits;
}

export function hasPhrase(folded: string, phrase: Pick<Phrase, 'words'>): boolean {
  const first = phrase.words[0] as string;
  for (let at = folded.indexOf(first); at !== -1; at = folded.indexOf(first, at + 1)) {
    if (matchAt(folded, phrase.words, at) !== -1) return true;
  }
  return false;
}

const compiled = new Map<string, Phrase | null>();

/** `compilePhrase`, remembered: knowledge-base terms are few and asked for again and again. */
export function phraseOf(term: string): Phrase | null {
  let phrase = compiled.get(term);
  if (phrase === undefined) {
    phrase = compilePhrase(term);
    compiled.set(term, phrase);
  }
  return phrase;
}
