/**
 * Numbers as news coverage writes them: "more than 32,000", "320K", "más de 32.000",
 * "32 000", "Three hundred and twenty-five thousand", "hundreds of thousands".
 *
 * The scan is one left-to-right pass. A global regex jumps to the next place a number
 * could start (a digit, a number word, a URL to skip); from there short sticky regexes
 * read the number forwards, and a few `$`-anchored regexes over a window of at most 32
 * characters read what is written just before it (qualifier, currency, month,
 * "between"). Each of those only runs when a cheap check of the neighbouring character
 * or word says it could match. Nothing is re-read from an earlier anchor, so the cost is
 * linear in the length of the text and no pattern can backtrack over more than one number.
 *
 * Everything that looks like a number is returned with a kind, so that callers can tell
 * a figure ("count", "magnitude", "range") from the years, dates, ages, money and
 * percentages that share its sentence; identifiers ("OIG-24-46", "C070", URLs) are
 * not returned at all, because no part of them is a quantity.
 */
import type { Qualifier } from '../knowledge/types';
import { escapeRegExp, WORD } from './chars';

export type { Qualifier };

export type NumberKind =
  | 'count'
  | 'magnitude'
  | 'year'
  | 'date'
  | 'age'
  | 'money'
  | 'percent'
  | 'fraction'
  | 'ordinal'
  | 'range'
  | 'other';

export interface NumberMention {
  /** Offset of the whole mention in the input, qualifier included. */
  start: number;
  /** Exclusive. */
  end: number;
  /** input.slice(start, end), e.g. "more than 32,000" or "nearly 300,000". */
  text: string;
  /** Where the number itself starts, after the qualifier (at the currency sign for money). */
  numberStart: number;
  /** 32000 for "32K"; the upper bound of a range; null for vague magnitudes and for dates. */
  value: number | null;
  /** For vague magnitudes: "thousands", "tens of thousands", "hundreds of thousands", "millions"... */
  magnitude: string | null;
  /** Null when none was written. */
  qualifier: Qualifier | null;
  /** As written: "more than", "Over", "más de", "+" for a trailing plus, "or more"; "" when none. */
  qualifierText: string;
  kind: NumberKind;
}

// ---------------------------------------------------------------------------------
// Vocabulary

const CARDINALS = new Map<string, number>([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19],
]);
const TENS = new Map<string, number>([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);
const BIG_SCALES = new Map<string, number>([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);
/**
 * Spanish, Portuguese and French number words ("treinta y dos mil", "trezentos mil",
 * "deux cent quatre-vingt-onze mille"). Many are also short words of other languages
 * ("once", "dos", "un", "sept", "neuf"), so a number that uses one is only read when it
 * reaches a thousand through a scale word (see readWordNumber): what outlets spell out.
 */
const ROMANCE_CARDINALS = new Map<string, number>([
  ['un', 1], ['uno', 1], ['una', 1], ['um', 1], ['uma', 1], ['une', 1],
  ['dos', 2], ['dois', 2], ['duas', 2], ['deux', 2], ['tres', 3], ['três', 3], ['trois', 3],
  ['cuatro', 4], ['quatro', 4], ['quatre', 4], ['cinco', 5], ['cinq', 5], ['seis', 6],
  ['siete', 7], ['sete', 7], ['sept', 7], ['ocho', 8], ['oito', 8], ['huit', 8],
  ['nueve', 9], ['nove', 9], ['neuf', 9], ['diez', 10], ['dez', 10], ['dix', 10],
  ['once', 11], ['onze', 11], ['doce', 12], ['doze', 12], ['douze', 12], ['trece', 13], ['treze', 13], ['treize', 13],
  ['catorce', 14], ['catorze', 14], ['quatorze', 14], ['quince', 15], ['quinze', 15], ['dieciséis', 16], ['dezesseis', 16], ['seize', 16],
  ['diecisiete', 17], ['dezessete', 17], ['dieciocho', 18], ['dezoito', 18], ['diecinueve', 19], ['dezenove', 19],
  ['veintiuno', 21], ['veintiún', 21], ['veintidós', 22], ['veintitrés', 23], ['veinticuatro', 24], ['veinticinco', 25],
  ['veintiséis', 26], ['veintisiete', 27], ['veintiocho', 28], ['veintinueve', 29],
]);
const ROMANCE_TENS = new Map<string, number>([
  ['veinte', 20], ['vinte', 20], ['vingt', 20], ['treinta', 30], ['trinta', 30], ['trente', 30],
  ['cuarenta', 40], ['quarenta', 40], ['quarante', 40], ['cincuenta', 50], ['cinquenta', 50], ['cinquante', 50],
  ['sesenta', 60], ['sessenta', 60], ['soixante', 60], ['setenta', 70], ['ochenta', 80], ['oitenta', 80],
  ['noventa', 90],
]);
/** Hundreds written as one word: "cuatrocientos", "trezentos". */
const ROMANCE_HUNDREDS = new Map<string, number>([
  ['cien', 100], ['ciento', 100], ['cem', 100], ['cento', 100], ['doscientos', 200], ['doscientas', 200], ['duzentos', 200], ['duzentas', 200],
  ['trescientos', 300], ['trescientas', 300], ['trezentos', 300], ['trezentas', 300], ['cuatrocientos', 400], ['cuatrocientas', 400],
  ['quatrocentos', 400], ['quatrocentas', 400], ['quinientos', 500], ['quinientas', 500], ['quinhentos', 500], ['quinhentas', 500],
  ['seiscientos', 600], ['seiscientas', 600], ['seiscentos', 600], ['setecientos', 700], ['setecentos', 700],
  ['ochocientos', 800], ['oitocentos', 800], ['novecientos', 900], ['novecentos', 900],
]);
/** French "cent": a multiplier, like "hundred" ("trois cent"), or a hundred on its own. */
const ROMANCE_HUNDRED_WORDS = new Set(['cent', 'cents']);
const ROMANCE_SCALES = new Map<string, number>([
  ['mil', 1e3], ['mille', 1e3], ['millón', 1e6], ['millon', 1e6], ['millones', 1e6],
  ['milhão', 1e6], ['milhao', 1e6], ['milhões', 1e6], ['milhoes', 1e6], ['millions', 1e6],
]);
/** "treinta y dos", "trezentos e vinte", "vingt et un". */
const ROMANCE_AND = new Set(['y', 'e', 'et']);
/** A number in Romance words is only read from this value up: see ROMANCE_CARDINALS. */
const ROMANCE_MIN_VALUE = 1000;

const ORDINALS = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
  ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70],
  ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1000],
]);
/** Denominators of written fractions; singular and plural forms. */
const DENOMINATORS = new Map<string, number>([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4],
  ['fourth', 4], ['fourths', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6],
  ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9],
  ['tenth', 10], ['tenths', 10],
]);
/** Multipliers written after digits: "1.5 million", "448 thousand", "32 mil", "2 millones". */
const SCALE_AFTER_DIGITS = new Map<string, number>([
  ['hundred', 100], ['thousand', 1e3], ['mil', 1e3], ['mille', 1e3],
  ['million', 1e6], ['millions', 1e6], ['millón', 1e6], ['millon', 1e6], ['millones', 1e6],
  ['milhão', 1e6], ['milhao', 1e6], ['milhões', 1e6], ['milhoes', 1e6],
  ['billion', 1e9], ['milliard', 1e9], ['milliards', 1e9], ['mil millones', 1e9],
  ['trillion', 1e12],
]);

