/**
 * Does the article cover a report, and which one? Naming it ("OIG-24-46", its title) is
 * enough. Otherwise the article must hit every context group of the report (agency,
 * subject, source) AND carry evidence from it: a figure of the report, one of its known
 * distortions, or a quotation of its words. Look-alike stories (ICE arrests, detention
 * counts, the NYT's 85,000) share words or numbers with the report but not both.
 *
 * The two reports share a figure (448,000 transfers): a page whose only evidence is a
 * shared figure is given to the report it has more distinguishing terms for, and to
 * neither on a tie, because guessing the wrong report puts the wrong document on the card.
 */
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

export function namesReport(text: string, report: Report): boolean {
  return findTerms(text, report.detection.identifiers).length > 0;
}

export function hitsAllGroups(text: string, report: Report): boolean {
  return report.detection.contextGroups.every((g) => findTerms(text, g.terms).length > 0);
}

function distinguishingScore(text: string, report: Report): number {
  return new Set(findTerms(text, report.detection.distinguishing).map((h) => h.term.toLowerCase())).size;
}

/** Report numbers the article covers. `text` is the article's own text (title included). */
export function decideCoverage(text: string, evidence: readonly ReportEvidence[]): string[] {
  const named = evidence.filter((e) => namesReport(text, e.report));
  const eligible = evidence.filter((e) => !named.includes(e) && hitsAllGroups(text, e.report));
  const sharedValues = (e: ReportEvidence) =>
    e.figureValues.filter((v) => evidence.some((o) => o !== e && o.report.figures.some((f) => f.value === v)));
  const unique = eligible.filter(
    (e) => e.quotes > 0 || e.distortions > 0 || e.figureValues.some((v) => !sharedValues(e).includes(v)),
  );
  const covered = [...named, ...unique];
  const sharedOnly = eligible.filter((e) => !unique.includes(e) && e.figureValues.length > 0);
  if (covered.length === 0 && sharedOnly.length > 0) {
    const scored = sharedOnly.map((e) => ({ e, score: distinguishingScore(text, e.report) }));
    const top = Math.max(...scored.map((s) => s.score));
    const winners = scored.filter((s) => s.score === top);
    const [winner] = winners;
    if (winner && winners.length === 1 && top > 0) covered.push(winner.e);
  }
  return evidence.filter((e) => covered.includes(e)).map((e) => e.report.number);
}
