/**
 * Text helpers shared by the extract and match stages. Normalisation never changes
 * the length of a string, so an offset found in normalised text is an offset in the
 * page's own text: annotations can point back at exactly what the reader sees.
 */
import { DIGIT, LETTER, lowerKeepingLength, startsWithDigit, startsWithWord, WORD } from './chars';

const CHAR_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u2009': ' ', '\u202f': ' ', '\u200b': ' ', '\u2060': ' ', '\ufeff': ' ',
  '\t': ' ', '\n': ' ', '\r': ' ', '\f': ' ', '\v': ' ',
};

const LETTER_RUN_BEFORE = new RegExp(`([${LETTER}.]+)$`);
const ONE_LETTER = new RegExp(`^[${LETTER}]$`);
/** "D.H.S", "e.e.u.u": letters joined by dots are an abbreviation, never a sentence's end. */
const DOTTED_LETTERS = new RegExp(`^(?:[${LETTER}]\\.)+[${LETTER}]$`);
const MOJIBAKE_TELL = new RegExp(`[a-z]\u00e2(?:s|t|ll|re|ve|d|m)(?![${WORD}])`, 'i');

const WORDS = new RegExp(`[${WORD}]+`, 'g');

/** How many words (runs of letters and digits) a text holds. */
export function countWords(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}

/** A capital letter: one that lower-casing changes. */
const isCapital = (ch: string) => ch !== ch.toLowerCase();

const MAPPED = new RegExp(`[${Object.keys(CHAR_MAP).join('')}]`, 'g');

/**
 * Same length as the input: one output character per input UTF-16 unit. Lower-casing is
 * native; only the few mapped characters (quote marks, dashes, odd spaces) go through a
 * callback, so a cold content script does not walk the text character by character.
 */
export function normalizeChars(text: string): string {
  return lowerKeepingLength(text).replace(MAPPED, (ch) => CHAR_MAP[ch] ?? ch);
}


/**
 * Pages saved through the wrong encoding show "â" where curly quotes and dashes were
 * ("ICEâs", "âICE must…â"). Only a page with that tell is treated as mojibake, so a
 * French "âge" is left alone.
 */
export function hasMojibake(text: string): boolean {
  // Not `\b` after the contraction: without the 'u' flag it treats "é" as a word boundary,
  // so a French "pâté" was taken for mojibake.
  return MOJIBAKE_TELL.test(text) || text.includes('\u00e2\u20ac');
}

/**
 * The full windows-1252 forms of a mark: "â€" and the last byte of its UTF-8 encoding
 * ("â€œ" for “, "â€\u009d" for ”, which shows as a bare "â€" when that byte is dropped).
 */
const MOJIBAKE_TRIPLE: Record<string, string> = {
  '\u0153': '\u201c', '\u009d': '\u201d', '': '\u201d', '\u2122': '\u2019', '\u02dc': '\u2018',
  '\u201c': '\u2013', '\u201d': '\u2014', '\u00a6': '\u2026',
};

/** Replace mojibake "â" by the punctuation it stood for, keeping the length. */
export function repairMojibake(raw: string): string {
  // "â€œICE must actâ€" was left as "—€œICE must act”€", so its quotation was never found:
  // the three-character forms become their mark first, padded with spaces to keep the length
  // (on the left of an opening mark so that it still touches the word it opens).
  const text = raw.replace(/\u00e2\u20ac([\u0153\u009d\u2122\u02dc\u201c\u201d\u00a6]?)/g, (m, last: string) => {
    const mark = MOJIBAKE_TRIPLE[last] ?? '\u201d';
    return mark === '\u201c' || mark === '\u2018' ? mark.padStart(m.length, ' ') : mark.padEnd(m.length, ' ');
  });
  let open = false;
  return text.replace(/\u00e2/g, (_m, offset: number) => {
    const before = offset > 0 ? text[offset - 1] ?? ' ' : ' ';
    const after = text[offset + 1] ?? ' ';
    const letterBefore = startsWithWord(before);
    const letterAfter = startsWithWord(after);
    let out: string;
    if (letterBefore && letterAfter) out = '\u2019';
    // "HHSâ custody" is a possessive, "of UCsâ was" a closing mark: it is the closing mark
    // only when a quotation is open and no later mark could close it.
    else if (/[sS]/.test(before) && after === ' ') out = open && !text.includes('\u00e2', offset + 1) ? '\u201d' : '\u2019';
    else if (letterBefore || /[.,;:!?)\]]/.test(before)) out = '\u201d';
    else if (letterAfter || /["“(\[]/.test(after)) out = '\u201c';
    else out = '\u2014';
    if (out === '\u201c') open = true;
    else if (out === '\u201d') open = false;
    return out;
  });
}

