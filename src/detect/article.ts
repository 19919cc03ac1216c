import { declaredLanguage } from './language';
import { Readability } from '@mozilla/readability';
import { boundTree } from './bound-tree';
import { findHeadlineAndDek } from './headline';
import { markedStory } from './story';

/**
 * The article's own text, as blocks (paragraphs, headings, list items, block quotes).
 * Everything the extract and match stages see comes from here, so navigation, sidebars,
 * "trending" lists, ads, captions and comments never reach them.
 */

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'blockquote' | 'list-item' | 'cell';

export interface Block {
  kind: BlockKind;
  /** Text exactly as the page has it (text nodes concatenated, whitespace untouched). */
  text: string;
  /** Innermost block quote around this block, when it is one; lets a quote span its paragraphs. */
  quoteGroup: number | null;
}

export interface Article {
  title: string;
  blocks: Block[];
  /** The language tag the page declares (`<html lang>`, `og:locale`), as written. */
  lang?: string | null;
}

const BLOCK_TAGS = new Set([
  'P', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'DD', 'DT', 'DIV', 'SECTION',
  'ARTICLE', 'UL', 'OL', 'TABLE', 'TR', 'TBODY', 'THEAD', 'DL', 'MAIN', 'HEADER', 'BR', 'HR',
]);

/** Never article prose: code, forms, media, captions and page furniture that Readability may keep. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'KBD', 'SAMP', 'TEXTAREA', 'INPUT', 'SELECT',
  'BUTTON', 'OPTION', 'FORM', 'FIGCAPTION', 'FIGURE', 'NAV', 'ASIDE', 'FOOTER', 'SVG', 'IFRAME', 'OBJECT',
  'CANVAS', 'VIDEO', 'AUDIO', 'MATH', 'LABEL',
]);

const NEVER_PROSE =
  'script, style, noscript, template, textarea, input, select, pre, [contenteditable]:not([contenteditable="false"])';

const FURNITURE = /(^|[\s_-])(caption|credit|byline|related|trending|promo|newsletter|share|social|comments?|advert|ad|ads|sponsor|outbrain|taboola|sidebar|breadcrumbs?|tags?)($|[\s_-])/i;

function kindOf(tag: string): BlockKind {
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DD' || tag === 'DT') return 'list-item';
  if (tag === 'TD' || tag === 'TH') return 'cell';
  return 'paragraph';
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
}

/** Page furniture by its class or id: "trending", "related", "ad", "comments"... */
export function isFurniture(el: Element): boolean {
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return cls.trim() !== '' && FURNITURE.test(cls);
}

/**
 * Furniture is only skipped when it is a small part of the text: an <article
 * class="has-share-buttons"> holding the whole story is the story, not a share bar.
 */
const FURNITURE_MAX_SHARE = 0.4;

/** Split an element's text into blocks, following the page's own block structure. */
export function blocksOf(root: Element): Block[] {
  const blocks: Block[] = [];
  let quoteCount = 0;
  let current = '';
  let currentKind: BlockKind = 'paragraph';
  let currentQuote: number | null = null;

  const flush = () => {
    if (current.trim()) blocks.push({ kind: currentKind, text: current, quoteGroup: currentQuote });
    current = '';
  };

  const rootLength = Math.max(1, (root.textContent ?? '').length);
  const walk = (node: Node, kind: BlockKind, quote: number | null) => {
    if (node.nodeType === 3) {
      if (current === '') {
        currentKind = kind;
        currentQuote = quote;
      }
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isSkippedElement(el)) return;
    if (isFurniture(el) && (el.textContent ?? '').length < rootLength * FURNITURE_MAX_SHARE) return;
    const tag = el.tagName.toUpperCase();
    const isBlock = BLOCK_TAGS.has(tag);
    let childKind = kind;
    let childQuote = quote;
    if (tag === 'BLOCKQUOTE') {
      childQuote = quoteCount++;
      childKind = 'blockquote';
    } else if (isBlock && tag !== 'DIV' && tag !== 'SECTION' && tag !== 'BR' && tag !== 'HR') {
      childKind = quote !== null ? 'blockquote' : kindOf(tag);
    }
    if (isBlock) flush();
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, childKind, childQuote);
    if (isBlock) flush();
  };

  walk(root, 'paragraph', null);
  flush();
  return blocks;
}

