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
import { framingTerms } from '../knowledge/languages';

export interface FramingHit {
  framing: string;
  term: string;
  start: number;
  end: number;
}

// No 'u' flag: these are English word lists, and V8 compiles a plain regex several times faster.
// The negation must stand in the term's own clause: "never given court dates, and nobody
// knows where they are" negates the court dates, not the not knowing.
const NEGATION_BEFORE = /(?:\b(?:not|never|no|nor|none|neither|without|rather than|instead of|nothing|nunca|jamás|sin|não|nem|sem|pas|jamais|sans)(?![A-Za-z])|n['\u2019]t\b)[^.,;:!?]{0,30}$/i;
// With the same words in Spanish, Portuguese and French ("corren mayor riesgo de ser víctimas de trata").
const HEDGE_BEFORE = /\b(?:risk|risks|risky|at[- ]risk|vulnerable|susceptible|could|may|might|potentially|possibly|fear|feared|fears|danger|dangers|exposed|assurance|safe from|likely|prey|riesgo|riesgos|vulnerables|podrían|podría|pueden|puede|posiblemente|peligro|garantía|risco|riscos|vulneráveis|poderiam|poderia|podem|pode|possivelmente|perigo|garantia|risque|risques|vulnérables|pourraient|pourrait|peuvent|peut|possiblement|garantie)(?![A-Za-z\u00C0-\u024F])[^.;:!?]{0,40}$/i;
const REBUTTAL = /\b(?:(?:(?:did|does|do|has|have) not|(?:didn|doesn|don)['\u2019]t) (?:say|find|state|claim|mean|support|show that)|never (?:said|says|found|stated|claimed)|neither of which|not a count|false(?:ly)?|misleading(?:ly)?|incorrect(?:ly)?|inaccurate(?:ly)?|debunk\w*|myth|viral|rumou?rs?|not true|no evidence|misrepresent\w*|mischaracteri[sz]\w*|conflat\w*|erroneous(?:ly)?|fact[- ]check\w*|wrongly|is not the same|are not the same|pants on fire|falso|falsa|engañoso|engañosa|enganoso|enganosa|faux|fausse|trompeur|trompeuse)(?![A-Za-z])/i;

/**
 * Verbs that report what someone said or holds. English words of reporting, not of any
 * report: the author's names come from the knowledge base.
 */
const SPEECH = /\b(?:claim(?:ed|s|ing)?|alleg(?:ed|es|ing)|said|says|say|saying|told|tweeted|posted|wrote|insisted|argued|declared|cited|cites|cite|citing|demanded|demands|asked|asks|questioned|put it at|pointing to|points to|point to|repeated|repeats|asserted|asserts|warned|suggested|suggests|dijo|dice|afirmó|afirma|aseguró|asegura|declaró|señaló|citó|denunció|disse|diz|afirmou|declarou|citou|a dit|a déclaré|a affirmé|affirme|selon)(?![A-Za-z])/i;

/**
 * The sentence reports what someone else claimed ("Vance said 320,000 children are
 * missing", "Republicans cited a figure of 320,000") without giving it to the report,
 * whose author and document words (`cues`, from the knowledge base) it does not use. The
 * figure is still not the report's, and the card says so, but the article is quoting, not
 * asserting: the most it earns is needs-context, never misleading.
 */
export function isReportedClaim(sentence: string, cues: readonly string[]): boolean {
  return SPEECH.test(sentence) && findTerms(sentence, cues).length === 0;
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
 * Framings asserted in `sentence`. `block` is the whole paragraph: naming every side a
 * framing lists (`balancedBy`: both administrations) anywhere in it means the period is
 * not pinned on one of them.
 */
export function findFramings(sentence: string, block: string, framings: readonly Framing[]): FramingHit[] {
  if (isRebuttal(sentence)) return [];
  const hits: FramingHit[] = [];
  for (const framing of framings) {
    const sides = framing.balancedBy ?? [];
    if (sides.length > 1 && sides.every((side) => findTerms(block, side).length > 0)) continue;
    for (const hit of findTerms(sentence, framingTerms(framing))) {
      if (insideIgnored(sentence, hit, framing.ignore ?? [])) continue;
      const before = sentence.slice(Math.max(0, hit.start - 60), hit.start);
      if (NEGATION_BEFORE.test(before)) continue;
      if (framing.hedgeable && HEDGE_BEFORE.test(before)) continue;
      hits.push({ framing: framing.id, term: hit.term, start: hit.start, end: hit.end });
    }
  }
  // "are missing" and "missing" are one framing of the same words: keep the longer hit.
  const distinct = hits.filter(
    (h) => !hits.some((o) => o !== h && o.framing === h.framing && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
  return distinct.sort((a, b) => a.start - b.start);
}
