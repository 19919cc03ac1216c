/**
 * Matching the article's numbers to what the knowledge base knows about them.
 *
 * For each number in the article's prose, in this order:
 * 1. a known distortion of a covered report ("320,000 missing") -> misleading;
 * 2. a figure of a covered report, by value (allowing for the rounding the article and the
 *    report each wrote) and by the context words of its sentence ("32,000 ... failed to
 *    appear"), never when an exclusion word sits next to it ("32,809 arrests");
 * 3. another source that coverage mixes in (the NYT's 85,000) -> other-source.
 * Anything else is left alone: an unmatched number is not an error, it is not ours.
 */
import type { Figure, Framing, Qualifier, Report, Severity, OtherSource, Distortion } from '../knowledge/types';
import type { Block } from '../detect/article';
import { findNumbers, type CountVocabulary, type NumberMention } from '../extract/numbers';
import { splitSentences, spanContaining, type Span } from '../extract/text';
import { findFramings, isRebuttal, isReportedClaim, type FramingHit } from './framing';
import { findTerms, termsPresent } from './terms';
import { figureContext, figureExclusions } from '../knowledge/languages';
import { WORD } from '../extract/chars';

export interface FigureMatch {
  block: number;
  mention: NumberMention;
  verdict: 'supported' | 'needs-context' | 'misleading' | 'other-source';
  /** Report number, or other-source id. */
  report: string;
  /** Knowledge-base id of the figure, distortion or other source. */
  ref: string;
  matches: number | null;
  caveats: string[];
  framings: string[];
  /** The passage stating the figure, for its link and card. */
  passage: string | null;
}

/** Number kinds that can be a count; years, dates and ages never are. */
const FIGURE_KINDS = new Set<NumberMention['kind']>(['count', 'magnitude']);

/**
 * The number kinds each unit of figure accepts: money and percentages are report figures
 * only where the knowledge base holds a figure in dollars or in percent.
 */
const KINDS_OF_UNIT: Record<NonNullable<Figure['unit']>, ReadonlySet<NumberMention['kind']>> = {
  count: FIGURE_KINDS,
  usd: new Set(['money']),
  percent: new Set(['percent']),
};

function unitAccepts(figure: Figure, m: NumberMention): boolean {
  return KINDS_OF_UNIT[figure.unit ?? 'count'].has(m.kind);
}

/** The kinds worth reading in these reports: counts, plus money or percent where a figure is. */
function kindsFor(reports: readonly Report[]): Set<NumberMention['kind']> {
  return new Set(reports.flatMap((r) => r.figures.flatMap((f) => [...KINDS_OF_UNIT[f.unit ?? 'count']])).concat([...FIGURE_KINDS]));
}

/** Context terms a sentence must hold for a value to be read as a report figure. */
const MIN_CONTEXT = 2;
/** Significant digits from which an exact count in a table ("120,859") is taken for the figure it equals without context. */
const EXACT_DIGITS = 4;
/** Exclusion words only count this close to the number: further away they may describe something else. */
const EXCLUDE_WINDOW = 50;
/**
 * A framing describes a figure of its own clause: "X of them are missing", "children DHS
 * may have lost track of", not "even more may be missing because 291,000 never received a
 * notice". Clauses end at these marks and conjunctions, and past this reach (about a
 * dozen words) a framing in a long run-on clause is taken to be about something else.
 */
const FRAMING_REACH = 90;
/**
 * Past that reach, up to this far, with no clause break between, the framing may still
 * describe its nearest figure ("plus de 291 000 enfants n'ont jamais reçu de convocation
 * ... et que l'ICE ignore où ils se trouvent"): too far to say it does, too near to call the
 * figure's wording the report's. Such a figure is at most needs-context, never supported.
 */
