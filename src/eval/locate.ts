/**
 * Finding a label's words in the article the engine read. Labels quote the page as a
 * browser shows it (whitespace collapsed, no-break spaces as spaces); blocks keep the
 * page's own whitespace. Both sides are folded the same way, with a map back to the
 * block's offsets.
 */

export interface Located {
  block: number;
  start: number;
  end: number;
}

interface Folded {
  text: string;
  /** offsets[i]: where folded character i came from in the original. */
  offsets: number[];
}

const SPACE = /\s/;

export function foldSpaces(original: string): Folded {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] ?? '';
    if (SPACE.test(ch)) {
      if (text === '' || text.endsWith(' ')) continue;
      text += ' ';
    } else {
      text += ch;
    }
    offsets.push(i);
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    offsets.pop();
  }
  return { text, offsets };
}

function fold(s: string): string {
  return foldSpaces(s).text;
}

/**
 * The span of `text` inside the first block holding `snippet` (which contains `text`), or
 * null when no block has the snippet: extraction dropped those words.
 */
export function locate(blocks: readonly string[], snippet: string, text: string = snippet): Located | null {
  const want = fold(snippet);
  const inner = fold(text);
  const at = want.indexOf(inner);
  if (want === '' || at < 0) return null;
  for (let b = 0; b < blocks.length; b++) {
    const folded = foldSpaces(blocks[b] ?? '');
    const found = folded.text.indexOf(want);
    if (found < 0) continue;
    const first = found + at;
    const last = first + inner.length - 1;
    const start = folded.offsets[first];
    const end = folded.offsets[last];
    if (start === undefined || end === undefined) continue;
    return { block: b, start, end: end + 1 };
  }
  return null;
}

export function overlaps(a: Located, b: { block: number; start: number; end: number }): boolean {
  return a.block === b.block && a.start < b.end && b.start < a.end;
}
