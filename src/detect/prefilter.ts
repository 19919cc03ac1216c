/**
 * The cheap first look: is there any chance this page covers a report? It is all that a
 * page covering nothing ever costs, so it reads the page's text once and scans it once.
 *
 * A report is a candidate when the text names it (an identifier) or holds a term of every
 * one of its context groups. Each phrase has an anchor, its longest word: no anchor, no
 * phrase. One case-insensitive scan finds where the anchors occur; only when those leave
 * some report possible is each phrase checked, word by word, around its anchor's hits. It
 * errs on the side of passing: coverage.ts makes the real decision.
 */
import type { Report } from '../knowledge/types';
import { compilePhrase, foldCase, hasPhrase, type Phrase } from '../extract/phrases';

/** All the prefilter needs of a report: the always-on content script bundles only this. */
export type DetectionRules = Pick<Report, 'number' | 'detection'>;

export interface Prefilter {
  /** Report numbers whose identifiers or every context group appear in the text. */
  candidates(text: string): string[];
}

interface Anchored extends Phrase {
  anchor: string;
}

interface ReportRule {
  number: string;
  identifiers: Anchored[];
  groups: Anchored[][];
}

/**
 * The rules ready to run, as plain data: every distinct phrase once (its words and its
 * anchor), each report's identifiers and groups as indexes into them, and the source of
 * the one regex that finds anchors. The build makes it for the content script (see
 * src/build/knowledge-plugin.ts), so a page never pays for making it; reports that share
 * their context groups share the phrases.
 */
export interface CompiledDetection {
  phrases: { words: string[]; anchor: string }[];
  rules: { number: string; identifiers: number[]; groups: number[][] }[];
  scanner: string;
}

// A straight apostrophe in a phrase also matches a curly one (see phrases.ts).
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll("'", "['\u2019]");
const isWord = (ch: string) => /[a-z0-9]/i.test(ch);

/** One regex for every anchor, bounded where the anchor starts or ends with a letter or digit. */
function anchorScanner(anchors: Iterable<string>): string {
  return [...new Set(anchors)]
    .sort((a, b) => b.length - a.length)
    .map((a) => `${isWord(a[0] ?? '') ? '\\b' : ''}${escape(a)}${isWord(a[a.length - 1] ?? '') ? '\\b' : ''}`)
    .join('|');
}

export function compileDetection(reports: readonly DetectionRules[]): CompiledDetection {
  const phrases: CompiledDetection['phrases'] = [];
  const seen = new Map<string, number>();
  // Each phrase's anchor is its longest word: a phrase cannot occur where its anchor does not.
  const indexes = (terms: readonly string[]) =>
    terms.flatMap((term) => {
      const phrase = compilePhrase(term);
      if (!phrase) return [];
      const key = phrase.words.join(' ');
      let at = seen.get(key);
      if (at === undefined) {
        at = phrases.push({ words: phrase.words, anchor: phrase.words.reduce((a, w) => (w.length > a.length ? w : a)) }) - 1;
        seen.set(key, at);
      }
      return [at];
    });
  const rules = reports.map((r) => ({
    number: r.number,
    identifiers: indexes(r.detection.identifiers),
    groups: r.detection.contextGroups.map((g) => indexes(g.terms)).filter((g) => g.length > 0),
  }));
  return { phrases, rules, scanner: anchorScanner(phrases.map((p) => p.anchor)) };
}

/** Anchor hits kept per anchor; past this many, a phrase is looked for in the whole text. */
const MAX_HITS = 64;

/**
 * Does the phrase occur around one of its anchor's hits? Only a window of the text is
 * folded and searched, so a common anchor ("management") costs a few short searches, not
 * a copy of the whole page.
 */
function foundNear(text: string, phrase: Anchored, hits: readonly number[] | undefined): boolean {
  if (!hits) return false;
  const reach = phrase.term.length * 2 + 16;
  return hits.some((at) => hasPhrase(foldCase(text.slice(Math.max(0, at - reach), at + reach)), phrase));
}

