/**
 * The cheap first look: is there any chance this page covers a report? It is all that a
 * page covering nothing ever costs, so it reads the page's text once and scans it once.
 *
 * A report is a candidate when the text names it (an identifier), holds a term of every one
 * of its context groups, or names its author and holds terms of `prefilterGroups` of them. Each phrase has an anchor, the longest run of letters and
 * digits in it: no anchor, no phrase. One case-insensitive scan finds where the anchors
 * occur; only when those leave some report possible is each phrase checked, word by word,
 * from its anchor's hits. It errs on the side of passing: coverage.ts makes the real decision.
 */
import type { Report } from '../knowledge/types';
import { compilePhrase, foldCase, hasPhrase, isJoinCode, matchAt } from '../extract/phrases';
import { escapeRegExp, isWordCode } from '../extract/chars';
import { markedStory } from './story';

/** All the prefilter needs of a report: the always-on content script bundles only this. */
export type DetectionRules = Pick<Report, 'number' | 'detection'>;

export interface Prefilter {
  /** Report numbers whose identifiers or enough context groups appear in the text. */
  candidates(text: string): string[];
}

/**
 * A phrase and its anchor: the longest run of letters and digits in any of its words
 * ("oig" in "OIG-24-46", "unaccompanied" in a title), found at `offset` in word `word`.
 * Runs, not whole words, so that no anchor can contain another: the scan finds each one
 * wherever it stands, even at the start of a longer identifier.
 */
interface Anchored {
  /** The phrase's words, folded. */
  words: string[];
  anchor: string;
  word: number;
  offset: number;
}

interface ReportRule {
  number: string;
  identifiers: Anchored[];
  groups: Anchored[][];
  /** The author's names: with one of them, `need` groups are enough. */
  author: Anchored[];
  need: number;
}

/**
 * The rules ready to run, as plain data: every distinct phrase once (its words and its
 * anchor), each report's identifiers and groups as indexes into them, and the source of
 * the one regex that finds anchors. The build makes it for the content script (see
 * src/build/knowledge-plugin.ts), so a page never pays for making it; reports that share
 * their context groups share the phrases.
 */
export interface CompiledDetection {
  phrases: Anchored[];
  rules: { number: string; identifiers: number[]; groups: number[][]; author: number[]; need: number }[];
  scanner: string;
}

/** The longest run of letters and digits in the phrase's words, and where it stands. */
function anchorOf(words: readonly string[]): Omit<Anchored, 'words'> {
  let best = { anchor: '', word: 0, offset: 0 };
  words.forEach((w, word) => {
    for (let i = 0; i < w.length; ) {
      let j = i;
      while (j < w.length && isWordCode(w.charCodeAt(j))) j++;
      if (j - i > best.anchor.length) best = { anchor: w.slice(i, j), word, offset: i };
      i = Math.max(j, i + 1);
    }
  });
  // A phrase of punctuation only ("U.S." has runs): the whole first word stands in.
  return best.anchor ? best : { anchor: words[0] ?? '', word: 0, offset: 0 };
}

const isWord = (ch: string) => /[a-z0-9]/i.test(ch);

/** One regex for every anchor, bounded where the anchor starts or ends with a letter or digit. */
function anchorScanner(anchors: Iterable<string>): string {
  return [...new Set(anchors)]
    .sort((a, b) => b.length - a.length)
    .map((a) => `${isWord(a[0] ?? '') ? '\\b' : ''}${escapeRegExp(a)}${isWord(a[a.length - 1] ?? '') ? '\\b' : ''}`)
    .join('|');
}

export function compileDetection(reports: readonly DetectionRules[]): CompiledDetection {
  const phrases: CompiledDetection['phrases'] = [];
  const seen = new Map<string, number>();
  // A phrase cannot occur where its anchor does not.
  const indexes = (terms: readonly string[]) =>
    terms.flatMap((term) => {
      const phrase = compilePhrase(term);
      if (!phrase) return [];
      const key = phrase.words.join(' ');
      let at = seen.get(key);
      if (at === undefined) {
        at = phrases.push({ words: phrase.words, ...anchorOf(phrase.words) }) - 1;
        seen.set(key, at);
      }
      return [at];
    });
  const rules = reports.map((r) => {
    const groups = r.detection.contextGroups.map((g) => indexes(g.terms)).filter((g) => g.length > 0);
    const need = Math.min(groups.length, r.detection.prefilterGroups ?? groups.length);
    return { number: r.number, identifiers: indexes(r.detection.identifiers), groups, author: indexes(r.detection.author), need };
  });
  return { phrases, rules, scanner: anchorScanner(phrases.map((p) => p.anchor)) };
}

/** Anchor hits kept per anchor; past this many, a phrase is looked for in the whole text. */
const MAX_HITS = 64;
/**
 * The prefilter reads this much of a page's text at most (a long book chapter): a page
 * that does not name a report or its subject in its first megabyte is not news coverage
 * of it, and a task that reads five megabytes is one the reader would feel.
 */
