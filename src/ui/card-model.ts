/**
 * What a source card shows for one annotation, computed from the annotation and the
 * knowledge base. Pure data: the Preact card only lays it out, and tests can check the
 * content without a browser. Every string here is the page's words (rendered as text,
 * never HTML), the knowledge base's, or a message in the card's locale (i18n.ts).
 */
import type { Annotation, Verdict } from '../annotate/types';
import type { Engine } from '../annotate/analyze';
import type { Translations } from '../knowledge/types';
import { splitSentences } from '../extract/text';
import { translator, type Locale, type MessageKey, type Translator } from './i18n';

export interface CardLink {
  label: string;
  url: string;
}

export interface CardModel {
  /** The language the card speaks. */
  locale: Locale;
  /** The article's language (the page's `<html lang>`), for its own words; '' when the page does not say. */
  articleLang: string;
  /** The language of the knowledge base's text on the card (caveats, correct reading, other source). */
  knowledgeLang: string;
  verdict: Verdict;
  verdictLabel: string;
  /** A symbol that carries the verdict without colour. */
  icon: string;
  kind: Annotation['kind'];
  articleText: string;
  /** The report's own words, split so the figure or quoted span can be marked. */
  reportSays: { before: string; mark: string; after: string } | null;
  /**
   * Set when `reportSays` is not the report's sentence but the outlets' wording of its
   * finding (a paraphrase passage): where that wording was seen. The card says so plainly.
   */
  paraphraseBasis: string | null;
  /** For a known distortion: what the report's figures actually say, in our words. */
  correctReading: string | null;
  /** For another source: what it is and why it is not the report's. */
  otherSource: { name: string; whatItIs: string; whyNot: string } | null;
  source: { number: string; title: string; date: string } | null;
  /** Said next to the source when the report's words are known only as others quoted them. */
  secondHand: boolean;
  caveats: { id: string; title: string; text: string; links: CardLink[] }[];
  diff: Extract<Annotation, { kind: 'quote' }>['diff'];
  matchLabel: string | null;
  links: CardLink[];
}

const VERDICT_MESSAGE: Record<Verdict, MessageKey> = {
  supported: 'verdict_supported',
  'needs-context': 'verdict_needs_context',
  misleading: 'verdict_misleading',
  'other-source': 'verdict_other_source',
};

/** A verdict in words, in the translator's language. */
export function verdictLabel(verdict: Verdict, tr: Translator): string {
  return tr.t(VERDICT_MESSAGE[verdict]);
}

export const VERDICT_ICON: Record<Verdict, string> = {
  supported: '\u2713', // check mark
  'needs-context': '\u0021', // exclamation
  misleading: '\u2715', // cross
  'other-source': '\u2197', // arrow out
};

/** The words for each class of quotation, as the card and `check`'s table say it. */
export const MATCH_MESSAGE: Record<Extract<Annotation, { kind: 'quote' }>['match'], MessageKey> = {
  verbatim: 'match_verbatim',
  close: 'match_close',
  altered: 'match_altered',
  'not-found': 'match_not_found',
  translated: 'match_translated',
};

