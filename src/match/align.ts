import { hasMojibake, repairMojibake, tokenize, type Token } from '../extract/text';

/**
 * Word-level alignment of a quotation against a report passage: the quotation must be
 * used whole, the passage may be entered and left anywhere (a quote is usually a piece
 * of a paragraph). Editorial brackets stand in for any few words of the passage, an
 * ellipsis for any run of them, and words after the end of a truncated excerpt are
 * unknown rather than wrong.
 */

export type QuoteItem =
  | { kind: 'token'; token: Token }
  | { kind: 'editorial'; start: number; end: number }
  | { kind: 'gap'; start: number; end: number };

export type OpType = 'equal' | 'replace' | 'insert' | 'delete' | 'editorial' | 'gap' | 'beyond';

export interface AlignOp {
  type: OpType;
  /** Character range in the quotation, or null when the op has no quotation side. */
  quote: [number, number] | null;
  /** Character range in the passage text, or null. */
  passage: [number, number] | null;
  quoteTokens: Token[];
  passageTokens: Token[];
}

export interface Alignment {
  cost: number;
  ops: AlignOp[];
  /** Character range of the passage the quotation covers. */
  passageSpan: [number, number];
  matchedWords: number;
  quoteWords: number;
  passageWords: number;
  beyondWords: number;
}

const EDITORIAL_MAX = 10;
const PUNCT_COST = 0.25;
/**
 * A quotation word with no passage counterpart costs a little more than a substitution or
 * a skipped passage word, so that on a tie the alignment keeps the quote anchored in the
 * passage ("that number was" against "that number may have been") instead of dropping
 * its first words, which would hide the very difference we are looking for.
 */
const INSERT_WEIGHT = 1.05;

/** Quote text to items: brackets and parentheses become editorial slots, ellipses gaps. */
export function quoteItems(quote: string): QuoteItem[] {
  const text = hasMojibake(quote) ? repairMojibake(quote) : quote;
  const items: QuoteItem[] = [];
  const special = /\[[^\]]{0,80}(?:\]|\[|$)|\([^)]{0,80}\)|\.{3,}|…|\. \. \./g;
  let last = 0;
  const pushTokens = (from: number, to: number) => {
    for (const t of tokenize(text.slice(from, to))) {
      items.push({ kind: 'token', token: { ...t, start: t.start + from, end: t.end + from } });
    }
  };
  for (let m = special.exec(text); m; m = special.exec(text)) {
    pushTokens(last, m.index);
    const raw = m[0];
    const inner = raw.replace(/^[[(]|[\])[]$/g, '').trim();
    const end = m.index + raw.length;
    if (/^(?:\.{3,}|…|\. \. \.)$/.test(raw) || /^(?:\.{3,}|…)$/.test(inner)) {
      items.push({ kind: 'gap', start: m.index, end });
    } else {
      items.push({ kind: 'editorial', start: m.index, end });
    }
    last = end;
  }
  pushTokens(last, text.length);
  return items;
}

function tokenCost(t: Token): number {
  return t.kind === 'punct' ? PUNCT_COST : 1;
}

function same(a: Token, b: Token): boolean {
  return a.norm === b.norm;
}

function cutShort(q: Token, p: Token): boolean {
  return q.kind === 'word' && q.norm.length >= 2 && p.norm.length > q.norm.length && p.norm.startsWith(q.norm);
}

// Backtrace codes (0: no move recorded).
const FROM_DIAG = 1;
const FROM_UP = 2; // quote item consumed, no passage token (insertion / empty editorial)
const FROM_LEFT = 3; // passage token skipped (deletion)
const FROM_SPAN = 4; // editorial or gap consumed k passage tokens

/** Passages are few and aligned against again and again: tokenize each once. */
const passageCache = new Map<string, Token[]>();
const PASSAGE_CACHE_MAX = 512;

function passageTokens(passage: string): Token[] {
  let tokens = passageCache.get(passage);
  if (!tokens) {
    if (passageCache.size >= PASSAGE_CACHE_MAX) passageCache.clear();
    tokens = tokenize(passage);
    passageCache.set(passage, tokens);
  }
  return tokens;
}