/** Vague magnitudes: the multiplier word, and the "tens of" / "hundreds of" in front of it. */
const MAGNITUDE_HEAD = new Map<string, string>([
  ['tens', 'tens'], ['decenas', 'tens'], ['dezenas', 'tens'], ['dizaines', 'tens'],
  ['hundreds', 'hundreds'], ['cientos', 'hundreds'], ['centenares', 'hundreds'],
  ['centenas', 'hundreds'], ['centaines', 'hundreds'], ['dozens', 'dozens'],
]);
const MAGNITUDE_BASE = new Map<string, string>([
  ['thousands', 'thousands'], ['miles', 'thousands'], ['milhares', 'thousands'], ['milliers', 'thousands'],
  ['millions', 'millions'], ['millones', 'millions'], ['milhões', 'millions'], ['milhoes', 'millions'],
  ['billions', 'billions'], ['hundreds', 'hundreds'], ['dozens', 'dozens'],
]);

type QualifierEntry = readonly [phrase: string, qualifier: Qualifier];
const QUALIFIERS: readonly QualifierEntry[] = [
  ['more than', 'more-than'], ['over', 'more-than'], ['above', 'more-than'],
  ['in excess of', 'more-than'], ['upwards of', 'more-than'], ['upward of', 'more-than'], ['just over', 'more-than'],
  ['well over', 'more-than'], ['well above', 'more-than'],
  ['más de', 'more-than'], ['más', 'more-than'], ['mais de', 'more-than'], ['plus de', 'more-than'],
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'],
  ['al menos', 'at-least'], ['por lo menos', 'at-least'], ['pelo menos', 'at-least'], ['au moins', 'at-least'],
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'],
  ['approx.', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['some', 'about'],
  ['unos', 'about'], ['unas', 'about'], ['cerca de', 'about'], ['alrededor de', 'about'],
  ['aproximadamente', 'about'], ['environ', 'about'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'],
  ['just shy of', 'nearly'], ['casi', 'nearly'], ['quase', 'nearly'], ['près de', 'nearly'],
  ['up to', 'up-to'], ['as many as', 'up-to'], ['as much as', 'up-to'], ['at most', 'up-to'],
  ['hasta', 'up-to'],
  ['exactly', 'exactly'], ['precisely', 'exactly'],
];
const QUALIFIER_BY_PHRASE = new Map<string, Qualifier>(QUALIFIERS.map(([p, q]) => [p, q]));
/**
 * Qualifiers that also read naturally before a year ("around 2019", "over 2020"):
 * before a bare 1900-2099 they are not enough to call it a count.
 */
const TIME_AMBIGUOUS = new Set([
  'over', 'above', 'about', 'around', 'roughly', 'approximately', 'approx.', 'some', 'close to',
  'up to', 'just over', 'well over', 'well above', 'just under', 'cerca de', 'alrededor de',
  'hasta', 'environ', 'aproximadamente',
]);

const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const MONTHS_ES = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const MONTHS_PT = 'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro';
const MONTHS_FR = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const MONTHS = `${MONTHS_EN}|${MONTHS_ES}|${MONTHS_PT}|${MONTHS_FR}`;
const MONTH_WORDS = MONTHS.split('|');
/** Month names that are also ordinary lower-case words ("may", "march", "mar" = sea). */
const CAPITALISED_MONTHS = new Set(['may', 'march', 'mar']);

// ---------------------------------------------------------------------------------
// Regexes. Sticky ones read forwards from a position; `$`-anchored ones read the short
// window just before a number.

/**
 * A regex and a cheap test that must pass before it is worth running: the characters
 * or words it can start with (after spaces) or, for a lookback, end with. Dense
 * pages have a number every few words; gating keeps each one to a handful of exec()s.
 */
interface Pattern {
  re: RegExp;
  words: ReadonlySet<string>;
  chars: string;
  /** For a lookback: how many characters before the number it can need (longest phrase + spaces). */
  span: number;
}
const pattern = (re: RegExp, words: Iterable<string>, chars: string, span = 0): Pattern => ({
  re,
  words: new Set(words),
  chars,
  span,
});

/**
 * Words after a bare 1900-2099 that make it a head count ("2000 children") rather than a
 * year: plain words of counting here; a report's own nouns and modifiers ("UCs",
 * "unaccompanied") come from the knowledge base through `CountVocabulary`.
 */
const COUNT_MODIFIERS = ['more', 'other', 'additional', 'new'];
const COUNT_NOUNS = [
  'children', 'kids', 'minors', 'migrants', 'immigrants', 'people', 'persons', 'individuals',
  'cases', 'sponsors', 'families', 'boys', 'girls', 'adults', 'teens', 'teenagers', 'youths',
  'niños', 'niñas', 'menores', 'migrantes', 'personas', 'crianças', 'pessoas', 'enfants', 'mineurs',
  'personnes',
];
/** Only the gate needs the list; the regex checks the shape (two capitals). */
const STATE_CODES = [
  'al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'dc', 'fl', 'ga', 'hi', 'id', 'il', 'in', 'ia', 'ks',
  'ky', 'la', 'me', 'md', 'ma', 'mi', 'mn', 'ms', 'mo', 'mt', 'ne', 'nv', 'nh', 'nj', 'nm', 'ny', 'nc',
  'nd', 'oh', 'ok', 'or', 'pa', 'ri', 'sc', 'sd', 'tn', 'tx', 'ut', 'vt', 'va', 'wa', 'wv', 'wi', 'wy',
  'pr', 'gu', 'vi',
];

/** Map keys as an array (spreading an iterator needs a newer compile target than some setups use). */
const keysOf = <V>(m: ReadonlyMap<string, V>): string[] => Array.from(m.keys());

const phraseSource = (p: string): string => p.split(' ').map(escapeRegExp).join('\\s+');
const alternatives = (words: Iterable<string>): string =>
  Array.from(words).sort((a, b) => b.length - a.length).map(phraseSource).join('|');

// Letters and digits spelled out (see WORD in text.ts): the engine compiles these cold.
const NOT_WORD_AFTER = '(?![' + WORD + '])';
const NOT_WORD_BEFORE = '(?<![' + WORD + '])';

const ANCHOR_WORDS = [
  ...keysOf(CARDINALS), ...keysOf(TENS), 'hundred', ...keysOf(BIG_SCALES), 'dozen',
  ...keysOf(ROMANCE_CARDINALS), ...keysOf(ROMANCE_TENS), ...keysOf(ROMANCE_HUNDREDS), ...ROMANCE_HUNDRED_WORDS, ...keysOf(ROMANCE_SCALES),
  ...keysOf(ORDINALS).filter((w) => w !== 'second'),
  'half', 'quarter', ...keysOf(MAGNITUDE_HEAD), ...keysOf(MAGNITUDE_BASE),
];
/** "a" is only worth stopping at when it stands for one: "a million", "a third of". */
const A_FOLLOWERS = ['hundred', 'thousand', 'million', 'billion', 'dozen', ...keysOf(DENOMINATORS)];
/**
 * ASCII `\\b` rather than Unicode lookarounds: this regex visits every character of the
 * page, and the Unicode form was three times slower. The words are ASCII but for
 * "milhões", and parseWords re-checks the boundary before a word with Unicode letters.
 */
const ANCHOR_SOURCE =
  `(\\d)|\\b(?:(https?:\\/\\/|www\\.)|(${alternatives(ANCHOR_WORDS)})\\b` +
  `|(a)(?=[\\s-]+(?:${alternatives(A_FOLLOWERS)})\\b))`;

/**
 * One numeral, in the order the alternatives must be tried:
 * 1. comma groups, optional decimals: "32,000", "448,820", "1,234.5"
 * 2. European dot groups of exactly three: "32.000", "448.000" (not "7.2", not "1.234.5")
 * 3. space / no-break / narrow no-break / thin space groups: "32 000"
 * 4. decimal comma, only in front of a scale word: "1,5 millones"
 * 5. plain digits with an optional decimal part: "32000", "7.7", "2019"
 */
const NUMERAL = new RegExp(
  '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?)(?!\\d)' +
    '|(\\d{1,3}(?:\\.\\d{3})+)(?!\\d|[.,]\\d)' +
    '|(\\d{1,3}(?:[ \\u00a0\\u202f\\u2009]\\d{3})+)(?!\\d)' +
    `|(\\d+,\\d{1,2})(?=\\s+(?:millones|millón|millon|millions|million|milhões|milhoes|milhão|milhao|milliards?|mil)${NOT_WORD_AFTER})` +
    '|(\\d+(?:\\.\\d+)?)',
  'y',
);
/** Digits glued to more digits by punctuation are ids, versions, scores: "24/7", "1.2.3". */
const GLUED_DIGIT = /[.,/:]\d/y;
/** Letters glued to a numeral: multipliers, ordinals, plurals, clock times. */
const SUFFIX = new RegExp(
  `(k|mn|m|bn|b)${NOT_WORD_AFTER}|(st|nd|rd|th)${NOT_WORD_AFTER}|(s)${NOT_WORD_AFTER}|([ap]\\.m\\.|[ap]m${NOT_WORD_AFTER})`,
  'iy',
);
const SCALE_WORD = pattern(
  new RegExp(`(?:\\s+|-)(${alternatives(SCALE_AFTER_DIGITS.keys())})${NOT_WORD_AFTER}`, 'iy'),
  keysOf(SCALE_AFTER_DIGITS).map((k) => k.split(' ')[0] ?? k),
  '-',
);
/** The rest of a token that starts with a rejected number, so none of it is read again. */
const TOKEN_REST = /[A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f]*(?:[-/._:,@#][A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f]+)*/y;

const ISO_DATE = new RegExp(`\\d{4}-\\d{1,2}-\\d{1,2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?${NOT_WORD_AFTER}`, 'y');
const SLASH_DATE = /\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?![A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f/])/y;
const DOT_DATE = new RegExp(`\\d{1,2}\\.\\d{1,2}\\.\\d{4}${NOT_WORD_AFTER}`, 'y');
const CLOCK = /\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:[ap]\.m\.|[ap]m(?![A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f])))?(?!\d)/iy;
const PHONE = /(?:1[-.\s])?\d{3}(?:\)\s?|[-.\s])\d{3}[-.]\d{4}(?!\d)/y;
const SLASHED = /\d+(?:\/[A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f]+)+/y;
const ZIP_PLUS4 = /-\d{4}(?!\d)/y;
const NON_SPACE = /\S+/y;