function normalizedText(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Prose (characters of the body's text, scripts and furniture left out) past which a page
 * that marks its story is read from that story without Readability. Readability ran at
 * about 6 MB/s in Chromium on the benchmark's 5 MB article (836 ms in one call, a task no
 * idle callback can split), so 200,000 characters is about 35 ms, within the 50 ms a task
 * may take. One fixture page crosses it, yahoo-2 (200,572): its <article> gives all 16 of
 * Readability's blocks and one more; the next longest with a marked story has 178,683
 * (lazy-image-2), and the longest of all (wikipedia-2, 493,000) marks none.
 */
export const HUGE_PROSE_CHARS = 200_000;

/**
 * What the article is read from: Readability's pick in a bounded clone of the page, or, on
 * a huge page, the story the page marks (its <article> or <main>). On such a page the story
 * is the article: finding it among furniture is what Readability is for, and its full
 * analysis of every paragraph of a megabyte-long story costs seconds and keeps no more.
 * Splitting the page would change Readability's judgment of each piece; bounding the DOM
 * by cutting it would lose the end of the story.
 */
export type ArticleSource =
  | { kind: 'readability'; document: Document }
  | { kind: 'story'; story: Element; title: string };

/** The clone of `doc` that the article is read from (it is never the live page). */
export function articleSource(doc: Document): ArticleSource {
  const clone = doc.cloneNode(true) as Document;
  // Deep nesting costs Readability the cube of its depth (bound-tree.ts): bounded first,
  // before any step below reads the text of every element.
  if (clone.body) boundTree(clone.body, { isSkipped: isSkippedElement, isBlock: isBlockElement });
  // Readability rewrites what it keeps (an editable <div> comes back as a plain <p>), so
  // what must never be annotated is removed from the clone before it looks.
  for (const el of Array.from(clone.querySelectorAll(NEVER_PROSE))) el.parentNode?.removeChild(el);
  // It also turns a <div class="ad"> into a bare <p>: small furniture goes before it looks too.
  const bodyLength = Math.max(1, (clone.body?.textContent ?? '').length);
  for (const el of Array.from(clone.querySelectorAll('[class], [id]'))) {
    if (isFurniture(el) && (el.textContent ?? '').length < bodyLength * FURNITURE_MAX_SHARE) el.parentNode?.removeChild(el);
  }
  const story = bodyLength > HUGE_PROSE_CHARS ? markedStory(clone) : null;
  if (story) return { kind: 'story', story, title: (clone.title ?? '').trim() };
  return { kind: 'readability', document: clone };
}

/** The article's root element and title from its source, Readability's where it runs. */
function articleRoot(source: ArticleSource): { root: Element; title: string } | null {
  if (source.kind === 'story') return { root: source.story, title: source.title };
  // Classes are kept so that ads, "related" boxes and comment threads Readability lets
  // through can still be recognised as furniture.
  const parsed = new Readability<Element>(source.document, { serializer: (node) => node as Element, keepClasses: true }).parse();
  if (!parsed?.content) return null;
  return { root: parsed.content, title: (parsed.title ?? '').trim() };
}

/**
 * The article's blocks (from Readability's pick, or a huge page's marked story), led by
 * the page's headline and dek (headline.ts) where they are not in the body already.
 */
export function extractArticle(doc: Document): Article | null {
  const found = articleRoot(articleSource(doc));
  if (!found) return null;
  const { title } = found;
  const blocks = blocksOf(found.root);
  // The headline and dek as the live page shows them (so they can be found there again),
  // first, unless Readability kept them in the body already.
  const { headline, dek } = findHeadlineAndDek(doc, title);
  const kept = new Set(blocks.map((b) => normalizedText(b.text)));
  const lead: Block[] = [];
  if (headline && !kept.has(normalizedText(headline))) lead.push({ kind: 'title', text: headline, quoteGroup: null });
  if (dek && !kept.has(normalizedText(dek))) lead.push({ kind: 'heading', text: dek, quoteGroup: null });
  return { title, blocks: [...lead, ...blocks], lang: declaredLanguage(doc) };
}