const FRAMING_DOUBT_REACH = 2 * FRAMING_REACH;
/** A preposition ending a framing with no object after it: "children ICE lost track of, ...". */
const STRANDED = /^\s+(?:of|for|on|with)(?=\s*(?:[,.;:!?)]|$|\s(?:to|in|and|or|from|by|since|after|before|while)\b))/i;
const CLAUSE_BREAK =
  // Not French "mais" (but): in Portuguese it is "more", as in "mais de 32 mil".
  /[;:]|\s[\u2014\u2013-]\s|\u2014|\b(?:but|while|whereas|although|though|however|because|yet|whereby|pero|mientras|aunque|porque|mas|enquanto|embora|tandis que|alors que|parce que|bien que)\b/i;

/** The rounding unit a number was written to: 32,000 -> 1,000; 300,000 -> 100,000. */
export function roundingUnit(value: number): number {
  if (!Number.isFinite(value) || value <= 0 || !Number.isInteger(value)) return 1;
  let unit = 1;
  while (value % (unit * 10) === 0 && unit * 10 <= value) unit *= 10;
  return unit;
}

function significantDigits(value: number): number {
  return String(Math.round(value / roundingUnit(value))).length;
}

type Interval = [number, number];

/** What the report's "more than 32,000" can mean: somewhere from 32,000 to below 32,500. */
export function reportInterval(value: number, qualifier: Qualifier): Interval {
  const unit = roundingUnit(value);
  switch (qualifier) {
    case 'more-than':
    case 'at-least':
      return [value, value + unit / 2 - 1];
    case 'about':
      return [value - unit / 2, value + unit / 2];
    case 'nearly':
      return [value - unit, value];
    case 'up-to':
      return [0, value];
    case 'exactly':
      return [value, value];
  }
}

/**
 * Does the article's number, with its qualifier, describe the report figure? A bare or
 * "about" value written to one significant digit ("30,000", "300,000") is too coarse to
 * tell one figure from another and is never matched; "nearly 300,000" and
 * "more than 30,000" are, because they bound the figure from the right side.
 */
export function valueFits(value: number, qualifier: Qualifier | null, figure: Pick<Figure, 'value' | 'qualifier'>): boolean {
  if (figure.qualifier === 'exactly') return exactFits(value, qualifier, figure.value);
  const [lo, hi] = reportInterval(figure.value, figure.qualifier);
  const unit = roundingUnit(value);
  const overlaps = (a: number, b: number) => Math.max(a, lo) <= Math.min(b, hi);
  switch (qualifier) {
    case 'more-than':
    case 'at-least':
      return value >= figure.value * 0.85 && overlaps(value, Infinity);
    case 'nearly':
      return overlaps(value * 0.88, value);
    case 'up-to':
      return value >= figure.value && value <= figure.value * 1.1;
    case 'about':
    case 'exactly':
    case null: {
      // "30,000" is too rough to tell figures apart; "4 percent" is not rounded at all.
      if (significantDigits(value) < 2 && roundingUnit(value) > 1) return false;
      const tol = Math.max(unit / 2, qualifier === 'about' ? value * 0.03 : 0);
      return overlaps(value - tol, value + tol);
    }
  }
}

/**
 * An exact count (a table's 120,859) is described by the article's number only when that
 * number is the count rounded to the article's own precision, from the side its qualifier
 * says: "120,859", "about 121,000", "more than 120,000", "nearly 121,000". The looser
 * windows of rounded figures would let "more than 118,000" of another story match a
 * table row, and table rows are many and close together.
 */
function exactFits(value: number, qualifier: Qualifier | null, exact: number): boolean {
  const unit = roundingUnit(value);
  switch (qualifier) {
    case 'more-than':
    case 'at-least':
      return value <= exact && exact - value < unit;
    case 'nearly':
    case 'up-to':
      return value >= exact && value - exact < unit;
    case 'about':
    case 'exactly':
    case null:
      return significantDigits(value) >= 2 && Math.abs(value - exact) <= unit / 2;
  }
}

/** The rounded figure or, where a table prints it, its exact count ("448,820"). */
export function figureFits(value: number, qualifier: Qualifier | null, figure: Pick<Figure, 'value' | 'qualifier' | 'exact'>): boolean {
  if (valueFits(value, qualifier, figure)) return true;
  return figure.exact !== undefined && valueFits(value, qualifier, { value: figure.exact, qualifier: 'exactly' });
}

