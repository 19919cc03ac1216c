/**
 * The knowledge base as the engine sees it. The JSON files under knowledge/ follow
 * knowledge/schema.json, which mirrors these types; validate.ts checks both the
 * shape and the cross-references (a figure's passage exists and states it, ...).
 */

/**
 * How far a passage's words are the report's own: verbatim (high or medium confidence), or
 * `paraphrase`, the outlets' wording of a finding whose sentence we do not hold. A
 * paraphrase still anchors a figure (the report's number), never a quotation.
 */
export type Confidence = 'verbatim-high' | 'verbatim-med' | 'paraphrase';

/** W3C Web Annotation TextQuoteSelector: the passage is found by its exact text and context. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Passage {
  id: string;
  /** Where in the document: "cover memo", "summary", "Table 1"... */
  location: string;
  /** PDF page, when it is known; null when it is not (never guessed). */
  page: number | null;
  confidence: Confidence;
  /** The excerpt we hold stops mid-sentence: text after `exact` is unknown, not absent. */
  truncated: boolean;
  /** Where the wording was seen (oversight.gov, a block quote in an outlet...). */
  basis: string;
  selector: TextQuoteSelector;
  /**
   * The passage's key terms as translations render them, by language code: each entry is
   * one term with its renderings ("trata", "tráfico de personas"). A quotation in that
   * language is linked to the passage by them (src/match/translated.ts).
   */
  translationTerms?: Partial<Record<string, string[][]>>;
}

export type Qualifier =
  | 'more-than'
  | 'at-least'
  | 'about'
  | 'nearly'
  | 'up-to'
  | 'exactly';

export type Severity = 'needs-context' | 'misleading';

export interface Figure {
  id: string;
  value: number;
  /** What the value measures (default a count): money and percentages are figures only where the data says so. */
  unit?: 'count' | 'usd' | 'percent';
  /** The report's own qualifier for the value ("more than 32,000" -> more-than). */
  qualifier: Qualifier;
  /** Exactly what is counted, in our words. */
  counts: string;
  period: string;
  passage: string;
  /** How the passage writes the figure, e.g. "32,000": must occur in the passage text. */
  statedAs: string;
  /**
   * The exact count behind a rounded figure, where a table of the report prints it (Table 1's
   * 448,820 behind "more than 448,000"): an article writing either describes the same figure.
   */
  exact?: number;
  /**
   * Words that identify this figure in an article's sentence ("failed to appear", "court").
   * Matched fuzzily; a figure is only recognised when enough of them are near it.
   */
  context: string[];
  /** What this figure counts where the report's other figures count something else (the 140 individuals met). */
  countNouns?: string[];
  /** The context words in other languages ("es": ["no se presentaron", ...]). */
  contextByLanguage?: Partial<Record<string, string[]>>;
  /** `exclude` in other languages ("detenidos", "détenus"). */
  excludeByLanguage?: Partial<Record<string, string[]>>;
  /** Words that, near the value, mean the sentence is about something else ("arrests"). */
  exclude: string[];
  /** Caveats that always apply to this figure when an article uses it. */
  caveats: string[];
  /** Framings the report does not support for this figure, and how serious each is here. */
  framings: { framing: string; severity: Severity; caveat: string }[];
}

/** The languages the reader-facing knowledge text comes in besides English (the item's own fields). */
export type TranslatedLanguage = 'es' | 'pt' | 'fr';
/** An item's reader-facing text in each of those languages; the schema requires all three. */
export type Translations<T> = Record<TranslatedLanguage, T>;

export interface Caveat {
  id: string;
  /** Short label for the card: "Not a count of missing children". */
  title: string;
  /** Our words, never the report's. */
  text: string;
  /** Fact-checks and primary pages that support the caveat. */
  sources: { name: string; url: string }[];
  translations: Translations<{ title: string; text: string }>;
}

/** A way of describing a figure that the report does not support ("missing", "lost"...). */
export interface Framing {
  id: string;
  description: string;
  /** Phrases, matched as whole words, case-insensitive; "…" is not allowed, list each form. */
  terms: string[];
  /** The terms in other languages ("es": ["desaparecidos", "perdió el rastro"]). */
  termsByLanguage?: Partial<Record<string, string[]>>;
  /**
   * Phrases that contain a term but are not this framing: a term match lying inside one of
   * them is ignored. Without it the report's own "missing apartment numbers" (OIG-25-21's
   * 31,000) or "missing court hearings" would read as calling the children missing.
   */
  ignore?: string[];
  /**
   * "figure" (default): describes the nearest figure in its clause ("32,000 missing").
   * "sentence": describes the findings as a whole, so it applies to every figure in the
   * sentence (one administration blamed, the wrong period or author).
   */
  scope?: 'figure' | 'sentence';
  /**
   * Sides that, named together anywhere in the paragraph, cancel the framing: an article
   * naming both administrations is not pinning the period on one.
   */
  balancedBy?: string[][];
  /** A risk word before the term ("at risk of being trafficked") means it is not asserted. */
  hedgeable?: boolean;
}