const PERCENT_AFTER = pattern(
  new RegExp(
    `\\s?%|\\s+(?:percentage\\s+points?|percent|per\\s?cent|por\\s+ciento|pour\\s+cent|por\\s+cento)${NOT_WORD_AFTER}`,
    'iy',
  ),
  ['percent', 'percentage', 'per', 'por', 'pour'],
  '%',
);
const MONEY_AFTER = pattern(
  new RegExp(
    `\\s+(?:dollars?|(?:de\\s+)?d[oó]lares|euros?|pesos|reais|USD|EUR)${NOT_WORD_AFTER}`,
    'iy',
  ),
  ['dollars', 'dollar', 'de', 'dólares', 'dolares', 'euros', 'euro', 'pesos', 'reais', 'usd', 'eur'],
  '',
);
const AGE_AFTER = pattern(
  new RegExp(
    `(?:-|\\s+)(?:years?|yrs?|months?)(?:-|\\s+)olds?${NOT_WORD_AFTER}|\\s+(?:años|anos|ans)${NOT_WORD_AFTER}`,
    'iy',
  ),
  ['years', 'year', 'yr', 'yrs', 'months', 'month', 'años', 'anos', 'ans'],
  '-',
);
const CLOCK_AFTER = pattern(/\s?(?:[ap]\.m\.|[ap]m(?![A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f]))/iy, ['a', 'p', 'am', 'pm'], '');
const OR_MORE = pattern(
  new RegExp(`\\s+or\\s+more${NOT_WORD_AFTER}`, 'iy'),
  ['or'],
  '',
);
const PLUS_SIGN = pattern(/\+(?!\d)/y, [], '+');
const HYPHEN_PLUS = pattern(
  new RegExp(`-plus${NOT_WORD_AFTER}`, 'iy'),
  [],
  '-',
);
const RANGE_DASH = pattern(/\s*[-\u2010\u2011\u2012\u2013\u2014]\s*/y, [], '-\u2010\u2011\u2012\u2013\u2014');
const RANGE_WORD = pattern(
  new RegExp(`\\s+(to|through|and)\\s+`, 'iy'),
  ['to', 'through', 'and'],
  '',
);
const RANGE_CURRENCY = /(?:US\s?\$|\$|€|£)\s?/y;
/** A report's words for what it counts, added to the plain ones (knowledge data). */
export interface CountVocabulary {
  nouns: readonly string[];
  modifiers: readonly string[];
}

const oneWord = (words: readonly string[]) => words.map((w) => w.toLowerCase()).filter((w) => !/\s/.test(w));

function countNounPattern(extra: CountVocabulary | undefined): Pattern {
  const modifiers = [...new Set([...COUNT_MODIFIERS, ...oneWord(extra?.modifiers ?? [])])];
  const nouns = [...new Set([...COUNT_NOUNS, ...oneWord(extra?.nouns ?? [])])];
  return pattern(
    new RegExp(`(?:\\s+(?:${alternatives(modifiers)}))*\\s+(?:${alternatives(nouns)})${NOT_WORD_AFTER}`, 'iy'),
    [...modifiers, ...nouns],
    '',
  );
}

const PLAIN_COUNT_NOUN = countNounPattern(undefined);
/** Compiled once per vocabulary: the same knowledge base asks for the same one on every block. */
const countNounPatterns = new WeakMap<CountVocabulary, Pattern>();
/** The pattern of the findNumbers() call in progress (like the memos below, one synchronous call's state). */
let COUNT_NOUN = PLAIN_COUNT_NOUN;
const DAY_MONTH_AFTER = pattern(
  new RegExp(
    `(?:st|nd|rd|th)?\\s+(?:(?:of|de)\\s+)?(${MONTHS})${NOT_WORD_AFTER}\\.?(?:,?\\s+(?:de\\s+)?(?:19|20)\\d{2}(?!\\d))?`,
    'iy',
  ),
  [...MONTH_WORDS, 'of', 'de', 'st', 'nd', 'rd', 'th'],
  '',
);
const DATE_TAIL = /(?:\s*[-\u2013]\s*\d{1,2}(?!\d))?(?:,?\s+(?:19|20)\d{2}(?!\d|[-/.:,]\d))?/y;