export interface Token {
  /** Comparable form: lower case, separators removed from numbers. */
  norm: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

// A digit group is exactly three digits: "32 000 32000" is two numbers, not "32 000 320" and "00".
const TOKEN_RE = new RegExp(
  `[${DIGIT}]+(?:[.,\u00a0\u202f ][${DIGIT}]{3}(?![${DIGIT}]))*(?:\\.[${DIGIT}]+)?|[${WORD}]+(?:['\u2019.\\-][${WORD}]+)*|[,;:.()[\\]…]`,
  'g',
);
const GROUP_SEPARATOR = new RegExp(`[.,\\s](?=[${DIGIT}]{3}(?![${WORD}]))`, 'g');

/**
 * A word token, split where a full stop joins two real words ("date.These", a missing space)
 * but not inside abbreviations ("U.S.", "Ph.D"), and with the possessive dropped from its
 * comparable form: "HHS's" and "HHS'" are the same word to a reader.
 */
function pushWord(tokens: Token[], raw: string, start: number): void {
  const parts = raw.split('.');
  if (parts.length > 1 && parts.some((p) => p.length > 2)) {
    let at = start;
    for (const part of parts) {
      if (part) pushWord(tokens, part, at);
      at += part.length + 1;
    }
    return;
  }
  tokens.push({ norm: raw.replace(/'s$/, ''), start, end: start + raw.length, kind: 'word' });
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const norm = normalizeChars(text);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(norm); m; m = TOKEN_RE.exec(norm)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (startsWithDigit(raw)) {
      tokens.push({ norm: raw.replace(GROUP_SEPARATOR, ''), start, end, kind: 'number' });
    } else if (startsWithWord(raw)) {
      pushWord(tokens, raw, start);
    } else {
      tokens.push({ norm: raw, start, end, kind: 'punct' });
    }
  }
  return tokens;
}

const ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'st', 'jr', 'sr', 'ph.d', 'inc', 'no',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'vs', 'e.g', 'i.e', 'fy', 'fys', 'etc',
  // Spanish, Portuguese and French ("EE. UU.", "la Sra. López", "Mme Dupont"). Intl.Segmenter was
  // measured for this and splits after "EE.", "Sr.", "U.S." and "Dr." (Node 20's ICU, even with
  // the ss=standard locale extension), so the sentence rules stay ours.
  'ee', 'uu', 'ee.uu', 'sra', 'sras', 'sres', 'srta', 'dra', 'lic', 'núm', 'pág', 'mme', 'mlle', 'dña',
]);

export interface Span {
  start: number;
  end: number;
}

/** Sentence spans of a block of text, by punctuation, skipping common abbreviations. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[.!?…]+["'”’)\]]*(?=\s+|$)/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const wordBefore = LETTER_RUN_BEFORE.exec(text.slice(Math.max(start, m.index - 12), m.index));
    const word = wordBefore?.[1]?.toLowerCase().replace(/^\.+/, '') ?? '';
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(word) || ONE_LETTER.test(word) || DOTTED_LETTERS.test(word))) continue;
    const next = /^\s+(\S)/.exec(text.slice(end))?.[1];
    // A sentence only ends before a capital, a digit, a quote mark or the end of the block.
    if (next !== undefined && !isCapital(next) && !startsWithDigit(next) && !'"“\'‘(['.includes(next)) continue;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length && text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}

export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

export function spanContaining(spans: Span[], offset: number): Span | undefined {
  return spans.find((s) => offset >= s.start && offset < s.end);
}