const SEVERITY_RANK: Record<Severity, number> = { 'needs-context': 1, misleading: 2 };

interface SentenceView {
  block: number;
  blockText: string;
  kind: Block['kind'];
  span: Span;
  text: string;
  previous: string;
  /** The number stands inside somebody's quoted words (not the report's): what they said, not what the page asserts. */
  inSpeech: boolean;
  /**
   * What was worked out about this sentence for one of its numbers (its context for a figure,
   * whether it rebuts, reports a claim...), kept for the others: a sentence with n numbers
   * costs n lookups, not n readings of the sentence.
   */
  memo: Map<string, unknown>;
}

/** The value of `key` for the sentence, computed once. */
function once<T>(s: SentenceView, key: string, make: () => T): T {
  if (s.memo.has(key)) return s.memo.get(key) as T;
  const value = make();
  s.memo.set(key, value);
  return value;
}

/** Words that give a sentence's claim to the report: its author's names and its document's. */
function reportCues(report: Report): string[] {
  return [...report.detection.author, ...report.detection.documentNouns];
}

/** The page reports the figure as someone's claim rather than asserting it. */
function isClaimOfOthers(s: SentenceView, report: Report): boolean {
  return s.inSpeech || once(s, `claim ${report.number}`, () => isReportedClaim(s.text, reportCues(report)));
}

/** The figure-like numbers of one sentence, for assigning framings to the nearest one. */
function figureMentions(mentions: readonly NumberMention[], span: Span, kinds: ReadonlySet<NumberMention['kind']>): NumberMention[] {
  // "no one" and "two agencies" are numbers too, but never the figure a framing describes.
  const small = (m: NumberMention) => FIGURE_KINDS.has(m.kind) && m.value !== null && m.value < 100;
  return mentions.filter((m) => kinds.has(m.kind) && !small(m) && m.start >= span.start && m.end <= span.end);
}

/** Framings that describe `mention`: sentence-wide ones, and figure ones whose nearest figure it is. */
/**
 * The figure each figure-scoped framing of a sentence describes: the nearest figure of its
 * clause, within reach, an earlier one where the framing ends in a stranded preposition;
 * none when no figure qualifies. Worked out once per sentence, so a sentence of many
 * numbers costs hits x numbers, not numbers squared.
 */
interface FramingOwners {
  owners: Map<FramingHit, NumberMention | null>;
  /** Framings past the reach of their nearest figure, but not clearly about something else. */
  doubtful: Map<FramingHit, NumberMention>;
}

function framingOwners(hits: readonly FramingHit[], siblings: readonly NumberMention[], sentence: SentenceView): FramingOwners {
  const offset = sentence.span.start;
  const distance = (m: NumberMention, h: FramingHit) =>
    h.start >= m.end - offset ? h.start - (m.end - offset) : Math.max(0, m.start - offset - h.end);
  const crossesClause = (m: NumberMention, h: FramingHit) => {
    const from = Math.min(h.end, m.start - offset);
    const to = Math.max(h.start, m.end - offset);
    return CLAUSE_BREAK.test(sentence.text.slice(from, to));
  };
  const owners = new Map<FramingHit, NumberMention | null>();
  const doubtful = new Map<FramingHit, NumberMention>();
  for (const h of hits) {
    // "291,000 UCs ICE has lost track of to the 32,000": a stranded "of" means the framing's
    // object came before it (a relative clause), so only an earlier figure can be what it describes.
    const stranded = STRANDED.test(sentence.text.slice(h.end));
    let best: NumberMention | null = null;
    let bestDistance = Infinity;
    let tie = false;
    for (const m of siblings) {
      if (stranded && m.end - offset > h.start) continue;
      const d = distance(m, h);
      // Only a figure of the framing's own clause can be what it describes.
      if (d > FRAMING_DOUBT_REACH || crossesClause(m, h)) continue;
      if (d < bestDistance) {
        best = m;
        bestDistance = d;
        tie = false;
      } else if (d === bestDistance) {
        tie = true;
      }
    }
    // Halfway between two figures, the framing cannot be given to either.
    if (!best || tie) best = null;
    else if (bestDistance > FRAMING_REACH) {
      doubtful.set(h, best);
      best = null;
    }
    owners.set(h, best);
  }
  return { owners, doubtful };
}

