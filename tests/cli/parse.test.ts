/**
 * `check` reads pages as a browser does: parse5's WHATWG tree, copied into the DOM the
 * engine walks, and the encoding sniffed from the bytes and the HTTP header.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterTypes as P } from 'parse5';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/cli/decode';
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { readSource, toDocument, type RawPage } from '../../src/cli/load-page';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const CORPUS = ['corpus/', 'corpus-rest/'].flatMap((dir) =>
  readdirSync(FIXTURES + dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => dir + f),
);

/** The body's text as parse5 builds it: every text node under <body>, in order. */
function parse5BodyText(html: string): string {
  const htmlEl = parse(html).childNodes.find((n): n is P.Element => n.nodeName === 'html');
  const body = htmlEl?.childNodes.find((n): n is P.Element => n.nodeName === 'body');
  const parts: string[] = [];
  const stack: P.ChildNode[] = body ? [...body.childNodes].reverse() : [];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeName === '#text') parts.push((node as P.TextNode).value);
    else if ('childNodes' in node) stack.push(...[...node.childNodes].reverse());
  }
  return parts.join('');
}

const page = (html: string, contentType: string | null = null): RawPage => ({ bytes: Buffer.from(html), contentType, cutAt: null });

describe('the 130 Readability corpus pages', () => {
  it('are all here', () => {
    expect(CORPUS).toHaveLength(130);
  });

  it('each keeps all of parse5\'s body text', async () => {
    const lost: string[] = [];
    for (const file of CORPUS) {
      const raw = await readSource(FIXTURES + file, DEFAULT_LIMITS);
      const doc = toDocument(raw);
      const want = parse5BodyText(decodeHtml(raw.bytes).text);
      if ((doc.body.textContent ?? '') !== want) lost.push(file);
    }
    expect(lost).toEqual([]);
  }, 240_000);

  it('yahoo-3 (a <div> before <head>) is a page with its article, not an empty page', async () => {
    const doc = toDocument(await readSource(`${FIXTURES}corpus-rest/yahoo-3.html`, DEFAULT_LIMITS));
    // As in a browser, the <title> after the <div> is in <body>: the head was already closed.
    expect(doc.querySelector('title')?.textContent).toMatch(/\S/);
    expect((doc.body.textContent ?? '').trim().length).toBeGreaterThan(1000);
  });
});

describe('the tree a browser builds', () => {
  it('moves a stray <div> before <head> into <body>, and drops NUL characters from the text', () => {
    const doc = toDocument(page('<!doctype html><div id="x">Early\u0000 words</div><head><title>T</title></head><body><p>Body text</p></body>'));
    expect(doc.body.querySelector('title')?.textContent).toBe('T');
    expect(doc.body.querySelector('#x')?.textContent).toBe('Early words');
    expect(doc.body.textContent).not.toContain('\u0000');
  });

  it('foster-parents text out of a table and closes an open <p> at a block', () => {
    const doc = toDocument(page('<body><table>Loose<tr><td>cell</td></tr></table><p>one<div>two</div>'));
    expect(doc.body.firstChild?.textContent).toBe('Loose');
    expect(doc.querySelector('p')?.textContent).toBe('one');
  });
});

describe('encoding, sniffed as a browser does', () => {
  const curly = '<html><head><meta charset="windows-1252"><title>t</title></head><body><p>\x93We lost track,\x94 she said. Caf\xe9.</p></body></html>';

  it('reads a windows-1252 page by its <meta charset>', () => {
    const doc = toDocument({ bytes: Buffer.from(curly, 'latin1'), contentType: null, cutAt: null });
    expect(doc.body.textContent).toBe('\u201cWe lost track,\u201d she said. Caf\u00e9.');
  });

  it('reads a page by its HTTP charset, which overrides the <meta>', () => {
    const bytes = Buffer.from('<meta charset="utf-8"><p>\x93x\x94</p>', 'latin1');
    expect(decodeHtml(bytes, 'text/html; charset=ISO-8859-1')).toEqual({ text: '<meta charset="utf-8"><p>\u201cx\u201d</p>', encoding: 'windows-1252' });
  });

  it('reads a UTF-16 file with a byte order mark', () => {
    const html = '<!doctype html><html><body><p>\u201cQuoted\u201d words</p></body></html>';
    for (const [bom, enc] of [[[0xff, 0xfe], 'utf16le'], [[0xfe, 0xff], 'utf16be']] as const) {
      const le = Buffer.from(html, 'utf16le');
      const bytes = enc === 'utf16le' ? le : Buffer.from(le).swap16();
      const doc = toDocument({ bytes: Buffer.concat([Buffer.from(bom), bytes]), contentType: null, cutAt: null });
      expect(doc.body.textContent).toBe('\u201cQuoted\u201d words');
    }
  });

  it('reads an undeclared page as UTF-8 when it is valid UTF-8, else as windows-1252', () => {
    expect(decodeHtml(Buffer.from('<p>\u201cx\u201d</p>')).encoding).toBe('UTF-8');
    expect(decodeHtml(Buffer.from('<p>\x93x\x94</p>', 'latin1'))).toEqual({ text: '<p>\u201cx\u201d</p>', encoding: 'windows-1252' });
  });
});