const QUALIFIER_BEFORE = pattern(
  new RegExp(
    `${NOT_WORD_BEFORE}(${alternatives(QUALIFIER_BY_PHRASE.keys())})(?:\\s+of)?\\s+$|(~)\\s*$`,
    'i',
  ),
  keysOf(QUALIFIER_BY_PHRASE).map((k) => k.split(' ').pop()?.replace('.', '') ?? k).concat('of'),
  '~',
  32,
);
const CURRENCY_BEFORE = pattern(
  /(?:(?:(?<![A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f])(?:US|U\.S\.|[ACR]|MX)\s?)?\$|€|£|(?<![A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f])(?:USD|EUR|GBP)\s)\s?$/,
  ['usd', 'eur', 'gbp'],
  '$€£',
  8,
);
const BETWEEN_BEFORE = pattern(/(?<![A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f])between\s+$/i, ['between'], '', 12);
const CHANGE_BEFORE = pattern(/(?<![A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f])(?:from|by)\s+$/i, ['from', 'by'], '', 8);
const MONTH_BEFORE = pattern(
  new RegExp(`${NOT_WORD_BEFORE}(${MONTHS})\\.?,?\\s+(?:(?:of|de)\\s+)?$`, 'i'),
  [...MONTH_WORDS, 'of', 'de'],
  '',
  20,
);
const AGE_BEFORE = pattern(
  new RegExp(
    `${NOT_WORD_BEFORE}(?:ages?|aged|age\\s+of|ages\\s+of|edad(?:es)?\\s+de|idade\\s+de|âgée?s?\\s+de)(?:\\s+between)?\\s+$`,
    'i',
  ),
  ['age', 'ages', 'aged', 'of', 'de', 'between'],
  '',
  24,
);
const FISCAL_BEFORE = pattern(
  new RegExp(`${NOT_WORD_BEFORE}(?:FYs?|fiscal\\s+years?|calendar\\s+years?)\\s*$`, 'i'),
  ['fy', 'fys', 'year', 'years'],
  '',
  20,
);
const FY_GLUED = /(?:^|[^A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f])FYs?$/i;
/** A two-letter state code before a five-digit number: "Boston, MA 02124". */
const STATE_BEFORE = pattern(
  /(?<![A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f])[A-Z]{2}\s+$/,
  STATE_CODES,
  '',
  6,
);
const FEW_BEFORE = pattern(
  new RegExp(`${NOT_WORD_BEFORE}(several|a\\s+few|few|many|a\\s+couple\\s+of)\\s+$`, 'i'),
  ['several', 'few', 'many', 'of'],
  '',
  16,
);

const FRACTION = new RegExp(
  `(a|one|two|three|four|five|six|seven|eight|nine|ten)[\\s-]+(${alternatives(DENOMINATORS.keys())})${NOT_WORD_AFTER}`,
  'iy',
);
/** A word after "a third" that it could be numbering ("report", "time"), not "of" or a verb it starts. */
const NOUN_NEXT = pattern(/\s+(?!(?:of|is|was|are|were|and|or|in|to|for)(?![A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f]))[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f]/iy, [], ' \t\n\u00a0');
const FRACTION_SCALE = pattern(
  new RegExp(`(?:\\s+of\\s+a|\\s+a)?(?:\\s+|-)(thousand|million|billion)${NOT_WORD_AFTER}`, 'iy'),
  ['of', 'a', 'thousand', 'million', 'billion'],
  '-',
);
const AND_A_HALF = pattern(
  new RegExp(`\\s+and\\s+a\\s+half(?:\\s+|-)(thousand|million|billion)${NOT_WORD_AFTER}`, 'iy'),
  ['and'],
  '',
);
const HALF_SCALE = new RegExp(`half(?:\\s+a|-a)?(?:\\s+|-)(million|billion|dozen)${NOT_WORD_AFTER}`, 'iy');
const HALF_OF = new RegExp(`half(?=\\s+(?:of|the|all|its|their|those|these)${NOT_WORD_AFTER})`, 'iy');
const QUARTER_SCALE = new RegExp(`quarter(?:\\s+of\\s+a|\\s+a)?(?:\\s+|-)(million|billion)${NOT_WORD_AFTER}`, 'iy');
const MAGNITUDE = new RegExp(
  `(?:(${alternatives(MAGNITUDE_HEAD.keys())})\\s+(?:of|de)\\s+)?` +
    `(miles(?=\\s+de\\s)|${alternatives(keysOf(MAGNITUDE_BASE).filter((w) => w !== 'miles'))})${NOT_WORD_AFTER}`,
  'iy',
);
const SCALE_RUN = new RegExp(`(hundred)(?:\\s+|-)(thousand|million)${NOT_WORD_AFTER}|(hundred|thousand|million|billion)${NOT_WORD_AFTER}`, 'iy');
const MAGNITUDE_OF = pattern(/\s+of\s+(thousands|millions|billions)(?![A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f])/iy, ['of'], '');
const MONEY_OF = pattern(
  /\s+(?:of|de)\s+(?:dollars|d[oó]lares|euros)(?![A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f])/iy,
  ['of', 'de'],
  '',
);

// ---------------------------------------------------------------------------------
// Small helpers

const LETTER_OR_DIGIT = /[A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f]/;
const LETTER = /[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u052f]/;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && LETTER_OR_DIGIT.test(ch);
const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
/** Joiners that make "24" in "OIG-24-46" or "2024" in ".../2024/08" part of a larger token. */
const CONNECTORS = new Set(['-', '\u2010', '\u2011', '/', '.', '_', ':', '#', '@', '\\', '=', '&', '?']);

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

interface Back {
  start: number;
  match: RegExpExecArray;
}

const isSpaceCode = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 127 && LETTER.test(text[i] ?? '');
};

/** The lower-cased run of letters starting at `i`. */
function lettersFrom(text: string, i: number): string {
  let j = i;
  while (j < text.length && isLetterAt(text, j)) j++;
  return text.slice(i, j).toLowerCase();
}

/**
 * The character and the word around a position, as the gates see them. Each number asks
 * about the same one or two positions a dozen times, so the last answer is kept. The
 * memo lives only for one synchronous findNumbers() call, which clears it on the way in
 * and out (so no page text is held on to between calls).
 */
interface Around {
  text: string;
  pos: number;
  floor: number;
  char: string;
  word: string;
}
let nextMemo: Around | null = null;
let prevMemo: Around | null = null;

/** The first non-space character at or after `pos`, and the word that starts there. */
function ahead(text: string, pos: number): Around {
  if (nextMemo !== null && nextMemo.text === text && nextMemo.pos === pos) return nextMemo;
  let i = pos;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  nextMemo = { text, pos, floor: 0, char: text[i] ?? '', word: lettersFrom(text, i) };
  return nextMemo;
}

/** The last non-space character before `pos`, and the word that ends there ("Aug." counts as "aug"). */
function behind(text: string, pos: number, floor: number): Around {
  const m = prevMemo;
  if (m !== null && m.text === text && m.pos === pos && m.floor === floor) return m;
  let i = pos;
  while (i > floor && isSpaceCode(text.charCodeAt(i - 1))) i--;
  const char = i > floor ? text[i - 1] ?? '' : '';
  if (char === '.' || char === ',') i--;
  let j = i;
  while (j > floor && isLetterAt(text, j - 1)) j--;
  prevMemo = { text, pos, floor, char, word: text.slice(j, i).toLowerCase() };
  return prevMemo;
}

/** Whether `pat` can match at `pos`: its first character, or its first word after spaces. */
function mayStartAt(pat: Pattern, text: string, pos: number): boolean {
  const c = text[pos];
  if (c === undefined) return false;
  if (pat.chars.includes(c)) return true;
  const a = ahead(text, pos);
  return (a.char !== '' && pat.chars.includes(a.char)) || (pat.words.size > 0 && pat.words.has(a.word));
}

/** Whether `pat` can end at `pos`: its last character, or its last word before spaces. */
function mayEndAt(pat: Pattern, text: string, pos: number, floor: number): boolean {
  const b = behind(text, pos, floor);
  if (b.char === '') return false;
  return pat.chars.includes(b.char) || (pat.words.size > 0 && pat.words.has(b.word));
}

function after(pat: Pattern, text: string, pos: number): RegExpExecArray | null {
  return mayStartAt(pat, text, pos) ? sticky(pat.re, text, pos) : null;
}

