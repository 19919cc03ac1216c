/**
 * The whole engine, page in, annotations out:
 *   prefilter (page text) -> article (Readability on a clone) -> figures and quotes
 *   (extract + match, per candidate report) -> coverage -> annotations for covered reports.
 * Pure over DOM interfaces: the content script, vitest and the `check` command all call
 * analyzeDocument with their own Document.
 */
import { extractArticle, type Article, type Block } from '../detect/article';
import { decideCoverage, type ReportEvidence } from '../detect/coverage';
import { buildLanguageIndex, pageLanguage, type LanguageIndex } from '../detect/language';
import { compileDetection, createPrefilter, storyText, type CompiledDetection, type Prefilter } from '../detect/prefilter';
import { findQuotes, type QuoteMention } from '../extract/quotes';
import { hasMojibake, repairMojibake, type Span } from '../extract/text';
import { indexKnowledgeBase, type KnowledgeIndex } from '../knowledge/load';
import type { KnowledgeBase, Passage, Report } from '../knowledge/types';
import { matchFigures, type FigureMatch } from '../match/figures';
import { buildQuoteIndex, matchQuotes, type QuoteIndex, type QuoteMatchResult } from '../match/quotes';
import { quoteSelector } from './selector';
import type { Annotation, FigureAnnotation, PageAnalysis, QuoteAnnotation, Verdict } from './types';

export interface Engine {
  kb: KnowledgeBase;
  index: KnowledgeIndex;
  prefilter: Prefilter;
  reportsByNumber: Map<string, Report>;
  quoteIndexes: Map<string, QuoteIndex>;
  languages: LanguageIndex;
}

/** `detection` is the knowledge base's compiled prefilter, when the build made it already. */
export function createEngine(kb: KnowledgeBase, detection: CompiledDetection = compileDetection(kb.reports)): Engine {
  return {
    kb,
    index: indexKnowledgeBase(kb),
    prefilter: createPrefilter(detection),
    reportsByNumber: new Map(kb.reports.map((r) => [r.number, r])),
    quoteIndexes: new Map(),
    languages: buildLanguageIndex(kb.languages),
  };
}

function quoteIndexFor(engine: Engine, reports: readonly Report[]): QuoteIndex {
  const key = reports.map((r) => r.number).join('|');
  let index = engine.quoteIndexes.get(key);
  if (!index) {
    index = buildQuoteIndex(reports);
    engine.quoteIndexes.set(key, index);
  }
  return index;
}

/** Report figures below this are too common to show that a page covers the report. */
const MIN_EVIDENCE_VALUE = 1000;

const NOTHING = (title: string): PageAnalysis => ({ title, covers: false, reports: [], annotations: [] });

/** The cheap test alone: report numbers the page might cover, judged from its raw text. */
export function candidateReports(doc: Document, engine: Engine): string[] {
  return engine.prefilter.candidates(storyText(doc));
}

export function analyzeDocument(doc: Document, engine: Engine): PageAnalysis {
  return analyzePage(doc, engine).analysis;
}

/**
 * The analysis together with the article it was made from (null when the prefilter or
 * Readability stopped first): annotation offsets index into `article.blocks`.
 */
export function analyzePage(doc: Document, engine: Engine): { analysis: PageAnalysis; article: Article | null } {
  const title = (doc.title ?? '').trim();
  if (candidateReports(doc, engine).length === 0) return { analysis: NOTHING(title), article: null };
  const article = extractArticle(doc);
  if (!article) return { analysis: NOTHING(title), article: null };
  return { analysis: analyzeArticle(article, engine), article };
}

export function documentLink(report: Report, passage: Passage | null | undefined): string {
  return passage?.page ? `${report.documentUrl}#page=${passage.page}` : report.documentUrl;
}

function spansByBlock(quotes: readonly QuoteMention[]): Map<number, Span[]> {
  const spans = new Map<number, Span[]>();
  for (const q of quotes) {
    const list = spans.get(q.block) ?? [];
    list.push({ start: q.start, end: q.end });
    spans.set(q.block, list);
  }
  return spans;
}

/** Quotations of the report itself, per block: framing words inside them are the report's. */
function reportQuoteSpans(quotes: readonly QuoteMatchResult[]): Map<number, Span[]> {
  return spansByBlock(quotes.filter((q) => q.match === 'verbatim' || q.match === 'close' || q.match === 'translated').map((q) => q.quote));
}

/**
 * Quotations that are nobody's report: words the page quotes from a politician, a post, a
 * letter. A figure inside them is what that speaker claimed, reported, not asserted.
 */
function speechSpans(quotes: readonly QuoteMention[], matched: readonly QuoteMatchResult[]): Map<number, Span[]> {
  const ofReport = new Set(matched.map((m) => m.quote));
  return spansByBlock(quotes.filter((q) => !ofReport.has(q)));
}

const QUOTE_VERDICT: Record<QuoteAnnotation['match'], Verdict> = {
  verbatim: 'supported',
  close: 'needs-context',
  altered: 'misleading',
  'not-found': 'misleading',
  // A translation is not judged word by word: the card shows the report's own words beside it.
  translated: 'needs-context',
};

/**
 * A page saved through the wrong encoding shows the tell in one paragraph ("ICEâs") and
 * bare "â" quote marks in others: repair every block once the page has it, keeping
 * offsets, so quotes and framings are read right while annotations keep the page's text.
 */