/** Framings that describe `mention`: sentence-wide ones, and figure ones whose figure it is. */
function framingsFor(mention: NumberMention, hits: readonly FramingHit[], owners: ReadonlyMap<FramingHit, NumberMention | null>, scope: ReadonlyMap<string, string>): FramingHit[] {
  return hits.filter((h) => scope.get(h.framing) === 'sentence' || owners.get(h) === mention);
}

function verdictOf(severities: readonly Severity[]): FigureMatch['verdict'] {
  let best = 0;
  for (const s of severities) best = Math.max(best, SEVERITY_RANK[s]);
  return best === 2 ? 'misleading' : best === 1 ? 'needs-context' : 'supported';
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function distortionFits(d: Distortion, m: NumberMention, framingIds: ReadonlySet<string>, sentence: SentenceView): boolean {
  const byValue = m.value !== null && d.values.includes(m.value) && !(m.qualifier && d.notWith.includes(m.qualifier));
  const byMagnitude = m.magnitude !== null && d.magnitudes.some((w) => w.toLowerCase() === m.magnitude?.toLowerCase());
  const byWords = m.value !== null && d.magnitudes.some((w) => m.text.toLowerCase().includes(w.toLowerCase()));
  if (!byValue && !byMagnitude && !byWords) return false;
  if (d.requiresFraming.length > 0 && !d.requiresFraming.some((f) => framingIds.has(f))) return false;
  return once(sentence, `distortion ${d.id}`, () => termsPresent(sentence.text, d.context).length > 0);
}

function otherSourceFits(s: OtherSource, m: NumberMention, sentence: SentenceView): boolean {
  if (m.value === null || !s.values.includes(m.value)) return false;
  // "$320,000" is no count of children; "$71.8 billion" is a source's amount only if it holds amounts.
  if (!(s.units ?? ['count']).some((u) => KINDS_OF_UNIT[u].has(m.kind))) return false;
  if (m.qualifier && s.notWith.includes(m.qualifier)) return false;
  return once(sentence, `other ${s.id}`, () => termsPresent(`${sentence.previous} ${sentence.text}`, s.context).length > 0);
}

function hasExclusion(figure: Figure, m: NumberMention, sentence: SentenceView): boolean {
  const from = Math.max(sentence.span.start, m.start - EXCLUDE_WINDOW);
  const to = Math.min(sentence.span.end, m.end + EXCLUDE_WINDOW);
  return findTerms(sentence.blockText.slice(from, to), figureExclusions(figure)).length > 0;
}

/**
 * Topic words ("unaccompanied", "children") say what the story is about, not which figure
 * a number is: every figure of the report shares them. They count towards the context,
 * but a figure also needs one of its own words ("failed to appear", "addresses").
 */
const genericCache = new WeakMap<Report, Set<string>>();

export function genericTerms(report: Report): Set<string> {
  const cached = genericCache.get(report);
  if (cached) return cached;
  const generic = new Set<string>(report.countNouns.map((n) => n.toLowerCase()));
  for (const group of report.detection.contextGroups) {
    for (const term of group.terms) {
      generic.add(term.toLowerCase());
      for (const word of term.toLowerCase().split(/\s+/)) generic.add(word);
    }
  }
  genericCache.set(report, generic);
  return generic;
}

interface ContextScore {
  total: number;
  specific: number;
}

function contextScore(figure: Figure, sentence: SentenceView, generic: ReadonlySet<string>): ContextScore {
  const score = (terms: string[]) => ({ total: terms.length, specific: terms.filter((t) => !generic.has(t.toLowerCase())).length });
  const enough = (s: ContextScore) => s.total >= MIN_CONTEXT && s.specific > 0;
  const exact = score(termsPresent(sentence.text, figureContext(figure), { fuzzy: false }));
  if (enough(exact)) return exact;
  const own = score(termsPresent(sentence.text, figureContext(figure)));
  if (enough(own) || sentence.previous === '') return own;
  // "Of those, more than 32,000 never showed up": the subject is in the sentence before.
  const wider = score(termsPresent(`${sentence.previous} ${sentence.text}`, figureContext(figure)));
  return { total: Math.min(wider.total, own.total + 1), specific: Math.min(wider.specific, own.specific + 1) };
}

/** Words that stand for the counted noun or lengthen its phrase in any report ("291,000 others", "32,000 more"). */
const PLAIN_COUNT_WORDS = ['more', 'other', 'others', 'additional', 'new', 'otros', 'otras', 'outros', 'outras', 'autres', 'más', 'mais', 'plus'];
/** How many modifiers may stand between the number and its noun ("291,000 unaccompanied migrant children"). */
const MAX_MODIFIERS = 3;
/** A plural-looking word this short ("was", "has", "is") is a verb or a function word, not a counted noun. */
const MIN_PLURAL_LENGTH = 4;
const NEXT_WORD = new RegExp(`^[\\s\u00a0]+([${WORD}'\u2019-]+)`);

/**
 * What the number counts, read from the words right after it: the report's count noun
 * ("children", "UCs", "menores"), something else ("orders", "personas", "órdenes": a plural
 * noun the report's figures do not count), or no noun at all ("32,000 failed to appear",
 * "32,000 of them"). Plural nouns are told by their -s, as English, Spanish, Portuguese and
 * French write them; anything else is left unjudged.
 */
export function countedNoun(text: string, m: NumberMention, report: Report, figure?: Figure): 'report' | 'other' | 'none' {
  const nouns = countWords(report, figure);
  let at = m.end;
  for (let i = 0; i <= MAX_MODIFIERS; i++) {
    const next = NEXT_WORD.exec(text.slice(at));
    const word = next?.[1]?.toLowerCase().replace(/['\u2019]s$/, '');
    if (!next || !word) return 'none';
    if (nouns.nouns.has(word)) return 'report';
    if (!nouns.modifiers.has(word)) return word.length >= MIN_PLURAL_LENGTH && word.endsWith('s') ? 'other' : 'none';
    at += next[0].length;
  }
  return 'none';
}

const countWordCache = new WeakMap<Report | Figure, { nouns: Set<string>; modifiers: Set<string> }>();

/** The figure's own count nouns where it has them, else the report's; the report's modifiers. */
function countWords(report: Report, figure?: Figure): { nouns: Set<string>; modifiers: Set<string> } {
  const key = figure?.countNouns ? figure : report;
  let words = countWordCache.get(key);
  if (!words) {
    const lower = (list: readonly string[]) => list.map((w) => w.toLowerCase());
    words = {
      nouns: new Set(lower(figure?.countNouns ?? report.countNouns)),
      modifiers: new Set([...PLAIN_COUNT_WORDS, ...lower(report.countModifiers)]),
    };
    countWordCache.set(key, words);
  }
  return words;
}

export interface FigureMatchOptions {
  /** Reports the page covers: only their figures and distortions are looked for. */
  reports: readonly Report[];
  otherSources: readonly OtherSource[];
  /** Per block, spans quoting the report itself: framings inside them are the report's own words. */
  reportQuoteSpans?: ReadonlyMap<number, readonly Span[]>;
  /** Per block, spans quoting someone else (a politician, a post): a figure there is their claim. */
  speechSpans?: ReadonlyMap<number, readonly Span[]>;
}

/** The reports' count words for the number scanner, one object per set of reports (it caches by object). */
const vocabularies = new WeakMap<Report, Map<string, CountVocabulary>>();

function countVocabulary(reports: readonly Report[]): CountVocabulary | undefined {
  const [first] = reports;
  if (!first) return undefined;
  const key = reports.map((r) => r.number).join('|');
  const known = vocabularies.get(first) ?? new Map<string, CountVocabulary>();
  vocabularies.set(first, known);
  let v = known.get(key);
  if (!v) {
    v = { nouns: reports.flatMap((r) => r.countNouns), modifiers: reports.flatMap((r) => r.countModifiers) };
    known.set(key, v);
  }
  return v;
}

export function matchFigures(blocks: readonly Block[], options: FigureMatchOptions): FigureMatch[] {
  const { reports, otherSources } = options;
  const out: FigureMatch[] = [];
  if (reports.length === 0) return out;
  const allFramings = reports.flatMap((r) => r.framings);
  const framingById = new Map(allFramings.map((f) => [f.id, f]));
  const distinctFramings = [...framingById.values()];
  const vocabulary = countVocabulary(reports);
  const kinds = kindsFor(reports);

  const scope = new Map(distinctFramings.map((f) => [f.id, f.scope ?? 'figure']));

  blocks.forEach((block, index) => {
    const mentions = findNumbers(block.text, vocabulary);
    if (!mentions.some((m) => kinds.has(m.kind))) return;
    const sentences = splitSentences(block.text);
    const sentenceIndex = new Map(sentences.map((span, i) => [span, i]));
    const quoted = options.reportQuoteSpans?.get(index) ?? [];
    const speech = options.speechSpans?.get(index) ?? [];
    /** Per sentence: its view, its framing hits and which figure each describes. */
    const perSentence = new Map<Span, { view: SentenceView; hits: FramingHit[]; owners: FramingOwners }>();
    const whole: Span = { start: 0, end: block.text.length };
    for (const mention of mentions) {
      if (!kinds.has(mention.kind)) continue;
      const span = spanContaining(sentences, mention.numberStart) ?? whole;
      let known = perSentence.get(span);
      if (!known) {
        const at = sentenceIndex.get(span) ?? -1;
        const prev = at > 0 ? sentences[at - 1] : undefined;
        const view: SentenceView = {
          block: index,
          blockText: block.text,
          kind: block.kind,
          span,
          text: block.text.slice(span.start, span.end),
          previous: prev ? block.text.slice(prev.start, prev.end) : '',
          inSpeech: false,
          memo: new Map(),
        };
        const hits = findFramings(view.text, block.text, distinctFramings).filter(
          // A framing word inside a quotation of the report is the report's own wording.
          (h) => !quoted.some((q) => h.start + span.start >= q.start && h.end + span.start <= q.end),
        );
        known = { view, hits, owners: framingOwners(hits, figureMentions(mentions, span, kinds), view) };
        perSentence.set(span, known);
      }
      const sentence: SentenceView = { ...known.view, inSpeech: speech.some((q) => mention.start >= q.start && mention.end <= q.end) };
      const inReportQuote = quoted.some((q) => mention.start >= q.start && mention.end <= q.end);
      const mine = inReportQuote ? [] : framingsFor(mention, known.hits, known.owners.owners, scope);
      const mineIds = new Set(mine.map((h) => h.framing));
      const doubtIds = new Set(inReportQuote ? [] : known.hits.filter((h) => known.owners.doubtful.get(h) === mention).map((h) => h.framing));
      // Distortions are counts: "$320,000" is no sum of children (other sources say their own units).
      const counted = FIGURE_KINDS.has(mention.kind);
      const match =
        (counted ? matchDistortion(mention, sentence, reports, mineIds) : null) ??
        matchReportFigure(mention, sentence, reports, mineIds, doubtIds) ??
        matchOtherSource(mention, sentence, otherSources);
      if (match) out.push({ ...match, block: index, mention });
    }
  });
  return out;
}

type MatchBody = Omit<FigureMatch, 'block' | 'mention'>;

function matchDistortion(m: NumberMention, s: SentenceView, reports: readonly Report[], framings: ReadonlySet<string>): MatchBody | null {
  if (once(s, 'rebuttal', () => isRebuttal(s.text))) return null;
  for (const report of reports) {
    for (const d of report.distortions) {
      if (!distortionFits(d, m, framings, s)) continue;
      const figure = report.figures.find((f) => d.figures.includes(f.id));
      return {
        verdict: isClaimOfOthers(s, report) ? 'needs-context' : 'misleading',
        report: report.number,
        ref: d.id,
        matches: null,
        caveats: unique(d.caveats),
        framings: [...framings],
        passage: figure?.passage ?? null,
      };
    }
  }
  return null;
}

function matchReportFigure(
  m: NumberMention,
  s: SentenceView,
  reports: readonly Report[],
  framings: ReadonlySet<string>,
  doubtful: ReadonlySet<string> = new Set(),
): MatchBody | null {
  if (m.value === null) return null;
  const minContext = s.kind === 'title' || s.kind === 'heading' ? 1 : MIN_CONTEXT;
  let best: { report: Report; figure: Figure; score: number } | null = null;
  for (const report of reports) {
    const generic = genericTerms(report);
    const scopes = new Map(report.framings.map((f) => [f.id, f.scope ?? 'figure']));
    for (const figure of report.figures) {
      if (!unitAccepts(figure, m) || !figureFits(m.value, m.qualifier, figure)) continue;
      if (hasExclusion(figure, m, s)) continue;
      const base = once(s, `context ${figure.id}`, () => contextScore(figure, s, generic));
      // "32,000 migrant children are missing": the framing the report warns about for this
      // figure is itself a sign the sentence is about it (the most common distortion).
      // A sentence-wide framing (the period blamed on one side) says nothing of which figure.
      const framed = figure.framings.some((f) => framings.has(f.framing) && scopes.get(f.framing) !== 'sentence') ? 1 : 0;
      // "67,987" in a table cell, which has no sentence to say what it counts: a count written
      // to its last digits is that count. In prose the sentence must still say what it counts.
      const tabular = s.kind === 'cell' || s.kind === 'list-item';
      const exact = tabular && significantDigits(m.value) >= EXACT_DIGITS && (figure.qualifier === 'exactly' ? figure.value : figure.exact) === m.value ? MIN_CONTEXT : 0;
      const total = base.total + framed + exact;
      const specific = base.specific + framed + exact;
      if (total < minContext || specific === 0) continue;
      const score = total + specific;
      if (!best || score > best.score) best = { report, figure, score };
    }
  }
  if (!best) return null;
  const { report, figure } = best;
  const triggered = figure.framings.filter((f) => framings.has(f.framing) || doubtful.has(f.framing));
  const caveats = [...figure.caveats, ...triggered.map((t) => t.caveat)];
  // A framing that may not describe this figure earns it needs-context at most.
  let verdict = verdictOf(triggered.map((t) => (framings.has(t.framing) ? t.severity : 'needs-context')));
  if (verdict === 'misleading' && isClaimOfOthers(s, report)) verdict = 'needs-context';
  if (verdict === 'supported' && countedNoun(s.blockText, m, report, figure) === 'other') {
    // "32,000 orders of removal", "448.000 personas a ingresar": the number counts something
    // the figure does not, so the article does not describe it as the report does.
    verdict = 'needs-context';
  }
  if (m.qualifier === 'up-to') {
    // "Up to 32,000" makes the report's floor a ceiling.
    caveats.push('qualifier-upper-bound');
    if (verdict === 'supported') verdict = 'needs-context';
  }
  return {
    verdict,
    report: report.number,
    ref: figure.id,
    matches: figure.value,
    caveats: unique(caveats),
    framings: triggered.map((t) => t.framing),
    passage: figure.passage,
  };
}

function matchOtherSource(m: NumberMention, s: SentenceView, sources: readonly OtherSource[]): MatchBody | null {
  const source = sources.find((src) => otherSourceFits(src, m, s));
  if (!source) return null;
  return { verdict: 'other-source', report: source.id, ref: source.id, matches: null, caveats: [], framings: [], passage: null };
}