/** Match a `$`-anchored pattern against the few characters before `pos`, never before `floor`. */
function lookback(pat: Pattern, text: string, pos: number, floor: number): Back | null {
  const from = Math.max(floor, pos - pat.span);
  if (from >= pos || !mayEndAt(pat, text, pos, floor)) return null;
  const match = pat.re.exec(text.slice(from, pos));
  if (match === null) return null;
  const start = from + match.index;
  // The window may have cut a word in two ("moreover" seen as "over").
  if (isWordChar(text[start]) && isWordChar(text[start - 1])) return null;
  return { start, match };
}

/** Products like 7.7 × 1e6 come out as 7700000.000000001; round those back. */
function tidy(v: number): number {
  const r = Math.round(v);
  return Math.abs(v - r) < 1e-6 * Math.max(1, Math.abs(v)) ? r : v;
}

const normPhrase = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

function isYearLike(q: Quantity): boolean {
  return q.plain && q.digits.length === 4 && q.value >= 1900 && q.value <= 2099;
}

function monthOk(word: string): boolean {
  return !CAPITALISED_MONTHS.has(word.toLowerCase()) || /^[A-Z\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u0410-\u042f]/.test(word);
}

// ---------------------------------------------------------------------------------
// Reading one quantity written in digits

interface Quantity {
  start: number;
  end: number;
  value: number;
  digits: string;
  /** Digits only: no separator, decimal, suffix or scale word. */
  plain: boolean;
  /** Written with thousands separators. */
  separated: boolean;
  decimal: boolean;
  /** Multiplier from a suffix or scale word (1 when none). */
  scale: number;
  suffix: 'ordinal' | 'plural' | 'clock' | null;
}

type QuantityRead = Quantity | { reject: number };

function skipToken(text: string, pos: number): number {
  const m = sticky(TOKEN_REST, text, pos);
  return pos + Math.max(1, m?.[0].length ?? 0);
}

function readQuantity(text: string, pos: number, money: boolean): QuantityRead | null {
  const m = sticky(NUMERAL, text, pos);
  if (m === null) return null;
  const raw = m[0];
  let base: number;
  let separated = false;
  let decimal = false;
  if (m[1] !== undefined) {
    base = Number(m[1].replace(/,/g, ''));
    separated = true;
    decimal = m[1].includes('.');
  } else if (m[2] !== undefined) {
    base = Number(m[2].replace(/\./g, ''));
    separated = true;
  } else if (m[3] !== undefined) {
    base = Number(m[3].replace(/\D/g, ''));
    separated = true;
  } else if (m[4] !== undefined) {
    base = Number(m[4].replace(',', '.'));
    decimal = true;
  } else {
    base = Number(raw);
    decimal = raw.includes('.');
  }
  let end = pos + raw.length;
  if (sticky(GLUED_DIGIT, text, end) !== null) return { reject: skipToken(text, pos) };

  let scale = 1;
  let suffix: Quantity['suffix'] = null;
  if (isLetter(text[end])) {
    const s = sticky(SUFFIX, text, end);
    if (s === null) return { reject: skipToken(text, pos) };
    if (s[1] !== undefined) {
      const unit = s[1].toLowerCase();
      if (unit === 'k') scale = 1e3;
      else if (unit === 'm' || unit === 'mn') scale = 1e6;
      else if (unit === 'bn' || money) scale = 1e9;
      // A bare "b" is a form or grade name ("3B"); only money makes it a billion.
      else return { reject: skipToken(text, pos) };
    } else if (s[2] !== undefined) suffix = 'ordinal';
    else if (s[3] !== undefined) suffix = 'plural';
    else suffix = 'clock';
    end += s[0].length;
  } else {
    const w = after(SCALE_WORD, text, end);
    if (w?.[1] !== undefined) {
      scale = SCALE_AFTER_DIGITS.get(normPhrase(w[1])) ?? 1;
      end += w[0].length;
    }
  }
  return {
    start: pos,
    end,
    value: tidy(base * scale),
    digits: raw,
    plain: !separated && !decimal && scale === 1 && suffix === null,
    separated,
    decimal,
    scale,
    suffix,
  };
}

// ---------------------------------------------------------------------------------
// Building mentions

interface Draft {
  start: number;
  end: number;
  numberStart: number;
  value: number | null;
  magnitude?: string | null;
  qualifier?: Qualifier | null;
  qualifierText?: string;
  kind: NumberKind;
}

function build(text: string, d: Draft): NumberMention {
  return {
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    numberStart: d.numberStart,
    value: d.value,
    magnitude: d.magnitude ?? null,
    qualifier: d.qualifier ?? null,
    qualifierText: d.qualifierText ?? '',
    kind: d.kind,
  };
}

interface Step {
  mention: NumberMention | null;
  next: number;
}

interface Qual {
  start: number;
  qualifier: Qualifier;
  text: string;
  phrase: string;
}

function qualifierBefore(text: string, pos: number, floor: number, allowSome: boolean): Qual | null {
  const b = lookback(QUALIFIER_BEFORE, text, pos, floor);
  if (b === null) return null;
  if (b.match[2] !== undefined) return { start: b.start, qualifier: 'about', text: '~', phrase: '~' };
  const written = b.match[1] ?? '';
  const phrase = normPhrase(written);
  const qualifier = QUALIFIER_BY_PHRASE.get(phrase);
  if (qualifier === undefined || (phrase === 'some' && !allowSome)) return null;
  return { start: b.start, qualifier, text: written, phrase };
}

interface Trailing {
  end: number;
  qualifierText: string;
}

/** "325,000+", "43,000 or more", "32,000-plus": all say "more than". */
function trailingMore(text: string, pos: number): Trailing | null {
  const m = after(PLUS_SIGN, text, pos) ?? after(HYPHEN_PLUS, text, pos) ?? after(OR_MORE, text, pos);
  if (m === null) return null;
  return { end: pos + m[0].length, qualifierText: m[0].trim() };
}

// ---------------------------------------------------------------------------------
// Numbers that start with a digit

