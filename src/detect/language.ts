/**
 * Which language a page, or one quotation on it, is written in. The page says so itself
 * most of the time (`<html lang>`, `og:locale`); where it does not, and for a quotation
 * (a Spanish article quoting the report in English), the knowledge base's language
 * profiles decide by their function words: the language whose words are most frequent,
 * by a clear margin, or none.
 */
import { LETTER } from '../extract/chars';
import type { LanguageProfile } from '../knowledge/types';

/** Fewer function words than this say nothing: "ICE failed to" is not a sample of English. */
const MIN_STOP_WORDS = 2;
/**
 * The winner's count must exceed the runner-up's by this factor: Spanish and Portuguese
 * share "que", "se", "para", and a tie is no answer.
 */
const MARGIN = 1.5;

const WORDS = new RegExp(`[${LETTER}]+(?:['\u2019][${LETTER}]+)?`, 'g');

export interface LanguageIndex {
  /** Function word -> the languages it belongs to. */
  words: Map<string, string[]>;
  ids: ReadonlySet<string>;
}

export function buildLanguageIndex(languages: readonly LanguageProfile[]): LanguageIndex {
  const words = new Map<string, string[]>();
  for (const lang of languages) {
    for (const w of lang.stopWords) words.set(w, [...(words.get(w) ?? []), lang.id]);
  }
  return { words, ids: new Set(languages.map((l) => l.id)) };
}

/** The language of a stretch of text by its function words, or null when they do not say. */
export function languageOfText(text: string, index: LanguageIndex): string | null {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().replace(/\u2019/g, "'").match(WORDS) ?? []) {
    for (const id of index.words.get(w) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < MIN_STOP_WORDS) return null;
  if (second && first[1] < second[1] * MARGIN) return null;
  return first[0];
}

/** "pt-BR", "es_419", "fr" -> "pt", "es", "fr"; null for a language without a profile. */
export function primaryLanguage(tag: string | null | undefined, index: LanguageIndex): string | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return index.ids.has(primary) ? primary : null;
}

/** The language tag the page declares: `<html lang>`, else `og:locale`; null when neither is there. */
export function declaredLanguage(doc: Document): string | null {
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  if (lang) return lang;
  return doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')?.trim() || null;
}

/** The page's language: what it declares, when a profile knows it, else what its text says, else null. */
export function pageLanguage(declared: string | null | undefined, text: string, index: LanguageIndex): string | null {
  return primaryLanguage(declared, index) ?? languageOfText(text, index);
}
