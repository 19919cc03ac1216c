/**
 * Matching the article's quotations to the report passages they come from.
 *
 * Candidates come first from an index of the passages' words (the passages that share the
 * most distinctive words with the quotation); when a quotation attributed to the report
 * shares too little with any passage for that (typos, heavy rewording), fuse.js token
 * search over the passages' sentences proposes them instead. Fuse's fuzzy token search costs
 * tens of milliseconds per quotation, a hundred times the word index, so it is the fallback,
 * not the first step. A word-level alignment (align.ts) against each candidate decides. The best alignment is classed:
 * - verbatim: the report's words (marks, dashes, case, brackets and ellipses aside);
 * - altered: close enough to be that passage, but a changed number, negation, quantifier
 *   ("any" for "all") or a dropped hedge changes what it says;
 * - close: reworded, meaning kept;
 * - not-found: attributed to the report, visibly this passage, but too far from its words;
 *   or words that are someone else's (a senator's letter) put in the report's mouth.
 * Anything else is left alone: the knowledge base holds excerpts, so an unknown quotation
 * proves nothing about the report.
 */
import Fuse from 'fuse.js';
import type { Block } from '../detect/article';
import type { QuoteMention } from '../extract/quotes';
import { startsWithDigit, WORD } from '../extract/chars';
import { countWords, hasMojibake, normalizeChars, repairMojibake, splitSentences, type Token } from '../extract/text';
import type { Passage, Report } from '../knowledge/types';
import type { QuoteAnnotation, QuoteMatch } from '../annotate/types';
import { languageOfText, type LanguageIndex } from '../detect/language';
import { align, type AlignOp, type Alignment } from './align';
import { findTerms } from './terms';
import { linkTranslation } from './translated';

export interface QuoteMatchResult {
  quote: QuoteMention;
  report: Report;
  /** Null when the words are a known misattribution rather than a passage. */
  passage: Passage | null;
  /** Passage or misattributed-quote id. */
  ref: string;
  match: QuoteMatch;
  caveats: string[];
  reportText: string;
  diff: QuoteAnnotation['diff'];
}

const MIN_QUOTE_WORDS = 4;
/**
 * Calling a quotation reworded or altered needs more than a fragment: the knowledge base
 * holds excerpts, and "manual, multi-step processes" may well be in a part we do not hold.
 */
const MIN_JUDGED_WORDS = 8;
const CANDIDATES = 2;
const CLOSE_SIMILARITY = 0.6;
/**
 * "Altered" accuses the article of misquoting, so it is kept for the report's own words
 * with a meaning-changing edit ("any UCs" for "all UCs", a dropped "not", another number):
 * the rest of the quotation must be nearly word for word. A looser rewording that also
 * shifts the meaning is "close": its card shows every change, and the reader judges.
 */
const ALTERED_SIMILARITY = 0.75;
const NOT_FOUND_SIMILARITY = 0.4;
/** A not-found quote must share this long a run of words with the passage: it is visibly that passage. */
const NOT_FOUND_ANCHOR = 4;
const MISATTRIBUTED_SIMILARITY = 0.7;
/**
 * How much nearer someone else's words must be than the nearest passage to take the
 * quotation from it: a letter's bracketed rendering of a report sentence (0.91 to the
 * passage, 1.0 to the letter) keeps the report's meaning and stays "close"; a predecessor
 * report's near-copy of a sentence (0.70 to the passage, 1.0 to its own) is not this report's.
 */
const MISATTRIBUTION_MARGIN = 0.15;
const ATTRIBUTION_BEFORE = 160;
const ATTRIBUTION_AFTER = 100;