function parseDigits(text: string, p: number, floor: number): Step {
  const prev = text[p - 1];
  let fiscal = false;
  if (isWordChar(prev)) {
    if (!FY_GLUED.test(text.slice(Math.max(0, p - 4), p))) return { mention: null, next: skipToken(text, p) };
    fiscal = true;
  } else if (prev !== undefined && CONNECTORS.has(prev) && isWordChar(text[p - 2])) {
    return { mention: null, next: skipToken(text, p) };
  }

  // Whole tokens that are not quantities at all, told apart by what follows the first digits.
  let runEnd = p;
  while (isDigitCode(text.charCodeAt(runEnd))) runEnd++;
  const run = runEnd - p;
  const sep = text[runEnd] ?? '';
  const dateRe = sep === '-' && run === 4 ? ISO_DATE : sep === '/' ? SLASH_DATE : sep === '.' && run <= 2 ? DOT_DATE : null;
  const date = dateRe === null ? null : sticky(dateRe, text, p);
  if (date !== null) return done(text, { start: p, end: p + date[0].length, numberStart: p, value: null, kind: 'date' });
  const clock = sep === ':' && run <= 2 ? sticky(CLOCK, text, p) : null;
  if (clock !== null) return done(text, { start: p, end: p + clock[0].length, numberStart: p, value: null, kind: 'other' });
  const phoneShaped = (run === 3 && '-. )'.includes(sep)) || (run === 1 && text[p] === '1' && '-. '.includes(sep));
  const phone = phoneShaped && sep !== '' ? sticky(PHONE, text, p) : null;
  if (phone !== null) {
    const start = prev === '(' && phone[0].includes(')') ? p - 1 : p;
    return done(text, { start, end: p + phone[0].length, numberStart: start, value: null, kind: 'other' });
  }
  if (sep === '/' && sticky(SLASHED, text, p) !== null) return { mention: null, next: skipToken(text, p) };

  const currency = lookback(CURRENCY_BEFORE, text, p, floor);
  fiscal ||= currency === null && lookback(FISCAL_BEFORE, text, p, floor) !== null;
  const first = readQuantity(text, p, currency !== null);
  if (first === null) return { mention: null, next: p + 1 };
  if ('reject' in first) return { mention: null, next: first.reject };

  // Dates: the day must never be read as a count.
  if (currency === null && (first.plain || first.suffix === 'ordinal')) {
    const date = dateAround(text, p, floor, first);
    if (date !== null) return date;
  }

  if (first.suffix === 'plural') return pluralDigits(text, p, floor, first);
  if (first.suffix === 'clock') {
    return done(text, { start: p, end: first.end, numberStart: p, value: null, kind: 'other' });
  }
  if (first.suffix === 'ordinal') {
    return done(text, { start: p, end: first.end, numberStart: p, value: first.value, kind: 'ordinal' });
  }

  const numberStart = currency?.start ?? p;
  let end = first.end;
  let percent = false;
  const pct1 = after(PERCENT_AFTER, text, end);
  if (pct1 !== null && pct1[0].trim() === '%') {
    percent = true;
    end += pct1[0].length;
  }

  // Ranges: "75,000–80,000", "75 to 80,000", "between 1,000 and 2,000", "2019-20".
  const between = lookback(BETWEEN_BEFORE, text, numberStart, floor);
  let second: Quantity | null = null;
  const dash = after(RANGE_DASH, text, end);
  const word = dash === null ? after(RANGE_WORD, text, end) : null;
  const joiner = (word?.[1] ?? '').toLowerCase();
  const joinerOk =
    dash !== null ||
    (joiner === 'and' && between !== null) ||
    ((joiner === 'to' || joiner === 'through') && lookback(CHANGE_BEFORE, text, numberStart, floor) === null);
  const joinText = (dash ?? word)?.[0];
  if (joinerOk && joinText !== undefined) {
    let at = end + joinText.length;
    const cur2 = currency !== null ? sticky(RANGE_CURRENCY, text, at) : null;
    if (cur2 !== null) at += cur2[0].length;
    const q = isDigitCode(text.charCodeAt(at)) ? readQuantity(text, at, currency !== null) : null;
    if (q !== null && !('reject' in q) && q.suffix === null && rangeOk(first, q)) {
      second = q;
      end = q.end;
      const pct2 = after(PERCENT_AFTER, text, end);
      if (pct2 !== null) {
        percent = true;
        end += pct2[0].length;
      }
    }
  }
  const last = second ?? first;

  let kindFromUnit: NumberKind | null = percent ? 'percent' : null;
  if (kindFromUnit === null) {
    const pct = after(PERCENT_AFTER, text, end);
    const money = pct === null ? after(MONEY_AFTER, text, end) : null;
    const age = pct === null && money === null ? after(AGE_AFTER, text, end) : null;
    const hour =
      pct === null && money === null && age === null && second === null && last.plain && last.value <= 24
        ? after(CLOCK_AFTER, text, end)
        : null;
    const unit = pct ?? money ?? age ?? hour;
    if (unit !== null) {
      end += unit[0].length;
      kindFromUnit = pct !== null ? 'percent' : money !== null ? 'money' : age !== null ? 'age' : 'other';
    }
  }
  if (kindFromUnit === 'other') {
    return done(text, { start: p, end, numberStart: p, value: null, kind: 'other' });
  }

  const trailing = trailingMore(text, end);
  if (trailing !== null) end = trailing.end;

  const leftEdge = second !== null && between !== null ? between.start : numberStart;
  const qual = qualifierBefore(text, leftEdge, floor, true);
  const countNoun = after(COUNT_NOUN, text, end) !== null;
  const countEvidence =
    countNoun || trailing !== null || (qual !== null && !TIME_AMBIGUOUS.has(qual.phrase));

  let kind: NumberKind;
  if (currency !== null || kindFromUnit === 'money') kind = 'money';
  else if (kindFromUnit !== null) kind = kindFromUnit;
  else if (lookback(AGE_BEFORE, text, leftEdge, floor) !== null) kind = 'age';
  else if (zipCode(text, p, floor, first, second)) {
    const plus4 = sticky(ZIP_PLUS4, text, first.end);
    return done(text, { start: p, end: first.end + (plus4?.[0].length ?? 0), numberStart: p, value: null, kind: 'other' });
  } else if (fiscal && (isYearLike(first) || (first.plain && first.digits.length === 2))) kind = 'year';
  else if (second !== null) kind = isYearLike(first) && yearPairEnd(second) && !countEvidence ? 'year' : 'range';
  else if (isYearLike(first) && !countEvidence) kind = 'year';
  else if (!Number.isFinite(last.value) || last.value > 1e15) kind = 'other';
  else if (first.decimal && first.scale === 1) kind = 'other';
  else kind = 'count';

  let value: number | null = Number.isFinite(last.value) ? last.value : null;
  if (kind === 'year') value = second !== null ? fullYear(second, first) : fullYear(first, null);

  // A year keeps no qualifier: "around 2019" is a time, not an approximate figure.
  const keepQualifier = kind !== 'year' && qual !== null;
  const start = keepQualifier ? qual.start : leftEdge;
  let qualifier: Qualifier | null = keepQualifier ? qual.qualifier : null;
  let qualifierText = keepQualifier ? qual.text : '';
  if (trailing !== null && kind !== 'year') {
    if (qualifier === null) {
      qualifier = 'more-than';
      qualifierText = trailing.qualifierText;
    }
  } else if (trailing !== null) {
    end = last.end;
  }
  return done(text, { start, end, numberStart, value, qualifier, qualifierText, kind });
}

function done(text: string, d: Draft): Step {
  return { mention: build(text, d), next: d.end };
}

/** The second half of "2019-20" or "2019 to 2023". */
function yearPairEnd(b: Quantity): boolean {
  return isYearLike(b) || (b.plain && b.digits.length === 2);
}

/** A two-digit year after "FY" or in "2019-20" stands for its full year. */
function fullYear(q: Quantity, after: Quantity | null): number {
  if (q.digits.length !== 2) return q.value;
  const century = after !== null ? Math.floor(after.value / 100) * 100 : 2000;
  return century + q.value;
}

function rangeOk(a: Quantity, b: Quantity): boolean {
  if (isYearLike(a) && b.plain && b.digits.length === 2) return b.value > a.value % 100;
  return a.value < b.value;
}

function zipCode(text: string, p: number, floor: number, first: Quantity, second: Quantity | null): boolean {
  return (
    second === null &&
    first.plain &&
    first.digits.length === 5 &&
    lookback(STATE_BEFORE, text, p, floor) !== null
  );
}

function dateAround(text: string, p: number, floor: number, q: Quantity): Step | null {
  const day = q.value >= 1 && q.value <= 31 && q.digits.length <= 2;
  const month = lookback(MONTH_BEFORE, text, p, floor);
  if (month !== null && monthOk(month.match[1] ?? '') && (day || (isYearLike(q) && q.suffix === null))) {
    let end = q.end;
    if (day) {
      const tail = sticky(DATE_TAIL, text, end);
      end += tail?.[0].length ?? 0;
    }
    return done(text, { start: month.start, end, numberStart: month.start, value: null, kind: 'date' });
  }
  if (day) {
    const from = q.suffix === 'ordinal' ? q.end - 2 : q.end;
    const month2 = after(DAY_MONTH_AFTER, text, from);
    if (month2 !== null && monthOk(month2[1] ?? '')) {
      return done(text, { start: p, end: from + month2[0].length, numberStart: p, value: null, kind: 'date' });
    }
  }
  return null;
}

