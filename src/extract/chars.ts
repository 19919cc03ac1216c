/**
 * Characters: which are letters and digits, and lower case that keeps lengths. Shared by
 * the content script that runs on every page (the prefilter) and by the engine; nothing
 * here builds a regex when loaded, so the small script bundles only what it calls.
 *
 * Letters and digits are code ranges: Latin with accents, Greek, Cyrillic, Vietnamese;
 * digits, superscripts and vulgar fractions. They are the one definition of a word
 * character, as a test on a code and as regex classes. `\p{L}\p{N}` with the `u` flag
 * would cover every script, but V8 compiles such a regex twenty to fifty times slower (a
 * millisecond and more each, measured in Chromium), and the engine runs cold on every page.
 */
const LETTER_RANGES: readonly (readonly [number, number])[] = [
  [0x41, 0x5a], [0x61, 0x7a], [0xaa, 0xaa], [0xb5, 0xb5], [0xba, 0xba], [0xc0, 0xd6], [0xd8, 0xf6],
  [0xf8, 0x2af], [0x370, 0x3ff], [0x400, 0x52f], [0x1e00, 0x1eff],
];
const DIGIT_RANGES: readonly (readonly [number, number])[] = [[0x30, 0x39], [0xb2, 0xb3], [0xb9, 0xb9], [0xbc, 0xbe]];
const WORD_RANGES = [...LETTER_RANGES, ...DIGIT_RANGES];

const classOf = (ranges: readonly (readonly [number, number])[]) =>
  ranges.map(([a, b]) => (a === b ? String.fromCharCode(a) : `${String.fromCharCode(a)}-${String.fromCharCode(b)}`)).join('');

/** Regex class contents (without the brackets). Pure: a bundle that uses none drops them. */
export const LETTER = /* @__PURE__ */ classOf(LETTER_RANGES);
export const DIGIT = /* @__PURE__ */ classOf(DIGIT_RANGES);
export const WORD = /* @__PURE__ */ classOf(WORD_RANGES);

/** A letter or a digit, as a UTF-16 code: what a whole-word match must not touch. */
export function isWordCode(c: number): boolean {
  return WORD_RANGES.some(([a, b]) => c >= a && c <= b);
}

/** The first character of `s` is a letter or a digit. */
export const startsWithWord = (s: string): boolean => s.length > 0 && isWordCode(s.charCodeAt(0));

/** The first character of `s` is a digit. */
export const startsWithDigit = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return DIGIT_RANGES.some(([a, b]) => c >= a && c <= b);
};

/** `s` with every character that means something in a regex escaped. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lower case, natively, at the same length: the few characters that would grow ("İ") stay as they are. */
export function lowerKeepingLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