export function createPrefilter(compiled: CompiledDetection): Prefilter {
  const phrases: Anchored[] = compiled.phrases.map((p) => ({ term: p.words.join(' '), ...p }));
  const pick = (indexes: readonly number[]) => indexes.flatMap((i) => phrases[i] ?? []);
  const rules: ReportRule[] = compiled.rules.map((r) => ({ number: r.number, identifiers: pick(r.identifiers), groups: r.groups.map(pick) }));
  // No 'u' flag: V8 compiles and runs a plain case-insensitive regex several times faster.
  const scanner = compiled.scanner ? new RegExp(compiled.scanner, 'gi') : null;
  return {
    candidates(text: string): string[] {
      if (!scanner) return [];
      const hits = new Map<string, number[]>();
      let overflow = false;
      scanner.lastIndex = 0;
      for (let m = scanner.exec(text); m; m = scanner.exec(text)) {
        const anchor = foldCase(m[0]);
        const list = hits.get(anchor) ?? [];
        if (list.length < MAX_HITS) list.push(m.index);
        else overflow = true;
        hits.set(anchor, list);
      }
      const possible = (phrases: readonly Anchored[]) => phrases.some((p) => hits.has(p.anchor));
      const open = rules.filter((r) => possible(r.identifiers) || (r.groups.length > 0 && r.groups.every(possible)));
      if (open.length === 0) return [];
      // A rare page repeats an anchor more than MAX_HITS times: search it whole.
      const folded = overflow ? foldCase(text) : '';
      const found = (phrases: readonly Anchored[]) =>
        phrases.some((p) => (overflow ? hits.has(p.anchor) && hasPhrase(folded, p) : foundNear(text, p, hits.get(p.anchor))));
      return open.filter((r) => found(r.identifiers) || (r.groups.length > 0 && r.groups.every(found))).map((r) => r.number);
    },
  };
}

export function compilePrefilter(reports: readonly DetectionRules[]): Prefilter {
  return createPrefilter(compileDetection(reports));
}

/** Below this, script source in the text costs less to scan than to cut out. */
const CUT_SCRIPTS_ABOVE = 256 * 1024;

/**
 * The text of `root`, natively read. Some pages carry a megabyte of inline JavaScript or
 * JSON in their body, which `textContent` includes and the scan would then read: when the
 * text is large and mostly script, the scripts' source is cut out of it (each script's
 * text is found in order, so the cut costs a few comparisons, not a walk of the DOM).
 */
export function pageText(root: Element): string {
  const text = root.textContent ?? '';
  if (text.length < CUT_SCRIPTS_ABOVE) return text;
  const sources = Array.from(root.querySelectorAll('script, style'), (el) => el.textContent ?? '').filter((t) => t.length > 0);
  if (sources.reduce((n, t) => n + t.length, 0) < text.length / 2) return text;
  const parts: string[] = [];
  let at = 0;
  for (const source of sources) {
    const found = text.indexOf(source, at);
    if (found === -1) continue;
    parts.push(text.slice(at, found));
    at = found + source.length;
  }
  parts.push(text.slice(at));
  return parts.join('\n');
}

/**
 * The text the prefilter reads: the title, and the story when the page marks it (one
 * <article>, else one <main>, with a few paragraphs), else the whole body.
 */
export function storyText(doc: Document): string {
  // A lone <article> or <main> with a few paragraphs is the story; a teaser card is not.
  const story = (list: HTMLCollectionOf<Element>) => (list.length === 1 && (list[0]?.getElementsByTagName('p').length ?? 0) >= 3 ? list[0] : null);
  const root = story(doc.getElementsByTagName('article')) ?? story(doc.getElementsByTagName('main')) ?? doc.body;
  return `${doc.title ?? ''}\n${root ? pageText(root) : ''}`;
}