/** Only https links reach the card: the knowledge base is trusted, but not blindly. */
function safe(links: CardLink[]): CardLink[] {
  return links.filter((l) => /^https:\/\//i.test(l.url));
}

/**
 * The sentences of a passage that hold `mark`, with the mark split out so the card can
 * highlight it. A passage is a paragraph; the reader needs the sentence, not the page.
 */
export function splitAround(text: string, mark: string): CardModel['reportSays'] {
  const at = mark ? text.indexOf(mark) : -1;
  if (at < 0) return { before: text, mark: '', after: '' };
  const sentences = splitSentences(text);
  const first = sentences.find((s) => at >= s.start && at < s.end) ?? { start: 0, end: text.length };
  const last = sentences.find((s) => at + mark.length > s.start && at + mark.length <= s.end) ?? first;
  const lead = first.start > 0 ? '\u2026 ' : '';
  const tail = last.end < text.length ? ' \u2026' : '';
  return { before: lead + text.slice(first.start, at), mark, after: text.slice(at + mark.length, last.end) + tail };
}

function formatDate(iso: string, locale: Locale): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** Who reads the card: the interface's language, and the language of the article it sits in. */
export interface CardReader {
  locale: Locale;
  articleLang: string;
}

function otherSourceText(t: { name: string; whatItIs: string; whyNotTheReport: string }): CardModel['otherSource'] {
  return { name: t.name, whatItIs: t.whatItIs, whyNot: t.whyNotTheReport };
}

/**
 * The knowledge base's text on one card, in one language: the card's, when every item on it
 * has that language (the schema requires it), else English for all of them, so the card's
 * `lang` marks stay true.
 */
function knowledgeText(locale: Locale, items: readonly { translations: Translations<object> }[]): KnowledgeText {
  // Checked although the schema requires every language: a card never mixes two under one `lang`.
  const lang: Locale = locale !== 'en' && items.every((item) => item.translations[locale] !== undefined) ? locale : 'en';
  return { lang, pick: (english, translations) => (lang === 'en' ? english : translations[lang]) };
}

interface KnowledgeText {
  lang: Locale;
  pick<T extends object>(english: T, translations: Translations<T>): T;
}

export function cardModel(a: Annotation, engine: Engine, { locale, articleLang }: CardReader = { locale: 'en', articleLang: '' }): CardModel {
  const tr = translator(locale);
  const report = engine.reportsByNumber.get(a.report);
  const other = engine.kb.otherSources.find((s) => s.id === a.report);
  const distortion = a.kind === 'figure' && report && a.matches === null ? report.distortions.find((d) => d.id === a.ref) : undefined;
  const caveatItems = a.caveats.flatMap((id) => {
    const c = engine.index.caveats.get(id);
    return c ? [c] : [];
  });
  const shown = [...caveatItems, ...(distortion ? [distortion] : []), ...(other ? [other] : [])];
  const { lang: knowledgeLang, pick: text } = knowledgeText(locale, shown);
  let reportSays: CardModel['reportSays'] = null;
  let paraphraseBasis: string | null = null;
  let correctReading: string | null = null;
  if (a.kind === 'figure' && report) {
    // A report figure is shown in its passage; a distortion, with the figure it distorts.
    correctReading = distortion ? text({ correctReading: distortion.correctReading }, distortion.translations).correctReading : null;
    const figure = engine.index.figures.get(distortion ? (distortion.figures[0] ?? '') : a.ref)?.figure;
    const passage = figure ? engine.index.passages.get(figure.passage)?.passage : undefined;
    if (figure && passage) {
      reportSays = splitAround(passage.selector.exact, figure.statedAs);
      if (passage.confidence === 'paraphrase') paraphraseBasis = passage.basis;
    }
  } else if (a.kind === 'quote') {
    const passage = engine.index.passages.get(a.passage)?.passage;
    if (passage) reportSays = splitAround(passage.selector.exact, a.reportText);
  }
  const caveats = caveatItems.map((c) => ({
    id: c.id,
    ...text({ title: c.title, text: c.text }, c.translations),
    links: safe(c.sources.map((s) => ({ label: s.name, url: s.url }))),
  }));
  const links: CardLink[] = [];
  if (report) {
    const page = a.source.split('#page=')[1];
    const pdf = page ? tr.t('link_pdf_page', { number: report.number, page }) : tr.t('link_pdf', { number: report.number });
    // An address never seen working is offered, not vouched for.
    links.push({ label: report.documentUrlConfirmed === false ? tr.t('link_unconfirmed', { link: pdf }) : pdf, url: a.source });
    links.push({ label: tr.t('link_oversight', { number: report.number }), url: report.oversightUrl });
  } else if (other) {
    links.push({ label: other.name, url: other.url }, ...other.sources.map((s) => ({ label: s.name, url: s.url })));
  }
  return {
    locale,
    articleLang,
    knowledgeLang,
    verdict: a.verdict,
    verdictLabel: verdictLabel(a.verdict, tr),
    icon: VERDICT_ICON[a.verdict],
    kind: a.kind,
    articleText: a.text,
    reportSays,
    paraphraseBasis,
    correctReading,
    otherSource: other ? otherSourceText(text({ name: other.name, whatItIs: other.whatItIs, whyNotTheReport: other.whyNotTheReport }, other.translations)) : null,
    source: report ? { number: report.number, title: report.title, date: formatDate(report.date, locale) } : null,
    secondHand: report?.secondHand === true,
    caveats,
    diff: a.kind === 'quote' ? a.diff : [],
    matchLabel: a.kind === 'quote' ? tr.t(MATCH_MESSAGE[a.match]) : null,
    links: safe(links),
  };
}