/** "1000s of kids", "100s of thousands", "the 1990s". */
function pluralDigits(text: string, p: number, floor: number, q: Quantity): Step {
  const base = q.value;
  const decade = q.digits.length === 4 && base >= 1900 && base <= 2090 && base % 10 === 0;
  if (decade) return done(text, { start: p, end: q.end, numberStart: p, value: base, kind: 'year' });
  let head: string | null = base === 10 ? 'tens' : base === 100 ? 'hundreds' : base === 1000 ? 'thousands' : null;
  let end = q.end;
  const of = after(MAGNITUDE_OF, text, end);
  if (of !== null && (head === 'tens' || head === 'hundreds')) {
    head = `${head} of ${(of[1] ?? '').toLowerCase()}`;
    end += of[0].length;
  } else if (head === 'tens') {
    head = null;
  }
  if (head === null) return done(text, { start: p, end: q.end, numberStart: p, value: null, kind: 'other' });
  return magnitudeMention(text, p, end, floor, head);
}

function magnitudeMention(text: string, numberStart: number, end: number, floor: number, magnitude: string): Step {
  const qual = qualifierBefore(text, numberStart, floor, false);
  const kind: NumberKind = after(MONEY_OF, text, end) !== null ? 'money' : 'magnitude';
  return done(text, {
    start: qual?.start ?? numberStart,
    end,
    numberStart,
    value: null,
    magnitude,
    qualifier: qual?.qualifier ?? null,
    qualifierText: qual?.text ?? '',
    kind,
  });
}

// ---------------------------------------------------------------------------------
// Numbers written in words

type WordType = 'none' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and';

interface WordNumber {
  end: number;
  value: number;
  type: WordType;
  ordinal: boolean;
}

function peekWord(text: string, pos: number): { word: string; end: number } | null {
  const word = lettersFrom(text, pos);
  return word === '' ? null : { word, end: pos + word.length };
}

/** Length of the gap between two number words: one hyphen, or whitespace. */
function wordGap(text: string, pos: number): number {
  if (text[pos] === '-') return 1;
  let i = pos;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i - pos;
}

function isCardinalWord(w: string): boolean {
  return CARDINALS.has(w) || TENS.has(w) || ROMANCE_CARDINALS.has(w) || ROMANCE_TENS.has(w) || ROMANCE_HUNDREDS.has(w);
}

/** "Three hundred and twenty-five thousand", "thirty two thousand", "a million", "two dozen". */
function readWordNumber(text: string, pos: number): WordNumber | null {
  let total = 0;
  let current = 0;
  let lastScale = Infinity;
  let type: WordType = 'none';
  let end = pos;
  let i = pos;
  let ordinal = false;
  /** A Romance word was read: the number must reach ROMANCE_MIN_VALUE through a scale word. */
  let romance = false;
  for (;;) {
    const next = peekWord(text, i);
    if (next === null) break;
    const { word } = next;
    const romanceCard = CARDINALS.has(word) ? undefined : ROMANCE_CARDINALS.get(word);
    const romanceTens = TENS.has(word) ? undefined : ROMANCE_TENS.get(word);
    const romanceScale = BIG_SCALES.has(word) ? undefined : ROMANCE_SCALES.get(word);
    const romanceHundreds = ROMANCE_HUNDREDS.get(word);
    const card = CARDINALS.get(word) ?? romanceCard;
    const tens = TENS.get(word) ?? romanceTens;
    const big = BIG_SCALES.get(word) ?? romanceScale;
    const ord = ORDINALS.get(word);
    if (romanceCard !== undefined || romanceTens !== undefined || romanceScale !== undefined || romanceHundreds !== undefined || ROMANCE_HUNDRED_WORDS.has(word)) {
      romance = true;
    }
    let stop = false;
    if ((word === 'vingt' || word === 'vingts') && type === 'unit' && current % 10 === 4) {
      // French "quatre-vingt(s)": four twenties.
      current += 76;
      type = 'tens';
    } else if (ROMANCE_AND.has(word) && (type === 'tens' || type === 'hundred' || type === 'scale')) {
      const gap = wordGap(text, next.end);
      const following = gap === 0 ? null : peekWord(text, next.end + gap);
      if (following === null || !isCardinalWord(following.word)) break;
      type = 'and';
      i = next.end + gap;
      continue;
    } else if (romanceHundreds !== undefined) {
      if (!['none', 'scale', 'and'].includes(type) || current % 1000 !== 0) break;
      current += romanceHundreds;
      type = 'hundred';
    } else if (ROMANCE_HUNDRED_WORDS.has(word)) {
      if (type === 'none' || type === 'scale' || type === 'and') current += 100;
      else if (type === 'unit' && current % 100 < 10) current += (current % 100) * 99;
      else break;
      type = 'hundred';
    } else if (romanceScale !== undefined && (type === 'none' || type === 'and')) {
      // "mil niños", "mille enfants": the scale word alone is one of it.
      total += (current || 1) * romanceScale;
      current = 0;
      lastScale = romanceScale;
      type = 'scale';
    } else if (type === 'tens' && card !== undefined && card >= 10 && card < 20 && (current % 100 === 60 || current % 100 === 80)) {
      // French "soixante-dix", "quatre-vingt-onze".
      current += card;
      type = 'teen';
    } else if (word === 'a' && type === 'none') {
      current = 1;
      type = 'a';
    } else if (word === 'and' && (type === 'hundred' || type === 'scale')) {
      // Only part of the number when another number word follows.
      const gap = wordGap(text, next.end);
      const following = gap === 0 ? null : peekWord(text, next.end + gap);
      if (following === null || !(isCardinalWord(following.word) || ORDINALS.has(following.word))) break;
      type = 'and';
      i = next.end + gap;
      continue;
    } else if (card !== undefined) {
      if (word === 'zero') {
        if (type !== 'none') break;
        stop = true;
      } else if (card < 10) {
        if (!['none', 'tens', 'hundred', 'scale', 'and'].includes(type)) break;
      } else if (!['none', 'hundred', 'scale', 'and'].includes(type)) break;
      current += card;
      type = card < 10 ? 'unit' : 'teen';
    } else if (tens !== undefined) {
      if (!['none', 'hundred', 'scale', 'and'].includes(type)) break;
      current += tens;
      type = 'tens';
    } else if (word === 'hundred') {
      if (!['unit', 'teen', 'tens', 'a'].includes(type) || current < 1 || current >= 100) break;
      current *= 100;
      type = 'hundred';
    } else if (big !== undefined) {
      if (!['unit', 'teen', 'tens', 'hundred', 'a'].includes(type) || big >= lastScale || current < 1) break;
      total += current * big;
      current = 0;
      lastScale = big;
      type = 'scale';
    } else if (word === 'dozen') {
      if (type !== 'unit' && type !== 'a') break;
      current *= 12;
      type = 'unit';
      stop = true;
    } else if (ord !== undefined && ['tens', 'hundred', 'scale', 'and'].includes(type)) {
      current += ord;
      ordinal = true;
      stop = true;
    } else {
      break;
    }
    end = next.end;
    if (stop) break;
    const gap = wordGap(text, end);
    if (gap === 0) break;
    i = end + gap;
  }
  if (type === 'none' || type === 'a' || end === pos) return null;
  if (romance && (lastScale === Infinity || total + current < ROMANCE_MIN_VALUE)) return null;
  return { end, value: total + current, type: type === 'and' ? 'scale' : type, ordinal };
}