function repairedBlocks(blocks: readonly Block[]): Block[] {
  if (!blocks.some((b) => hasMojibake(b.text))) return [...blocks];
  return blocks.map((b) => ({ ...b, text: repairMojibake(b.text) }));
}

export interface AnalyzeOptions {
  /** Match against every report even when the prefilter rules the article out (benchmarks). */
  everyReport?: boolean;
}

export function analyzeArticle(article: Article, engine: Engine, options: AnalyzeOptions = {}): PageAnalysis {
  const steps = analyzeArticleSteps(article, engine, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same analysis as a generator that pauses between its heavy stages (quotations,
 * figures, coverage), so the content script can run each stage in its own idle task.
 */
export function* analyzeArticleSteps(article: Article, engine: Engine, options: AnalyzeOptions = {}): Generator<void, PageAnalysis> {
  const pageBlocks = article.blocks;
  const blocks = repairedBlocks(pageBlocks);
  const text = [article.title, ...blocks.map((b) => b.text)].join('\n');
  const candidates = options.everyReport
    ? engine.kb.reports
    : engine.prefilter.candidates(text).flatMap((n) => engine.reportsByNumber.get(n) ?? []);
  if (candidates.length === 0) return NOTHING(article.title);

  const quotes = findQuotes(blocks);
  const language = { languages: engine.languages, page: pageLanguage(article.lang, text, engine.languages) };
  // Each quotation counts for the report whose passage it matches best, so a sentence of
  // one report that resembles the other's does not make the page cover both.
  const candidateQuotes = matchQuotes(blocks, quotes, quoteIndexFor(engine, candidates), language);
  yield;
  const candidateFigures = matchFigures(blocks, {
    reports: candidates,
    otherSources: engine.kb.otherSources,
    reportQuoteSpans: reportQuoteSpans(candidateQuotes),
    speechSpans: speechSpans(quotes, candidateQuotes),
  });
  const evidence: ReportEvidence[] = candidates.map((report) => ({
    report,
    // A value two reports share (448,000) is evidence for both; coverage.ts settles it.
    // Small figures ("more than 140 individuals") turn up in any audit story: not evidence.
    figureValues: [
      ...new Set(
        candidateFigures.flatMap((m) =>
          m.matches !== null && m.matches >= MIN_EVIDENCE_VALUE && report.figures.some((f) => f.value === m.matches) ? [m.matches] : [],
        ),
      ),
    ],
    distortions: candidateFigures.filter((m) => m.report === report.number && m.matches === null && m.mention.value !== null).length,
    // A translation is linked by a few key terms, too little to show on its own which report a page covers.
    quotes: candidateQuotes.filter((m) => m.report === report && m.match !== 'not-found' && m.match !== 'translated').length,
  }));
  yield;
  const covered = decideCoverage(text, evidence).flatMap((n) => engine.reportsByNumber.get(n) ?? []);
  if (covered.length === 0) return NOTHING(article.title);

  // Usually every candidate is covered, and the matching is already done.
  const same = covered.length === candidates.length;
  const quoteMatches = same ? candidateQuotes : matchQuotes(blocks, quotes, quoteIndexFor(engine, covered), language);
  const figureMatches = same
    ? candidateFigures
    : matchFigures(blocks, {
        reports: covered,
        otherSources: engine.kb.otherSources,
        reportQuoteSpans: reportQuoteSpans(quoteMatches),
        speechSpans: speechSpans(quotes, quoteMatches),
      });
  const annotations: Annotation[] = [
    ...figureMatches.map((m) => figureAnnotation(m, pageBlocks, engine)),
    ...quoteMatches.map((m) => quoteAnnotation(m, pageBlocks)),
  ].sort((a, b) => a.block - b.block || a.start - b.start || b.end - a.end);
  return { title: article.title, covers: true, reports: covered.map((r) => r.number), annotations };
}

function knownCaveats(ids: readonly string[], engine: Engine): string[] {
  return ids.filter((id) => engine.index.caveats.has(id));
}

function figureAnnotation(m: FigureMatch, blocks: readonly Block[], engine: Engine): FigureAnnotation {
  const blockText = blocks[m.block]?.text ?? '';
  const { start, end } = m.mention;
  const report = engine.reportsByNumber.get(m.report);
  const passage = m.passage ? engine.index.passages.get(m.passage)?.passage : null;
  const other = engine.kb.otherSources.find((s) => s.id === m.report);
  return {
    kind: 'figure',
    text: blockText.slice(start, end),
    value: m.mention.value,
    matches: m.matches,
    report: m.report,
    ref: m.ref,
    verdict: m.verdict,
    caveats: knownCaveats(m.caveats, engine),
    framings: m.framings,
    source: report ? documentLink(report, passage) : (other?.url ?? ''),
    selector: quoteSelector(blockText, start, end),
    block: m.block,
    start,
    end,
  };
}

function quoteAnnotation(m: QuoteMatchResult, blocks: readonly Block[]): QuoteAnnotation {
  const blockText = blocks[m.quote.block]?.text ?? '';
  return {
    kind: 'quote',
    text: blockText.slice(m.quote.start, m.quote.end),
    report: m.report.number,
    passage: m.ref,
    match: m.match,
    verdict: QUOTE_VERDICT[m.match],
    caveats: m.caveats,
    reportText: m.reportText,
    diff: m.diff,
    source: documentLink(m.report, m.passage),
    selector: quoteSelector(blockText, m.quote.start, m.quote.end),
    block: m.quote.block,
    start: m.quote.start,
    end: m.quote.end,
  };
}
