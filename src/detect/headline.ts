/**
 * The headline and the dek (the line under it), found in the page itself. Readability
 * usually drops an `<h1>` that repeats the page's title, and a dek it takes for furniture,
 * yet that is where "lost track of 32,000" is printed in the largest type. They are
 * article text: the engine reads them like the body. The `<title>` element, navigation and
 * other pages' headlines (related links, trending lists) are not.
 */
import { WORD } from '../extract/chars';
import { isFurniture, isSkippedElement } from './article';

export interface PageHeadline {
  headline: string | null;
  dek: string | null;
}

/** Share of the title's words a heading must hold to be taken for the headline. */
const TITLE_OVERLAP = 0.6;
/** A lone `<h1>` with fewer words is a masthead or a section name, not a headline. */
const MIN_HEADLINE_WORDS = 4;
/** A dek is a sentence or two; longer text under the headline is the body. */
const MAX_DEK_WORDS = 60;
/** How a page marks a dek (standfirst, summary line) by class or id. */
const DEK_CLASS = /(^|[\s_-])(dek|deck|standfirst|subtitle|sub-?headline|subhead|strapline|summary|excerpt|lede|description|kicker-sub|article-sub)($|[\s_-])/i;

const WORDS = new RegExp(`[${WORD}]+`, 'g');

function words(s: string): string[] {
  return s.toLowerCase().match(WORDS) ?? [];
}

function visibleText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Inside navigation, a footer, an aside or page furniture: not this article's headline. */
function inChrome(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE') return true;
    if (isSkippedElement(node) || isFurniture(node)) return true;
  }
  return false;
}

function overlap(heading: string, title: string): number {
  const want = new Set(words(title));
  const have = words(heading);
  if (have.length === 0 || want.size === 0) return 0;
  return have.filter((w) => want.has(w)).length / Math.max(have.length, Math.min(want.size, have.length));
}

function findHeadline(doc: Document, title: string): Element | null {
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => !inChrome(h) && visibleText(h) !== '');
  const scored = h1s.map((h) => ({ h, score: overlap(visibleText(h), title) })).sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (best && best.score >= TITLE_OVERLAP) return best.h;
  const only = h1s.length === 1 ? h1s[0] : undefined;
  return only && words(visibleText(only)).length >= MIN_HEADLINE_WORDS ? only : null;
}

/** The element after the headline that reads as its dek: marked as one, or an `<h2>` right under it. */
function findDek(headline: Element): Element | null {
  let next = headline.nextElementSibling;
  // A byline or a date line may sit between them; look a few elements on.
  for (let i = 0; next && i < 3; i++, next = next.nextElementSibling) {
    const text = visibleText(next);
    const n = words(text).length;
    if (n === 0 || n > MAX_DEK_WORDS) continue;
    const marked = DEK_CLASS.test(`${next.getAttribute('class') ?? ''} ${next.getAttribute('id') ?? ''}`);
    if (marked || (i === 0 && next.tagName.toUpperCase() === 'H2')) return next;
  }
  return null;
}

export function findHeadlineAndDek(doc: Document, title: string): PageHeadline {
  const headline = findHeadline(doc, title);
  if (!headline) return { headline: null, dek: null };
  const dek = findDek(headline) ?? (headline.parentElement && headline.parentElement.tagName.toUpperCase() !== 'BODY' ? findDek(headline.parentElement) : null);
  return { headline: headline.textContent ?? '', dek: dek ? (dek.textContent ?? '') : null };
}
