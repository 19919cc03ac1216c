/**
 * Does the article cover a report, and which one? Naming it ("OIG-24-46", its title) is
 * enough. Otherwise the evidence is weighed: the report's author named (the inspector
 * general, the watchdog), its context groups (agency, subject, kind of document), its
 * distinguishing terms, and, what no look-alike has, content of the report itself: its
 * figures in their own context, its known distortions, quotations of its words. No single
 * group is required: a page that says "the inspector general" and prints two of the
 * report's figures covers it without naming the agency. Look-alike stories (ICE arrests,
 * detention counts, the NYT's 85,000) share words or numbers with the report, never its
 * content in context, so content is always required.
 *
 * The two DHS reports share a figure (448,000 transfers): a shared figure counts for a
 * report only when the page has content of that report of its own; a page whose only
 * content is shared figures is given to the report it has more distinguishing terms for,
 * and to neither on a tie, because guessing puts the wrong document on the card.
 */
import { distinguishingTerms } from '../knowledge/languages';
import type { Report } from '../knowledge/types';
import { findTerms } from '../match/terms';

export interface ReportEvidence {
  report: Report;
  /** Values of the report's figures matched in the article. */
  figureValues: number[];
  /** Known distortions of this report matched by a specific value ("320,000"). */
  distortions: number;
  /** Quotations matched to its passages (verbatim, close or altered). */
  quotes: number;
}

/** Each kind of evidence and what it weighs; a page covers a report at COVERAGE_THRESHOLD. */
const WEIGHT = {
  /** One of the report's figures in its own context: the strongest sign short of a quotation. */
  figure: 1,
  /** A known distortion of the report ("320,000 missing"): the report is what is being distorted. */
  distortion: 1,
  /** A quotation of the report's words. */
  quote: 1.5,
  /** The report's author named ("the inspector general", "DHS IG", "Cuffari"). */
  author: 1,
  /** Each context group (agency, subject, kind of document) the article has a term of. */
  group: 0.5,
  /** Any of the terms that point to this report rather than a sibling one. */
  distinguishing: 0.5,
};
/** Figures and quotations beyond this many add nothing: a long story is not more coverage. */
const MAX_COUNTED = 2;
/**
 * Two figures and the author (3), one figure with the author and a group (2.5), or a
 * quotation with the subject and the author: enough. One figure with the agency and the
 * subject but no author or kind of document (2) is not: a story on ICE that happens to
 * print a number of the same size is not coverage.
 */
const COVERAGE_THRESHOLD = 2.5;

function namesReport(text: string, report: Report): boolean {
  return findTerms(text, report.detection.identifiers).length > 0;
}

function groupsHit(text: string, report: Report): number {
  return report.detection.contextGroups.filter((g) => findTerms(text, g.terms).length > 0).length;
}

function authorNamed(text: string, report: Report): boolean {
  return findTerms(text, report.detection.author).length > 0;
}

function distinguishingScore(text: string, report: Report): number {
  return new Set(findTerms(text, distinguishingTerms(report)).map((h) => h.term.toLowerCase())).size;
}

function sharedWith(e: ReportEvidence, all: readonly ReportEvidence[]): Set<number> {
  return new Set(e.figureValues.filter((v) => all.some((o) => o !== e && o.report.figures.some((f) => f.value === v))));
}

/**
 * The page gives what it reports to a source of the report's kind: it names the author,
 * quotes the report, or speaks of a document ("a new audit", "a 14-page report") while
 * printing at least two of its figures. Without that, figures of the right size in a story
 * on the same agency (an official's own counts) are not coverage.
 */
function attributed(text: string, e: ReportEvidence, figures: number): boolean {
  if (authorNamed(text, e.report) || e.quotes > 0) return true;
  return figures >= MAX_COUNTED && findTerms(text, e.report.detection.documentNouns).length > 0;
}

/** The page's weight of evidence for one report, counting the figures given. */
function weigh(text: string, e: ReportEvidence, figures: number): number {
  return (
    WEIGHT.figure * Math.min(figures, MAX_COUNTED) +
    WEIGHT.distortion * Math.min(e.distortions, 1) +
    WEIGHT.quote * Math.min(e.quotes, MAX_COUNTED) +
    (authorNamed(text, e.report) ? WEIGHT.author : 0) +
    WEIGHT.group * groupsHit(text, e.report) +
    (distinguishingScore(text, e.report) > 0 ? WEIGHT.distinguishing : 0)
  );
}

/** Report numbers the article covers. `text` is the article's own text (title included). */
export function decideCoverage(text: string, evidence: readonly ReportEvidence[]): string[] {
  const named = evidence.filter((e) => namesReport(text, e.report));
  const rest = evidence.filter((e) => !named.includes(e));
  const own = (e: ReportEvidence) => {
    const shared = sharedWith(e, evidence);
    return { unique: e.figureValues.filter((v) => !shared.has(v)).length, shared: shared.size };
  };
  const withOwnContent = rest.filter((e) => own(e).unique + e.distortions + e.quotes > 0);
  const covered = [...named];
  for (const e of withOwnContent) {
    const { unique, shared } = own(e);
    if (attributed(text, e, unique + shared) && weigh(text, e, unique + shared) >= COVERAGE_THRESHOLD) covered.push(e);
  }
  // Shared figures alone: the report the wording points to, if it is the only one.
  const sharedOnly = rest.filter((e) => !withOwnContent.includes(e) && e.figureValues.length > 0);
  if (covered.length === 0 && sharedOnly.length > 0) {
    const scored = sharedOnly
      .filter((e) => attributed(text, e, e.figureValues.length) && weigh(text, e, e.figureValues.length) >= COVERAGE_THRESHOLD)
      .map((e) => ({ e, score: distinguishingScore(text, e.report) }));
    const top = Math.max(0, ...scored.map((s) => s.score));
    const winners = scored.filter((s) => s.score === top);
    const [winner] = winners;
    if (winner && winners.length === 1 && top > 0) covered.push(winner.e);
  }
  return evidence.filter((e) => covered.includes(e)).map((e) => e.report.number);
}