function parseWords(text: string, p: number, floor: number, anchor: string): Step {
  const skip: Step = { mention: null, next: p + anchor.length };
  const prev = text[p - 1];
  // The anchor's ASCII \b lets "ñone" through; "one-on-one" ends in a joined "one".
  if (isWordChar(prev) || (prev !== undefined && CONNECTORS.has(prev) && isWordChar(text[p - 2]))) return skip;
  const w = anchor.toLowerCase();

  if (MAGNITUDE_HEAD.has(w) || MAGNITUDE_BASE.has(w)) {
    const m = sticky(MAGNITUDE, text, p);
    if (m === null) return skip;
    const head = m[1] !== undefined ? MAGNITUDE_HEAD.get(m[1].toLowerCase()) : undefined;
    const base = MAGNITUDE_BASE.get((m[2] ?? '').toLowerCase());
    if (base === undefined) return skip;
    return magnitudeMention(text, p, p + m[0].length, floor, head !== undefined ? `${head} of ${base}` : base);
  }

  if (w === 'half') {
    const scaled = sticky(HALF_SCALE, text, p);
    if (scaled !== null) {
      const unit = (scaled[1] ?? '').toLowerCase();
      const v = unit === 'dozen' ? 6 : 0.5 * (BIG_SCALES.get(unit) ?? 0);
      return wordMention(text, p, p + scaled[0].length, floor, v, 'count');
    }
    if (sticky(HALF_OF, text, p) !== null) return wordMention(text, p, p + 4, floor, 0.5, 'fraction');
    return skip;
  }
  if (w === 'quarter') {
    const scaled = sticky(QUARTER_SCALE, text, p);
    if (scaled === null) return skip;
    const v = 0.25 * (BIG_SCALES.get((scaled[1] ?? '').toLowerCase()) ?? 0);
    return wordMention(text, p, p + scaled[0].length, floor, v, 'count');
  }

  const frac = sticky(FRACTION, text, p);
  if (frac !== null) {
    const numWord = (frac[1] ?? '').toLowerCase();
    const denWord = (frac[2] ?? '').toLowerCase();
    const numerator = numWord === 'a' ? 1 : CARDINALS.get(numWord) ?? 1;
    const denominator = DENOMINATORS.get(denWord) ?? 1;
    const fEnd = p + frac[0].length;
    const scaled = after(FRACTION_SCALE, text, fEnd);
    if (scaled !== null) {
      const v = (numerator / denominator) * (BIG_SCALES.get((scaled[1] ?? '').toLowerCase()) ?? 0);
      return wordMention(text, p, fEnd + scaled[0].length, floor, v, 'count');
    }
    // "a third" is a fraction in "a third of the children" or "about a third.", an
    // ordinal in "a third report": an ordinal is followed by the noun it numbers.
    const ordinalReading = numWord === 'a' && ORDINALS.has(denWord) && after(NOUN_NEXT, text, fEnd) !== null;
    if (!ordinalReading) return wordMention(text, p, fEnd, floor, numerator / denominator, 'fraction');
    const denStart = fEnd - denWord.length;
    return done(text, { start: denStart, end: fEnd, numberStart: denStart, value: denominator, kind: 'ordinal' });
  }

  const ord = ORDINALS.get(w);
  if (ord !== undefined) return done(text, { start: p, end: p + anchor.length, numberStart: p, value: ord, kind: 'ordinal' });

  if (w === 'hundred' || BIG_SCALES.has(w)) {
    // "several hundred thousand", "a few thousand": vague, like "hundreds of thousands".
    const few = lookback(FEW_BEFORE, text, p, floor);
    const run = sticky(SCALE_RUN, text, p);
    if (few === null || run === null) return skip;
    const magnitude =
      run[1] !== undefined ? `hundreds of ${(run[2] ?? '').toLowerCase()}s` : `${(run[3] ?? '').toLowerCase()}s`;
    return magnitudeMention(text, few.start, p + run[0].length, floor, magnitude);
  }

  const num = readWordNumber(text, p);
  if (num === null) return skip;
  if (num.ordinal) return done(text, { start: p, end: num.end, numberStart: p, value: num.value, kind: 'ordinal' });
  let value = num.value;
  let end = num.end;
  if (num.type === 'unit' || num.type === 'teen' || num.type === 'tens') {
    const half = after(AND_A_HALF, text, end);
    if (half !== null) {
      value = (value + 0.5) * (BIG_SCALES.get((half[1] ?? '').toLowerCase()) ?? 1);
      end += half[0].length;
    }
  }
  return wordMention(text, p, end, floor, tidy(value), 'count');
}

/** Units, trailing "or more" and the qualifier in front, for a number written in words. */
function wordMention(text: string, p: number, end: number, floor: number, value: number, base: NumberKind): Step {
  let kind = base;
  if (base === 'count') {
    const pct = after(PERCENT_AFTER, text, end);
    const money = pct === null ? after(MONEY_AFTER, text, end) : null;
    const age = pct === null && money === null ? after(AGE_AFTER, text, end) : null;
    const unit = pct ?? money ?? age;
    if (unit !== null) {
      end += unit[0].length;
      kind = pct !== null ? 'percent' : money !== null ? 'money' : 'age';
    } else if (lookback(AGE_BEFORE, text, p, floor) !== null) {
      kind = 'age';
    }
  }
  const trailing = kind === 'count' ? trailingMore(text, end) : null;
  if (trailing !== null) end = trailing.end;
  const qual = qualifierBefore(text, p, floor, false);
  return done(text, {
    start: qual?.start ?? p,
    end,
    numberStart: p,
    value,
    qualifier: qual?.qualifier ?? (trailing !== null ? 'more-than' : null),
    qualifierText: qual?.text ?? trailing?.qualifierText ?? '',
    kind,
  });
}

// ---------------------------------------------------------------------------------

/**
 * Every number mention in `text`, in text order, never overlapping; where two readings
 * compete the longer wins ("more than 32,000" is one mention, not a qualifier and a count).
 * `vocabulary` adds the reports' own count words (keep one object per knowledge base).
 */
export function findNumbers(text: string, vocabulary?: CountVocabulary): NumberMention[] {
  const out: NumberMention[] = [];
  if (vocabulary) {
    let compiled = countNounPatterns.get(vocabulary);
    if (!compiled) countNounPatterns.set(vocabulary, (compiled = countNounPattern(vocabulary)));
    COUNT_NOUN = compiled;
  }
  // A fresh regex per call: a shared global one would carry lastIndex between callers.
  const anchor = new RegExp(ANCHOR_SOURCE, 'gi');
  nextMemo = null;
  prevMemo = null;
  let floor = 0;
  for (let m = anchor.exec(text); m !== null; m = anchor.exec(text)) {
    const p = m.index;
    let step: Step;
    if (m[1] !== undefined) step = parseDigits(text, p, floor);
    else if (m[2] !== undefined) step = { mention: null, next: p + (sticky(NON_SPACE, text, p)?.[0].length ?? 1) };
    else step = parseWords(text, p, floor, m[3] ?? m[4] ?? m[0]);
    if (step.mention !== null) {
      out.push(step.mention);
      floor = step.mention.end;
    }
    anchor.lastIndex = Math.max(step.next, p + 1, floor);
  }
  nextMemo = null;
  prevMemo = null;
  COUNT_NOUN = PLAIN_COUNT_NOUN;
  return out;
}