export const MAX_TEXT = 1 << 20;

/**
 * Does the phrase occur with its anchor at `hit`? From the anchor, the words before it are
 * stepped over backwards (their lengths are known, and any run of spaces and hyphens may
 * join them), which gives where the phrase would start; only that stretch of the text is
 * folded and compared, so a common anchor ("management") costs a few short comparisons,
 * not a copy of the whole page.
 */
function phraseAt(text: string, phrase: Anchored, hit: number): boolean {
  let start = hit - phrase.offset;
  for (let j = phrase.word - 1; j >= 0; j--) {
    let p = start;
    while (p > 0 && isJoinCode(text.charCodeAt(p - 1))) p--;
    if (p === start) return false;
    start = p - (phrase.words[j] as string).length;
    if (start < 0) return false;
  }
  let end = start;
  for (let j = 0; j < phrase.words.length; j++) {
    end += (phrase.words[j] as string).length;
    if (j === phrase.words.length - 1) break;
    let q = end;
    while (q < text.length && isJoinCode(text.charCodeAt(q))) q++;
    if (q === end) return false;
    end = q;
  }
  // One character either side, for the whole-word test.
  const from = Math.max(0, start - 1);
  return matchAt(foldCase(text.slice(from, end + 1)), phrase.words, start - from) !== -1;
}

export function createPrefilter(compiled: CompiledDetection): Prefilter {
  const pick = (indexes: readonly number[]) => indexes.flatMap((i) => compiled.phrases[i] ?? []);
  const rules: ReportRule[] = compiled.rules.map((r) => ({
    number: r.number,
    identifiers: pick(r.identifiers),
    groups: r.groups.map(pick),
    author: pick(r.author),
    need: r.need,
  }));
  const enoughGroups = (r: ReportRule, hit: (phrases: readonly Anchored[]) => boolean) => {
    if (r.groups.length === 0) return false;
    const count = r.groups.filter((g) => hit(g)).length;
    return count === r.groups.length || (count >= r.need && hit(r.author));
  };
  // No 'u' flag: V8 compiles and runs a plain case-insensitive regex several times faster.
  const scanner = compiled.scanner ? new RegExp(compiled.scanner, 'gi') : null;
  return {
    candidates(fullText: string): string[] {
      if (!scanner) return [];
      const text = fullText.length > MAX_TEXT ? fullText.slice(0, MAX_TEXT) : fullText;
      const hits = new Map<string, number[]>();
      /** Anchors seen more than MAX_HITS times: past its kept hits, such a phrase is searched for in the whole text. */
      const crowded = new Set<string>();
      scanner.lastIndex = 0;
      for (let m = scanner.exec(text); m; m = scanner.exec(text)) {
        const anchor = foldCase(m[0]);
        const list = hits.get(anchor) ?? [];
        if (list.length < MAX_HITS) list.push(m.index);
        else crowded.add(anchor);
        hits.set(anchor, list);
      }
      const possible = (phrases: readonly Anchored[]) => phrases.some((p) => hits.has(p.anchor));
      const open = rules.filter((r) => possible(r.identifiers) || enoughGroups(r, possible));
      if (open.length === 0) return [];
      let folded: string | null = null;
      const whole = () => (folded ??= foldCase(text));
      const found = (phrases: readonly Anchored[]) =>
        phrases.some(
          (p) => (hits.get(p.anchor) ?? []).some((h) => phraseAt(text, p, h)) || (crowded.has(p.anchor) && hasPhrase(whole(), p)),
        );
      return open.filter((r) => found(r.identifiers) || enoughGroups(r, found)).map((r) => r.number);
    },
  };
}

export function compilePrefilter(reports: readonly DetectionRules[]): Prefilter {
  return createPrefilter(compileDetection(reports));
}

/** Below this, script source in the text costs less to scan than to cut out. */
const CUT_SCRIPTS_ABOVE = 256 * 1024;
/** Only long sources are cut: a short one ("a") could be found inside the prose before it. */
const CUT_SOURCE_MIN = 256;

/**
 * The text of `root`, natively read. Some pages carry a megabyte of inline JavaScript or
 * JSON in their body, which `textContent` includes and the scan would then read: when the
 * text is large and mostly script, the scripts' source is cut out of it (each script's
 * text is found in order, so the cut costs a few comparisons, not a walk of the DOM).
 */
export function pageText(root: Element): string {
  const text = root.textContent ?? '';
  if (text.length < CUT_SCRIPTS_ABOVE) return text;
  const sources = Array.from(root.querySelectorAll('script, style'), (el) => el.textContent ?? '').filter((t) => t.length >= CUT_SOURCE_MIN);
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
  const root = markedStory(doc) ?? doc.body;
  return `${doc.title ?? ''}\n${root ? pageText(root) : ''}`;
}