// No 'u' flag on these word lists: V8 compiles a plain case-insensitive regex several times faster.
/** Plain words that give a quotation to a document's authors; the reports' own names come from the knowledge base. */
const ATTRIBUTION = /\b(?:reported|auditors?|the office (?:said|wrote|found|noted|stated)|findings?)\b/i;
/** Before a document noun, what makes it this document: "the report", "its audit", "the 2023 audit", "the watchdog's report". */
const DETERMINED = /\b(?:the|its|this|that|[A-Za-z]+['\u2019]s)(?:\s+[A-Za-z0-9-]+)?\s+$/i;
const OTHER_SPEAKER = /\b(?:testif\w*|testimony|hearing|letter|wrote to|responded|response|comments|statement|told|tweet\w*|posted)\b/i;
const INDEX_WORDS = new RegExp(`[${WORD}]{3,}`, 'g');

// "nor" only continues a "neither", so it is not counted as a negation of its own.
const NEGATIONS = new Set([
  'not', 'no', 'never', 'neither', 'none', 'cannot', 'unable', 'without', 'failed', 'fail', 'fails', 'nothing', 'nobody',
]);
const UNIVERSAL = new Set(['all', 'every', 'each', 'always', 'entire', 'whole', 'everyone']);
const PARTIAL = new Set(['any', 'some', 'many', 'most', 'often', 'few', 'several', 'sometimes', 'certain', 'part']);
const HEDGES = new Set(['may', 'might', 'could', 'possibly', 'potentially', 'likely', 'perhaps']);
const ANTONYMS: [string, string][] = [
  ['more', 'less'], ['more', 'fewer'], ['higher', 'lower'], ['larger', 'smaller'], ['increase', 'decrease'],
  ['increased', 'decreased'], ['safe', 'unsafe'], ['always', 'never'],
];

interface SentenceEntry {
  text: string;
  report: Report;
  passage: Passage;
}

export interface QuoteIndex {
  /** Built on first use: most pages never need the fuzzy fallback. */
  fuse(): Fuse<SentenceEntry>;
  reports: readonly Report[];
  passages: { report: Report; passage: Passage }[];
  /** Distinctive word -> indexes into `passages`, with the word's weight (rarer weighs more). */
  words: Map<string, { weight: number; passages: Set<number> }>;
  /** English stop words and the reports' own (their agencies' acronyms, their abbreviations). */
  stopWords: ReadonlySet<string>;
  /** The reports' authors' names and document nouns: what gives a quotation to a report. */
  authors: string[];
  documentNouns: string[];
  /** Languages some passage has translation terms for: a quotation in one of them is a translation. */
  translationLanguages: ReadonlySet<string>;
}

/** What the page tells about the language of its quotations. */
export interface QuoteLanguage {
  languages: LanguageIndex;
  /** The page's own language, for a quotation too short to tell its own. */
  page: string | null;
}

/** English words too common to tell passages apart; each report adds its own (`stopWords`). */
const STOPWORDS = [
  'the', 'and', 'for', 'that', 'with', 'from', 'who', 'were', 'was', 'are', 'have', 'has', 'had', 'not', 'all', 'this', 'their',
  'they', 'its', 'our', 'which', 'been', 'such', 'also', 'than', 'more', 'into', 'any',
];

function indexWords(text: string, stopWords: ReadonlySet<string>): string[] {
  return [...new Set((normalizeChars(text).match(INDEX_WORDS) ?? []).filter((w) => !stopWords.has(w)))];
}

/** Candidate search over every sentence of every passage of the given reports. */
/** A paraphrase is the outlets' wording, not the report's: a quotation is never matched to it. */
function quotable(report: Report): Passage[] {
  return report.passages.filter((p) => p.confidence !== 'paraphrase');
}

export function buildQuoteIndex(reports: readonly Report[]): QuoteIndex {
  const stopWords = new Set([...STOPWORDS, ...reports.flatMap((r) => r.stopWords.map((w) => normalizeChars(w)))]);
  let built: Fuse<SentenceEntry> | null = null;
  const fuse = () => {
    if (built) return built;
    const entries: SentenceEntry[] = [];
    for (const report of reports) {
      for (const passage of quotable(report)) {
        const text = passage.selector.exact;
        for (const s of splitSentences(text)) entries.push({ text: normalizeChars(text.slice(s.start, s.end)), report, passage });
      }
    }
    built = new Fuse(entries, { keys: ['text'], useTokenSearch: true, tokenMatch: 'any', includeScore: true, ignoreLocation: true });
    return built;
  };
  const passages = reports.flatMap((report) => quotable(report).map((passage) => ({ report, passage })));
  const words: QuoteIndex['words'] = new Map();
  passages.forEach(({ passage }, i) => {
    for (const w of indexWords(passage.selector.exact, stopWords)) {
      const entry = words.get(w) ?? { weight: 0, passages: new Set<number>() };
      entry.passages.add(i);
      words.set(w, entry);
    }
  });
  for (const entry of words.values()) entry.weight = Math.log(1 + passages.length / entry.passages.size);
  const authors = [...new Set(reports.flatMap((r) => r.detection.author))];
  const documentNouns = [...new Set(reports.flatMap((r) => r.detection.documentNouns))];
  const translationLanguages = new Set(passages.flatMap(({ passage }) => Object.keys(passage.translationTerms ?? {})));
  return { fuse, reports, passages, words, stopWords, authors, documentNouns, translationLanguages };
}

/** Shared distinctive words a passage needs before it is worth aligning. */
const MIN_SHARED_WORDS = 3;

/** Passages sharing the most distinctive words with the quotation, best first. */
function wordCandidates(text: string, index: QuoteIndex): { report: Report; passage: Passage }[] {
  const score = new Map<number, { weight: number; shared: number }>();
  // Words in editorial brackets are the article's, not the report's.
  const own = indexWords(text.replace(/\[[^\]]*\]?/g, ' '), index.stopWords);
  // A short quotation ("not able to account") has few distinctive words: all of them must be shared.
  const needed = Math.max(1, Math.min(MIN_SHARED_WORDS, own.length));
  for (const w of own) {
    const entry = index.words.get(w);
    if (!entry) continue;
    for (const i of entry.passages) {
      const s = score.get(i) ?? { weight: 0, shared: 0 };
      s.weight += entry.weight;
      s.shared += 1;
      score.set(i, s);
    }
  }
  return [...score.entries()]
    .filter(([, s]) => s.shared >= needed)
    .sort((a, b) => b[1].weight - a[1].weight)
    .slice(0, CANDIDATES)
    .flatMap(([i]) => index.passages[i] ?? []);
}

function fuseCandidates(text: string, index: QuoteIndex): { report: Report; passage: Passage }[] {
  const out: { report: Report; passage: Passage }[] = [];
  for (const hit of index.fuse().search(normalizeChars(text), { limit: CANDIDATES * 3 })) {
    if (out.some((c) => c.passage.id === hit.item.passage.id)) continue;
    out.push({ report: hit.item.report, passage: hit.item.passage });
    if (out.length === CANDIDATES) break;
  }
  return out;
}

function words(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => t.kind !== 'punct').map((t) => t.norm.replace(/['’]/g, "'"));
}

function isNegation(word: string): boolean {
  return NEGATIONS.has(word) || word.endsWith("n't");
}

/** Differences are judged in hunks: a change plus the changes a couple of words either side of it. */
function hunks(ops: readonly AlignOp[]): { quote: string[]; passage: string[] }[] {
  const out: { quote: string[]; passage: string[] }[] = [];
  let current: { quote: string[]; passage: string[] } | null = null;
  let equalRun = 0;
  for (const op of ops) {
    const q = words(op.quoteTokens);
    const p = op.type === 'editorial' || op.type === 'gap' ? [] : words(op.passageTokens);
    if (op.type === 'equal') {
      if (q.length === 0) continue;
      equalRun++;
      if (current && equalRun > 2) current = null;
      continue;
    }
    if (op.type === 'editorial' || op.type === 'gap' || op.type === 'beyond') continue;
    if (q.length === 0 && p.length === 0) continue;
    if (!current) {
      current = { quote: [], passage: [] };
      out.push(current);
    }
    equalRun = 0;
    current.quote.push(...q);
    current.passage.push(...p);
  }
  return out;
}

/** Does any hunk change what the sentence says, rather than how? */
export function changesMeaning(ops: readonly AlignOp[]): boolean {
  for (const h of hunks(ops)) {
    const q = new Set(h.quote);
    const p = new Set(h.passage);
    const numbers = (s: Set<string>) => [...s].filter(startsWithDigit).sort().join(' ');
    if (numbers(q) !== numbers(p)) return true;
    const neg = (xs: string[]) => xs.filter(isNegation).length % 2;
    if (neg(h.quote) !== neg(h.passage)) return true;
    const has = (s: Set<string>, set: Set<string>) => [...s].some((w) => set.has(w));
    if ((has(q, UNIVERSAL) && has(p, PARTIAL)) || (has(q, PARTIAL) && has(p, UNIVERSAL))) return true;
    // "could not" is an inability, not a hedge.
    const hedged = (xs: string[]) => xs.some((w, k) => HEDGES.has(w) && !isNegation(xs[k + 1] ?? ''));
    if (hedged(h.passage) && !hedged(h.quote)) return true;
    if (ANTONYMS.some(([a, b]) => (q.has(a) && p.has(b)) || (q.has(b) && p.has(a)))) return true;
  }
  return false;
}

function longestEqualRun(ops: readonly AlignOp[]): number {
  let best = 0;
  let run = 0;
  for (const op of ops) {
    if (op.type === 'equal') run += words(op.quoteTokens).length;
    else if (words(op.quoteTokens).length > 0 || (op.type !== 'editorial' && words(op.passageTokens).length > 0)) run = 0;
    best = Math.max(best, run);
  }
  return best;
}

function wordEdits(ops: readonly AlignOp[]): number {
  let edits = 0;
  for (const op of ops) {
    if (op.type === 'replace' || op.type === 'insert' || op.type === 'delete' || op.type === 'beyond') {
      edits += Math.max(words(op.quoteTokens).length, words(op.passageTokens).length);
    }
  }
  return edits;
}

export function similarity(a: Alignment): number {
  const denom = Math.max(a.quoteWords + a.beyondWords, a.passageWords);
  return denom === 0 ? 0 : a.matchedWords / denom;
}

function diffOf(a: Alignment, quote: string, passage: string): QuoteAnnotation['diff'] {
  const out: QuoteAnnotation['diff'] = [];
  const typeOf = (op: AlignOp): QuoteAnnotation['diff'][number]['type'] => {
    switch (op.type) {
      case 'equal':
        return 'equal';
      case 'replace':
        return 'changed';
      case 'insert':
      case 'beyond':
        return 'added';
      case 'delete':
        return 'omitted';
      default:
        return 'editorial';
    }
  };
  for (const op of a.ops) {
    const type = typeOf(op);
    const article = op.quote ? quote.slice(op.quote[0], op.quote[1]) : '';
    const report = op.passage ? passage.slice(op.passage[0], op.passage[1]) : '';
    const last = out[out.length - 1];
    if (last && last.type === type) {
      last.article = [last.article, article].filter(Boolean).join(' ');
      last.report = [last.report, report].filter(Boolean).join(' ');
    } else {
      out.push({ type, article, report });
    }
  }
  return out;
}

const ELLIPSIS = /\s*(?:\.{3,}|\u2026|\. \. \.)\s*/;

/**
 * A quotation spliced with an ellipsis may join words from two passages ("... who are
 * released ... and [then] did not appear"). Each piece is looked for on its own; when
 * every piece is a passage's exact words, the quotation is verbatim.
 */
function splicedVerbatim(text: string, index: QuoteIndex): { report: Report; passage: Passage } | null {
  const pieces = text.split(ELLIPSIS).filter((s) => countWords(s) >= MIN_QUOTE_WORDS - 1);
  if (pieces.length < 2) return null;
  let first: { report: Report; passage: Passage } | null = null;
  for (const piece of pieces) {
    const hit = wordCandidates(piece, index).find(
      (c) => wordEdits(align(piece, c.passage.selector.exact, c.passage.truncated).ops) === 0,
    );
    if (!hit) return null;
    first ??= hit;
  }
  return first;
}

function classify(a: Alignment, attributed: boolean, spliced: boolean): QuoteMatch | null {
  if (a.quoteWords === 0) return null;
  if (wordEdits(a.ops) === 0) return 'verbatim';
  if (a.quoteWords + a.beyondWords < MIN_JUDGED_WORDS) return null;
  const sim = similarity(a);
  // An altered quotation accuses the article of misquoting: only when it is plainly this
  // passage and the article presents the words as the report's.
  // Nor when an ellipsis may join two passages: the "change" may be the join.
  const meaning = changesMeaning(a.ops);
  if (!spliced && attributed && sim >= ALTERED_SIMILARITY && meaning) return 'altered';
  if (sim >= CLOSE_SIMILARITY) return 'close';
  if (!spliced && attributed && sim >= NOT_FOUND_SIMILARITY && longestEqualRun(a.ops) >= NOT_FOUND_ANCHOR) return 'not-found';
  return null;
}

const MATCH_RANK: Record<QuoteMatch, number> = { verbatim: 4, close: 3, altered: 2, 'not-found': 1, translated: 0 };
const CAVEAT: Record<QuoteMatch, string | null> = {
  verbatim: null,
  close: 'quote-reworded',
  altered: 'quote-altered',
  'not-found': 'quote-not-report-text',
  translated: 'quote-translated',
};

function around(block: string, start: number, end: number): [string, string] {
  return [block.slice(Math.max(0, start - ATTRIBUTION_BEFORE), start), block.slice(end, end + ATTRIBUTION_AFTER)];
}

/** The article presents the words as the report's, its authors' or the watchdog's. */
export function isAttributed(block: string, start: number, end: number, index: Pick<QuoteIndex, 'authors' | 'documentNouns'>): boolean {
  const [before, after] = around(block, start, end);
  const named = (text: string) => ATTRIBUTION.test(text) || findTerms(text, index.authors).length > 0 || findTerms(text, index.documentNouns).length > 0;
  return named(before) || named(after);
}

/**
 * The article presents the words as the document's own, not as what someone said about
 * it: only then can words that are really from a letter or a hearing be called misattributed.
 */
export function isAttributedToDocument(block: string, start: number, end: number, index: Pick<QuoteIndex, 'documentNouns'>): boolean {
  const [before, after] = around(block, start, end);
  const context = `${before} ${after}`;
  const determined = findTerms(context, index.documentNouns).some((h) => DETERMINED.test(context.slice(Math.max(0, h.start - 40), h.start)));
  return determined && !OTHER_SPEAKER.test(context);
}

function cleanQuote(text: string): string {
  return hasMojibake(text) ? repairMojibake(text) : text;
}

/**
 * A quotation in a language the passages are translated into: linked to the passage it
 * translates, or nothing. It is never aligned with the English words, so never called
 * altered or not-found.
 */
function matchTranslation(quote: QuoteMention, text: string, language: string, attributed: boolean, index: QuoteIndex): QuoteMatchResult | null {
  if (!attributed) return null;
  const link = linkTranslation(text, language, index.passages);
  if (!link) return null;
  const { report, passage } = link;
  return { quote, report, passage, ref: passage.id, match: 'translated', caveats: ['quote-translated'], reportText: passage.selector.exact, diff: [] };
}

export function matchQuote(quote: QuoteMention, blockText: string, index: QuoteIndex, language?: QuoteLanguage): QuoteMatchResult | null {
  const text = cleanQuote(quote.text);
  const wordCount = countWords(text);
  if (wordCount < MIN_QUOTE_WORDS) return null;
  const attributed = isAttributed(blockText, quote.start, quote.end, index) || quote.unmarked;
  const own = language ? (languageOfText(text, language.languages) ?? language.page) : null;
  if (own && index.translationLanguages.has(own)) return matchTranslation(quote, text, own, attributed, index);
  let candidates = wordCandidates(text, index);
  // The fuzzy fallback is only worth its cost for a long quotation the article gives to the report.
  if (candidates.length === 0 && wordCount >= MIN_JUDGED_WORDS && isAttributed(blockText, quote.start, quote.end, index)) {
    candidates = fuseCandidates(text, index);
  }
  let best: { result: QuoteMatchResult; rank: number; sim: number } | null = null;
  for (const { report, passage } of candidates) {
    const exact = passage.selector.exact;
    const a = align(text, exact, passage.truncated);
    const match = classify(a, attributed, ELLIPSIS.test(text));
    if (!match) continue;
    const sim = similarity(a);
    const rank = MATCH_RANK[match];
    if (best && (rank < best.rank || (rank === best.rank && sim <= best.sim))) continue;
    const caveat = CAVEAT[match];
    const done = match === 'verbatim';
    best = {
      rank,
      sim,
      result: {
        quote,
        report,
        passage,
        ref: passage.id,
        match,
        caveats: caveat ? [caveat] : [],
        reportText: exact.slice(a.passageSpan[0], a.passageSpan[1]),
        diff: diffOf(a, text, exact),
      },
    };
    // The best-placed candidate holds the words exactly: nothing can beat that.
    if (done) break;
  }
  if (best?.result.match === 'verbatim') return best.result;
  if (ELLIPSIS.test(text)) {
    const joined = splicedVerbatim(text, index);
    if (joined) {
      return { quote, report: joined.report, passage: joined.passage, ref: joined.passage.id, match: 'verbatim', caveats: [], reportText: '', diff: [] };
    }
  }
  // Someone else's words (a senator's letter, testimony, a predecessor report's near-copy of
  // a sentence): when they are closer to the quotation than any passage, the quotation is
  // theirs, whatever passage it also resembles.
  const known = closestMisattribution(text, index);
  const theirs = known !== null && (best === null || known.sim > best.sim + MISATTRIBUTION_MARGIN);
  if (best && best.rank >= MATCH_RANK.close && !theirs) return best.result;
  if (known && (theirs || !best || best.rank < MATCH_RANK.close)) {
    // Given to the report, they are misattributed; otherwise they are simply not its words.
    if (isAttributedToDocument(blockText, quote.start, quote.end, index)) {
      const { report, mis } = known;
      const caveats = ['quote-not-report-text', mis.caveat].filter((c, i, all) => all.indexOf(c) === i);
      return { quote, report, passage: null, ref: mis.id, match: 'not-found', caveats, reportText: '', diff: [] };
    }
    if (theirs) return null;
  }
  return best?.result ?? null;
}

/** The reports' known misattributions closest to the quotation, if any is close enough. */
function closestMisattribution(text: string, index: QuoteIndex): { report: Report; mis: Report['misattributedQuotes'][number]; sim: number } | null {
  let found: { report: Report; mis: Report['misattributedQuotes'][number]; sim: number } | null = null;
  for (const report of index.reports) {
    for (const mis of report.misattributedQuotes) {
      const sim = similarity(align(text, mis.text, false));
      if (sim >= MISATTRIBUTED_SIMILARITY && (!found || sim > found.sim)) found = { report, mis, sim };
    }
  }
  return found;
}

export function matchQuotes(blocks: readonly Block[], quotes: readonly QuoteMention[], index: QuoteIndex, language?: QuoteLanguage): QuoteMatchResult[] {
  const out: QuoteMatchResult[] = [];
  for (const q of quotes) {
    const block = blocks[q.block];
    if (!block) continue;
    const result = matchQuote(q, block.text, index, language);
    if (result) out.push(result);
  }
  return out;
}
