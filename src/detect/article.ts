import { declaredLanguage } from './language';
import { Readability } from '@mozilla/readability';
import { findHeadlineAndDek } from './headline';

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
 * Runs Readability on a clone (it rewrites the document it parses) and returns the
 * article's blocks, led by the page's headline and dek (headline.ts) where Readability
 * dropped them.
 */
export function extractArticle(doc: Document): Article | null {
  const clone = doc.cloneNode(true) as Document;
  // Readability rewrites what it keeps (an editable <div> comes back as a plain <p>), so
  // what must never be annotated is removed from the clone before it looks.
  for (const el of Array.from(clone.querySelectorAll(NEVER_PROSE))) el.parentNode?.removeChild(el);
  // It also turns a <div class="ad"> into a bare <p>: small furniture goes before it looks too.
  const bodyLength = Math.max(1, (clone.body?.textContent ?? '').length);
  for (const el of Array.from(clone.querySelectorAll('[class], [id]'))) {
    if (isFurniture(el) && (el.textContent ?? '').length < bodyLength * FURNITURE_MAX_SHARE) el.parentNode?.removeChild(el);
  }
  // Classes are kept so that ads, "related" boxes and comment threads Readability lets
  // through can still be recognised as furniture.
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element, keepClasses: true }).parse();
  if (!parsed?.content) return null;
  const title = (parsed.title ?? '').trim();
  const blocks = blocksOf(parsed.content);
  // The headline and dek as the live page shows them (so they can be found there again),
  // first, unless Readability kept them in the body already.
  const { headline, dek } = findHeadlineAndDek(doc, title);
  const kept = new Set(blocks.map((b) => normalizedText(b.text)));
  const lead: Block[] = [];
  if (headline && !kept.has(normalizedText(headline))) lead.push({ kind: 'title', text: headline, quoteGroup: null });
  if (dek && !kept.has(normalizedText(dek))) lead.push({ kind: 'heading', text: dek, quoteGroup: null });
  return { title, blocks: [...lead, ...blocks], lang: declaredLanguage(doc) };
}
