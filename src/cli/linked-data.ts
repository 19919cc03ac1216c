/**
 * Findings as the standard vocabularies annotation tools, archives and fact-checkers share:
 * W3C Web Annotations (https://www.w3.org/TR/annotation-model/) and schema.org ClaimReview
 * drafts. The words of a caveat come from the knowledge base, never from the engine.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Annotation } from '../annotate/types';
import type { KnowledgeBase } from '../knowledge/types';
import type { CheckResult } from './format';
import { isUrl } from './load-page';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const SCHEMA_CONTEXT = 'https://schema.org';
const CREATOR = { type: 'Software', name: 'Source Lens' } as const;

/** The page's own address: its URL, its archived URI, or a file: URL for a saved page. */
export function pageUrl(result: CheckResult): string {
  return isUrl(result.input) || result.archive ? result.input : pathToFileURL(result.input).href;
}

/** A name-based (version 5 style) UUID: the same finding on the same page keeps its id. */
function stableId(...parts: string[]): string {
  const hex = createHash('sha1').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function caveatTexts(kb: KnowledgeBase, ids: readonly string[]): string[] {
  const all = new Map(kb.reports.flatMap((r) => r.caveats).map((c) => [c.id, c]));
  return ids.map((id) => {
    const c = all.get(id);
    return c ? `${c.title}: ${c.text}` : id;
  });
}

/** What the report says, in one line: the passage a quotation matches, or the figure. */
function reportSays(a: Annotation): string {
  if (a.kind === 'quote') return a.reportText;
  if (a.matches !== null) return `The report's figure: ${a.matches.toLocaleString('en-US')} (${a.ref}).`;
  return `Not a figure of the report (${a.ref}).`;
}

export function webAnnotations(result: CheckResult, kb: KnowledgeBase, created: string): object[] {
  const source = pageUrl(result);
  return result.annotations.map((a) => ({
    '@context': ANNOTATION_CONTEXT,
    id: stableId(source, a.kind, a.selector.prefix, a.selector.exact, a.selector.suffix),
    type: 'Annotation',
    motivation: 'assessing',
    created,
    creator: CREATOR,
    body: [
      { type: 'TextualBody', purpose: 'assessing', value: a.verdict, format: 'text/plain' },
      { type: 'TextualBody', purpose: 'commenting', value: reportSays(a), format: 'text/plain' },
      ...caveatTexts(kb, a.caveats).map((value) => ({ type: 'TextualBody', purpose: 'commenting', value, format: 'text/plain' })),
      { id: a.source, type: 'Text', purpose: 'linking' },
    ],
    target: {
      source,
      selector: { type: 'TextQuoteSelector', exact: a.selector.exact, prefix: a.selector.prefix, suffix: a.selector.suffix },
      ...(result.date ? { state: { type: 'TimeState', sourceDate: result.date } } : {}),
    },
  }));
}

/** Verdicts a fact-checker would publish a review of. */
const REVIEWED = new Set(['misleading', 'needs-context']);

/**
 * ClaimReview drafts: `creativeWorkStatus` "Draft" and no `datePublished`, because a
 * fact-checker reviews and signs each one before it is published (README: "check").
 */
export function claimReviews(result: CheckResult, kb: KnowledgeBase): object[] {
  const appearance = {
    '@type': 'CreativeWork',
    url: pageUrl(result),
    ...(result.title ? { headline: result.title } : {}),
    ...(result.date ? { dateCreated: result.date } : {}),
  };
  return result.annotations
    .filter((a) => REVIEWED.has(a.verdict))
    .map((a) => ({
      '@context': SCHEMA_CONTEXT,
      '@type': 'ClaimReview',
      creativeWorkStatus: 'Draft',
      claimReviewed: a.selector.exact,
      itemReviewed: { '@type': 'Claim', appearance },
      reviewRating: {
        '@type': 'Rating',
        alternateName: a.verdict,
        ratingExplanation: [reportSays(a), ...caveatTexts(kb, a.caveats)].join(' '),
      },
      url: a.source,
      author: { '@type': 'Organization', name: 'Source Lens (draft for a fact-checker to review)' },
    }));
}
