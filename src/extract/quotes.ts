import type { Block } from '../detect/article';
import { startsWithWord, WORD } from './chars';
import { countWords, hasMojibake, repairMojibake } from './text';

/**
 * Quotations in the article's blocks: text between quote marks (straight, curly,
 * guillemets, low-9, and mojibake "â"), and block quotes written without marks.
 */

export interface QuoteMention {
  block: number;
  /** Offsets of the quoted words inside the block text, marks excluded. */
  start: number;
  end: number;
  text: string;
  /** The block is a <blockquote> with no quote marks of its own. */
  unmarked: boolean;
}

const OPENERS: Record<string, string> = {
  '\u201c': '\u201d"', // “ … ” (or a straight mark, as careless pages mix them)
  '\u201e': '\u201c\u201d"', // „ … “
  '\u00ab': '\u00bb', // « … »
  '"': '"\u201d',
  '\u2018': '\u2019',
  "'": "'\u2019",
};

const MIN_WORDS = 3;


/** Single quotes double as apostrophes: only a mark at a word edge can open or close a quote. */
function isSingleOpen(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] ?? ' ' : ' ';
  const after = text[i + 1] ?? ' ';
  return !startsWithWord(before) && startsWithWord(after);
}

function isSingleClose(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  return !/\s/.test(before) && !startsWithWord(after);
}

/** Quote spans in one block of text. An unclosed quote runs to the end of its paragraph. */
export function quoteSpans(raw: string): { start: number; end: number }[] {
  const text = hasMojibake(raw) ? repairMojibake(raw) : raw;
  const spans: { start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const closers = OPENERS[ch];
    const single = ch === "'" || ch === '\u2018';
    if (!closers || (single && !isSingleOpen(text, i))) {
      i++;
      continue;
    }
    if (ch === '"' && (i + 1 >= text.length || /\s/.test(text[i + 1] ?? ''))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length) {
      const c = text[j] as string;
      if (closers.includes(c) && (!(c === "'" || c === '\u2019') || isSingleClose(text, j))) break;
      j++;
    }
    const end = Math.min(j, text.length);
    let start = i + 1;
    let stop = end;
    while (start < stop && /[\s"“”„'‘’«»]/.test(text[start] ?? '')) start++;
    while (stop > start && /[\s,"“”„'‘’«»]/.test(text[stop - 1] ?? '')) stop--;
    // Single quotes are only trusted for real quotations, not for scare quotes or slang.
    if (countWords(text.slice(start, stop)) >= (single ? 4 : 2)) spans.push({ start, end: stop });
    i = end + 1;
  }
  return spans;
}

// The dash must not be joined to a word: "follow-up visits." at the end of a block quote is
// part of the quotation, not a "- Source" line (it used to cut the quotation at "follow").
const ATTRIBUTION_LINE = new RegExp(`\\s*(?<![${WORD}])[\u2014\u2013-]{1,2}\\s*[^\u2014\u2013]{2,120}$`);

export function findQuotes(blocks: readonly Block[]): QuoteMention[] {
  const quotes: QuoteMention[] = [];
  blocks.forEach((block, index) => {
    const spans = quoteSpans(block.text);
    // A tweet's "— Name (@handle) date" line is a credit, not a quotation.
    if (block.kind === 'blockquote' && /^\s*[\u2014\u2013\u00e2-]/u.test(block.text) && /@\w|\d{4}\s*$/u.test(block.text)) return;
    if (spans.length === 0 && block.kind === 'blockquote') {
      // A block quote without marks: the whole paragraph is the quotation, minus a "— Source" line.
      let end = block.text.length;
      const attribution = ATTRIBUTION_LINE.exec(block.text);
      if (attribution && attribution.index > block.text.length / 3) end = attribution.index;
      let start = 0;
      while (start < end && /\s/.test(block.text[start] ?? '')) start++;
      while (end > start && /\s/.test(block.text[end - 1] ?? '')) end--;
      if (countWords(block.text.slice(start, end)) >= MIN_WORDS) {
        quotes.push({ block: index, start, end, text: block.text.slice(start, end), unmarked: true });
      }
      return;
    }
    for (const s of spans) {
      quotes.push({ block: index, start: s.start, end: s.end, text: block.text.slice(s.start, s.end), unmarked: false });
    }
  });
  return quotes;
}
