/**
 * A report's words in the other languages coverage is written in. The knowledge files keep
 * a figure's context and a framing's terms in English, with their renderings per language
 * beside them (`contextByLanguage`, `termsByLanguage`); the matchers look for all of them,
 * so a Spanish page's "no se presentaron" is a figure's context as "failed to appear" is.
 */
import type { Figure, Framing, Report } from './types';

const contexts = new WeakMap<Figure, string[]>();
const exclusions = new WeakMap<Figure, string[]>();
const terms = new WeakMap<Framing, string[]>();
const distinguishing = new WeakMap<Report, string[]>();

function withRenderings(own: readonly string[], byLanguage: Partial<Record<string, string[]>> | undefined): string[] {
  return [...new Set([...own, ...Object.values(byLanguage ?? {}).flatMap((t) => t ?? [])])];
}

/** The figure's context words in every language the knowledge base renders them in. */
export function figureContext(figure: Figure): string[] {
  let all = contexts.get(figure);
  if (!all) contexts.set(figure, (all = withRenderings(figure.context, figure.contextByLanguage)));
  return all;
}

/** The figure's exclusion words in every language the knowledge base renders them in. */
export function figureExclusions(figure: Figure): string[] {
  let all = exclusions.get(figure);
  if (!all) exclusions.set(figure, (all = withRenderings(figure.exclude, figure.excludeByLanguage)));
  return all;
}

/** The framing's terms in every language the knowledge base renders them in. */
export function framingTerms(framing: Framing): string[] {
  let all = terms.get(framing);
  if (!all) terms.set(framing, (all = withRenderings(framing.terms, framing.termsByLanguage)));
  return all;
}

/** The terms that tell the report from its siblings, in every language the knowledge base renders them in. */
export function distinguishingTerms(report: Report): string[] {
  let all = distinguishing.get(report);
  if (!all) distinguishing.set(report, (all = withRenderings(report.detection.distinguishing, report.detection.distinguishingByLanguage)));
  return all;
}