/** A number that coverage attributes to the report although the report never states it. */
export interface Distortion {
  id: string;
  /** Values that are this distortion, as articles write them. */
  values: number[];
  /** Magnitude words ("hundreds of thousands") that are this distortion when framed. */
  magnitudes: string[];
  /** Qualifiers under which a value is not this distortion but a rounding of a real figure. */
  notWith: Qualifier[];
  /** When set, the distortion only applies if one of these framings is in the sentence. */
  requiresFraming: string[];
  /** Context words that tie the value to this story (at least one must be near). */
  context: string[];
  correctReading: string;
  /** The report figures it distorts. */
  figures: string[];
  caveats: string[];
  translations: Translations<{ correctReading: string }>;
}

export interface DetectionRules {
  /** Strings that name this document outright: report number, title. */
  identifiers: string[];
  /**
   * Names the report's author goes by in coverage ("inspector general", "watchdog", "OIG",
   * "Cuffari"): evidence of coverage, and what makes words attributed to the report's.
   */
  author: string[];
  /**
   * Words for the document itself ("report", "audit", "alert", "findings"): with the author's
   * names, they give a sentence's claim to the report rather than to a speaker.
   */
  documentNouns: string[];
  /** Groups of terms (agency, subject, kind of document); each one hit is evidence of coverage. */
  contextGroups: { name: string; terms: string[] }[];
  /** With the author named, how many context groups the prefilter needs (without it: all of them). */
  prefilterGroups?: number;
  /** Terms that point to this report rather than a sibling one (dates, figures in words). */
  distinguishing: string[];
  /** The distinguishing terms in other languages ("alerta de gestión"). */
  distinguishingByLanguage?: Partial<Record<string, string[]>>;
}

export interface Report {
  kind: 'report';
  id: string;
  number: string;
  title: string;
  type: string;
  date: string;
  author: string;
  addressee: string | null;
  documentUrl: string;
  /** false when the document's address was never seen working: the card does not present it as confirmed. */
  documentUrlConfirmed?: boolean;
  /** true when every passage is as quoted by someone else, never read in the document itself. */
  secondHand?: boolean;
  oversightUrl: string;
  /** The knowledge base holds excerpts, not the full text: an unmatched quote proves nothing. */
  textCoverage: 'excerpts' | 'full';
  detection: DetectionRules;
  /**
   * What the report's figures count, as articles name it ("children", "minors", "UCs"): a
   * number counting one of these is about the report's subject; they also say nothing
   * about which figure it is (every figure counts them).
   */
  countNouns: string[];
  /**
   * Words that would make the count noun's phrase longer without changing what it counts
   * ("2000 unaccompanied children"): with a count noun after it, a bare 1900-2099 is a count.
   */
  countModifiers: string[];
  /** Words of the report too common in it to tell its passages apart (its agencies' acronyms). */
  stopWords: string[];
  passages: Passage[];
  figures: Figure[];
  caveats: Caveat[];
  framings: Framing[];
  distortions: Distortion[];
  /** Words put in quotation marks as the report's that are someone else's (letters, testimony). */
  misattributedQuotes: { id: string; text: string; actualSource: string; caveat: string }[];
}

/** A real figure from elsewhere that coverage mixes in (the NYT 85,000). */
export interface OtherSource {
  kind: 'other-source';
  id: string;
  name: string;
  publisher: string;
  date: string;
  url: string;
  values: number[];
  /** What the values are written in; counts when absent. */
  units?: NonNullable<Figure['unit']>[];
  notWith: Qualifier[];
  context: string[];
  whatItIs: string;
  whyNotTheReport: string;
  sources: { name: string; url: string }[];
  translations: Translations<{ name: string; whatItIs: string; whyNotTheReport: string }>;
}

/** A language coverage is written in, and the function words that tell it. */
export interface LanguageProfile {
  kind: 'language';
  /** ISO 639-1 code, as in `<html lang>` and the byLanguage keys. */
  id: string;
  name: string;
  stopWords: string[];
}

export type KnowledgeFile = Report | OtherSource | LanguageProfile;

export interface KnowledgeBase {
  reports: Report[];
  otherSources: OtherSource[];
  languages: LanguageProfile[];
}