export function align(quote: string, passage: string, passageTruncated: boolean): Alignment {
  const items = quoteItems(quote);
  const ptoks = passageTokens(passage);
  // 1-based index of the quotation's last word: a quotation cut mid-word ("may pose a ri")
  // still matches the word it was cut from.
  let lastToken = 0;
  items.forEach((it, k) => {
    if (it.kind === 'token' && it.token.kind === 'word') lastToken = k + 1;
  });
  const n = items.length;
  const m = ptoks.length;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const from = new Uint8Array((n + 1) * width);
  const span = new Int32Array((n + 1) * width);
  for (let j = 0; j <= m; j++) cost[j] = 0; // the quotation may start anywhere in the passage

  for (let i = 1; i <= n; i++) {
    const item = items[i - 1] as QuoteItem;
    const row = i * width;
    const prev = (i - 1) * width;
    if (item.kind === 'token') {
      for (let j = 0; j <= m; j++) {
        let best = (cost[prev + j] as number) + tokenCost(item.token) * INSERT_WEIGHT;
        let how = FROM_UP;
        if (j > 0) {
          const p = ptoks[j - 1] as Token;
          const equal = same(item.token, p) || (i === lastToken && cutShort(item.token, p));
          const diag = (cost[prev + j - 1] as number) + (equal ? 0 : Math.max(tokenCost(item.token), tokenCost(p)));
          if (diag < best) {
            best = diag;
            how = FROM_DIAG;
          }
          const left = (cost[row + j - 1] as number) + tokenCost(p);
          if (left < best) {
            best = left;
            how = FROM_LEFT;
          }
        }
        cost[row + j] = best;
        from[row + j] = how;
      }
    } else {
      const limit = item.kind === 'gap' ? m : EDITORIAL_MAX;
      for (let j = 0; j <= m; j++) {
        let best = cost[prev + j] as number;
        let how = FROM_UP;
        let k = 0;
        for (let kk = 1; kk <= Math.min(limit, j); kk++) {
          const c = cost[prev + j - kk] as number;
          if (c < best) {
            best = c;
            k = kk;
            how = FROM_SPAN;
          }
        }
        if (j > 0) {
          const left = (cost[row + j - 1] as number) + tokenCost(ptoks[j - 1] as Token);
          if (left < best) {
            best = left;
            how = FROM_LEFT;
            k = 0;
          }
        }
        cost[row + j] = best;
        from[row + j] = how;
        span[row + j] = k;
      }
    }
  }

  // End: either the whole quotation is placed (passage suffix free), or, for a truncated
  // excerpt, the rest of the quotation runs past the end of what we hold.
  let bestI = n;
  let bestJ = 0;
  let best = Infinity;
  for (let j = 0; j <= m; j++) {
    const c = cost[n * width + j] as number;
    if (c < best) {
      best = c;
      bestJ = j;
    }
  }
  if (passageTruncated) {
    for (let i = Math.ceil(n / 2); i < n; i++) {
      const c = cost[i * width + m] as number;
      if (c < best) {
        best = c;
        bestI = i;
        bestJ = m;
      }
    }
  }

  const ops: AlignOp[] = [];
  const beyond = items.slice(bestI).flatMap((it) => (it.kind === 'token' ? [it.token] : []));
  let i = bestI;
  let j = bestJ;
  const spanEnd = bestJ;
  while (i > 0) {
    const at = i * width + j;
    const how = from[at];
    const item = items[i - 1] as QuoteItem;
    if (how === FROM_DIAG && item.kind === 'token') {
      const p = ptoks[j - 1] as Token;
      ops.push({
        type: same(item.token, p) || (i === lastToken && cutShort(item.token, p)) ? 'equal' : 'replace',
        quote: [item.token.start, item.token.end],
        passage: [p.start, p.end],
        quoteTokens: [item.token],
        passageTokens: [p],
      });
      i--;
      j--;
    } else if (how === FROM_LEFT) {
      const p = ptoks[j - 1] as Token;
      ops.push({ type: 'delete', quote: null, passage: [p.start, p.end], quoteTokens: [], passageTokens: [p] });
      j--;
    } else if (how === FROM_SPAN || (how === FROM_UP && item.kind !== 'token')) {
      const k = how === FROM_SPAN ? (span[at] as number) : 0;
      const covered = ptoks.slice(j - k, j);
      const first = covered[0];
      const lastTok = covered[covered.length - 1];
      ops.push({
        type: item.kind === 'gap' ? 'gap' : 'editorial',
        quote: item.kind === 'token' ? null : [item.start, item.end],
        passage: first && lastTok ? [first.start, lastTok.end] : null,
        quoteTokens: [],
        passageTokens: covered,
      });
      i--;
      j -= k;
    } else if (how === FROM_UP && item.kind === 'token') {
      ops.push({ type: 'insert', quote: [item.token.start, item.token.end], passage: null, quoteTokens: [item.token], passageTokens: [] });
      i--;
    } else {
      break; // no move recorded (0): cannot happen for i > 0, kept as a guard against a malformed table
    }
  }
  ops.reverse();
  if (beyond.length > 0) {
    const f = beyond[0] as Token;
    const l = beyond[beyond.length - 1] as Token;
    ops.push({ type: 'beyond', quote: [f.start, l.end], passage: null, quoteTokens: beyond, passageTokens: [] });
  }

  const spanStartTok = ptoks[j];
  const spanEndTok = ptoks[spanEnd - 1];
  const words = (toks: Token[]) => toks.filter((t) => t.kind !== 'punct').length;
  const matchedWords = ops.filter((o) => o.type === 'equal').reduce((s, o) => s + words(o.quoteTokens), 0);
  const quoteWords = ops.reduce((s, o) => s + (o.type === 'beyond' ? 0 : words(o.quoteTokens)), 0);
  const passageWords = ops.reduce((s, o) => s + (o.type === 'editorial' || o.type === 'gap' ? 0 : words(o.passageTokens)), 0);
  return {
    cost: best,
    ops,
    passageSpan: [spanStartTok?.start ?? 0, spanEndTok?.end ?? 0],
    matchedWords,
    quoteWords,
    passageWords,
    beyondWords: words(beyond),
  };
}

