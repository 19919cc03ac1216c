/**
 * Framings: the words around a figure that describe it in a way the report does not
 * ("32,000 missing", "lost track of", "the Biden administration's"). A framing is only
 * counted when the article asserts it: a negated term ("are not missing"), a risk
 * ("at risk of being trafficked") or a sentence that reports the framing in order to
 * refute it ("claims that 320,000 are missing are false") does not count. When in
 * doubt this says nothing, because a false "misleading" accuses a journalist.
 */
import type { Framing } from '../knowledge/types';
import { findTerms } from './terms';

export interface FramingHit {
  framing: string;
  term: string;
  start: number;
  end: number;
}

// No 'u' flag: these are English word lists, and V8 compiles a plain regex several times faster.
const NEGATION_BEFORE = /(?:\b(?:not|never|no|nor|none|neither|without|rather than|instead of|nothing)\b|n['\u2019]t\b)[^.;:!?]{0,30}$/i;
const HEDGE_BEFORE = /\b(?:risk|risks|risky|at[- ]risk|vulnerable|susceptible|could|may|might|potentially|possibly|fear|feared|fears|danger|dangers|exposed|assurance|safe from|likely|prey)\b[^.;:!?]{0,40}$/i;
const REBUTTAL = /\b(?:false(?:ly)?|misleading(?:ly)?|incorrect(?:ly)?|inaccurate(?:ly)?|debunk\w*|myth|viral|rumou?rs?|not true|no evidence|misrepresent\w*|mischaracteri[sz]\w*|conflat\w*|erroneous(?:ly)?|fact[- ]check\w*|wrongly|does not mean|doesn['\u2019]t mean|is not the same|are not the same|pants on fire)\b/i;

const LEFT = /\b(?:biden|harris|democrats?|democratic)\b/i;
const RIGHT = /\b(?:trump|republicans?|gop)\b/i;

const SPEECH = /\b(?:claim(?:ed|s)?|alleg(?:ed|es)|said|says|told|tweeted|posted|wrote|insisted|argued|declared)\b/i;
const REPORT_CUE = /\b(?:report(?:s|ed)?|watchdog|inspector general|OIG|audit|alert|findings?)\b/i;

/**
 * The sentence reports what someone else claimed ("Vance said 320,000 children are
 * missing") without giving it to the report. The figure is still not the report's, and the
 * card says so, but the article is quoting, not asserting: the most it earns is
 * needs-context, never misleading.
 */
export function isReportedClaim(sentence: string): boolean {
  return SPEECH.test(sentence) && !REPORT_CUE.test(sentence);
}

/** The sentence repeats a claim in order to refute it. */
export function isRebuttal(sentence: string): boolean {
  return REBUTTAL.test(sentence);
}

function insideIgnored(text: string, hit: { start: number; end: number }, ignore: readonly string[]): boolean {
  if (ignore.length === 0) return false;
  return findTerms(text, ignore).some((i) => i.start <= hit.start && i.end >= hit.end);
}

/**
 * Framings asserted in `sentence`. `block` is the whole paragraph: naming both
 * administrations anywhere in it means the period is not pinned on one of them.
 */
export function findFramings(sentence: string, block: string, framings: readonly Framing[]): FramingHit[] {
  if (isRebuttal(sentence)) return [];
  const hits: FramingHit[] = [];
  for (const framing of framings) {
    if (framing.id === 'one-administration' && LEFT.test(block) && RIGHT.test(block)) continue;
    for (const hit of findTerms(sentence, framing.terms)) {
      if (insideIgnored(sentence, hit, framing.ignore ?? [])) continue;
      const before = sentence.slice(Math.max(0, hit.start - 60), hit.start);
      if (NEGATION_BEFORE.test(before)) continue;
      if (framing.id === 'trafficked-as-fact' && HEDGE_BEFORE.test(before)) continue;
      hits.push({ framing: framing.id, term: hit.term, start: hit.start, end: hit.end });
    }
  }
  // "are missing" and "missing" are one framing of the same words: keep the longer hit.
  const distinct = hits.filter(
    (h) => !hits.some((o) => o !== h && o.framing === h.framing && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
  return distinct.sort((a, b) => a.start - b.start);
}
