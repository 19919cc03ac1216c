import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { articleSource, blocksOf, extractArticle, HUGE_PROSE_CHARS, isFurniture, isSkippedElement, type Article } from '../../src/detect/article';
import { MAX_TREE_DEPTH, treeShape } from '../../src/detect/bound-tree';
import { longArticle } from '../fixtures/generated';
import { findQuotes } from '../../src/extract/quotes';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The blocks of the element with id "r" in a page made of `body`. */
function blocksIn(body: string) {
  const root = doc(`<!doctype html><html><head><title>t</title></head><body><div id="r">${body}</div></body></html>`).getElementById('r');
  if (!root) throw new Error('no #r element');
  return blocksOf(root);
}

const texts = (body: string): string[] => blocksIn(body).map((b) => b.text.trim());

describe('blocksOf: what is never article prose', () => {
  it('skips scripts, styles, code, preformatted text and form fields', () => {
    expect(
      texts(`<p>Keep one.</p><script>var n = 32000;</script><style>p { margin: 0 }</style><pre>32,000</pre><code>32,000</code>
        <textarea>32,000</textarea><input value="32,000"><p>Keep two.</p>`),
    ).toEqual(['Keep one.', 'Keep two.']);
  });

  it('skips editable areas, but not contenteditable="false"', () => {
    expect(
      texts('<div contenteditable="true">32,000 typed</div><div contenteditable="">32,000 typed</div><div contenteditable="false">Keep this.</div>'),
    ).toEqual(['Keep this.']);
  });

  it('skips navigation, asides, footers, figures and captions', () => {
    expect(
      texts(`<nav>32,000 nav</nav><aside>32,000 aside</aside><p>Keep this.</p><footer>32,000 footer</footer>
        <figure><img src="a.jpg"><figcaption>32,000 caption</figcaption></figure><figcaption>32,000 loose caption</figcaption>`),
    ).toEqual(['Keep this.']);
  });

  it('skips hidden elements', () => {
    expect(texts('<p hidden>32,000 hidden</p><p aria-hidden="true">32,000 aria</p><p>Keep this.</p>')).toEqual(['Keep this.']);
  });

  it('skips page furniture named by its class or id: trending, comments, ad, related', () => {
    expect(
      texts(`<p>Keep this paragraph, which is the article itself and long enough to be most of the text.</p>
        <div class="trending-now">32,000 trending</div><div class="comments">32,000 comments</div><div class="ad">32,000 ad</div>
        <div class="related">32,000 related</div><div id="comment">32,000 comment</div><div class="story_sidebar">32,000 sidebar</div>`),
    ).toEqual(['Keep this paragraph, which is the article itself and long enough to be most of the text.']);
  });

  it('does not take a class that merely contains "ad" for an ad', () => {
    expect(texts('<div class="header">Header.</div><div class="shadow">Shadow.</div><div class="loading">Loading.</div>')).toEqual([
      'Header.',
      'Shadow.',
      'Loading.',
    ]);
  });

  it('keeps a "furniture" element that holds most of the text, as it is the story itself', () => {
    expect(texts('<article class="has-share-buttons"><p>The whole story is here.</p></article><div class="ad">Ad.</div>')).toEqual([
      'The whole story is here.',
    ]);
  });

  it('exposes the element tests it uses', () => {
    const d = doc('<body><nav id="n"></nav><div id="t" class="trending"></div><div id="p" class="post-body"></div></body>');
    const el = (id: string) => {
      const found = d.getElementById(id);
      if (!found) throw new Error(id);
      return found;
    };
    expect(isSkippedElement(el('n'))).toBe(true);
    expect(isSkippedElement(el('p'))).toBe(false);
    expect(isFurniture(el('t'))).toBe(true);
    expect(isFurniture(el('p'))).toBe(false);
  });
});

describe('blocksOf: the structure of the text', () => {
  it('keeps a quotation that runs across a link and emphasis in one block, its text intact', () => {
    const blocks = blocksIn('<p>The alert said \u201cICE <a href="#">cannot <em>always</em> monitor</a> the location\u201d of UCs.</p>');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'The alert said \u201cICE cannot always monitor the location\u201d of UCs.', quoteGroup: null },
    ]);
    expect(findQuotes(blocks).map((q) => q.text)).toEqual(['ICE cannot always monitor the location']);
  });

  it('keeps the text exactly as the page has it, whitespace included', () => {
    expect(blocksIn('<p>More than\n  32,000 <b>UCs</b></p>').map((b) => b.text)).toEqual(['More than\n  32,000 UCs']);
  });

  it('gives the paragraphs of one block quote the same quote group, and the next block quote another', () => {
    const blocks = blocksIn(
      '<blockquote><p>ICE must take immediate action.</p><p>It must act now.</p></blockquote><p>Said the report.</p><blockquote>A second quote here.</blockquote>',
    );
    expect(blocks.map((b) => [b.kind, b.quoteGroup, b.text])).toEqual([
      ['blockquote', 0, 'ICE must take immediate action.'],
      ['blockquote', 0, 'It must act now.'],
      ['paragraph', null, 'Said the report.'],
      ['blockquote', 1, 'A second quote here.'],
    ]);
  });

  it('names headings, list items and table cells, and splits at line breaks', () => {
    const blocks = blocksIn('<h2>Findings</h2><ul><li>one</li><li>two <b>bold</b></li></ul><table><tr><td>cell</td></tr></table>text<br>after');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Findings'],
      ['list-item', 'one'],
      ['list-item', 'two bold'],
      ['cell', 'cell'],
      ['paragraph', 'text'],
      ['paragraph', 'after'],
    ]);
  });
});

const HEADLINE = 'ICE cannot account for thousands of migrant children, watchdog says';

const PAGE = `<!doctype html>
<html lang="en">
<head><title>${HEADLINE} | Example News</title><meta charset="utf-8"></head>
<body>
<header class="site-header"><a href="/">Example News</a></header>
<nav class="main-nav"><ul><li><a href="/sports">32,000 fans pack stadium</a></li><li><a href="/weather">Storm leaves 291,000 without power</a></li></ul></nav>
<main>
  <article>
    <h1>${HEADLINE}</h1>
    <p class="byline">By A. Reporter, Aug. 20, 2024</p>
    <p>The Department of Homeland Security\u2019s inspector general said on Tuesday that Immigration and Customs Enforcement
      <a href="https://www.oig.dhs.gov/">could not monitor</a> the location and status of <em>all</em> unaccompanied migrant children.</p>
    <figure><img src="border.jpg" alt=""><figcaption>Migrants wait at the border in 2024. (Photo: 12 agents)</figcaption></figure>
    <p>\u201cICE reported more than 32,000 UCs failed to appear for their immigration court hearings from FYs 2019 to 2023,\u201d the report said.</p>
    <div class="ad ad-slot"><p>Advertisement: save 50% today, only $4.99 a month</p></div>
    <p>The watchdog also found that ICE transferred more than 448,000 children to the Department of Health and Human Services over the same period.</p>
    <blockquote><p>ICE must take immediate action to ensure the safety of UCs residing in the United States.</p></blockquote>
    <p>As of May 2024, ICE had not served notices to appear on more than 291,000 children, the report said, so they had no court date.</p>
    <pre><code>var total = 323000;</code></pre>
    <p>ICE agreed with both recommendations and said it would develop an automated system to track court appearances.</p>
  </article>
  <aside class="trending"><h3>Trending</h3><ol><li>ICE arrests 32,809 in sweep</li><li>Lottery jackpot hits 1,500,000</li></ol></aside>
  <section id="comments"><h3>Comments</h3><p>32,000 missing kids and nobody cares!</p><p>More like 300,000.</p></section>
  <div class="related-stories"><a href="/a">Border crossings fall 40%</a></div>
</main>
<footer><p>\u00a9 2024 Example News. 1,234 Main Street. Call 555-0100.</p></footer>
</body>
</html>`;

describe('extractArticle', () => {
  it("returns only the article's paragraphs, with the headline first as a 'title' block", () => {
    const article = extractArticle(doc(PAGE));
    expect(article).not.toBeNull();
    const blocks = article?.blocks ?? [];
    expect(blocks[0]).toEqual({ kind: 'title', text: HEADLINE, quoteGroup: null });
    expect(blocks.slice(1).map((b) => [b.kind, b.text.replace(/\s+/g, ' ').trim()])).toEqual([
      [
        'paragraph',
        'The Department of Homeland Security\u2019s inspector general said on Tuesday that Immigration and Customs Enforcement could not monitor the location and status of all unaccompanied migrant children.',
      ],
      ['paragraph', '\u201cICE reported more than 32,000 UCs failed to appear for their immigration court hearings from FYs 2019 to 2023,\u201d the report said.'],
      [
        'paragraph',
        'The watchdog also found that ICE transferred more than 448,000 children to the Department of Health and Human Services over the same period.',
      ],
      ['blockquote', 'ICE must take immediate action to ensure the safety of UCs residing in the United States.'],
      ['paragraph', 'As of May 2024, ICE had not served notices to appear on more than 291,000 children, the report said, so they had no court date.'],
      ['paragraph', 'ICE agreed with both recommendations and said it would develop an automated system to track court appearances.'],
    ]);
  });

  it('takes no numbers from the navigation, trending box, ad, caption, code, comments or footer', () => {
    const all = (extractArticle(doc(PAGE))?.blocks ?? []).map((b) => b.text).join('\n');
    for (const furniture of ['fans pack', '291,000 without power', '32,809', '1,500,000', '$4.99', '12 agents', '323000', 'missing kids', '300,000', '40%', '1,234 Main']) {
      expect(all).not.toContain(furniture);
    }
  });

  it("gives the page's title without its site name", () => {
    expect(extractArticle(doc(PAGE))?.title).toBe(HEADLINE);
  });

  it('leaves the headline out when the page does not show it as a heading', () => {
    const page = PAGE.replace(`<h1>${HEADLINE}</h1>`, '');
    const blocks = extractArticle(doc(page))?.blocks ?? [];
    expect(blocks.some((b) => b.kind === 'title')).toBe(false);
    expect(blocks[0]?.text).toMatch(/^The Department of Homeland Security/);
  });

  it('does not change the document it reads (Readability runs on a clone)', () => {
    const d = doc(PAGE);
    const before = d.documentElement.outerHTML;
    extractArticle(d);
    expect(d.documentElement.outerHTML).toBe(before);
    expect(d.querySelector('aside.trending')).not.toBeNull();
  });
});

describe('extractArticle on deep and huge pages: the DOM Readability is given is bounded', () => {
  const seedHtml = readFileSync(fileURLToPath(new URL('../fixtures/seeds/004-independent.html', import.meta.url)), 'utf8');
  const seedText = (a: Article | null) => (a?.blocks ?? []).map((b) => b.text.replace(/\s+/g, ' ').trim());

  it('reads the seed article inside 50,000 nested <div>s as it reads the seed, from a tree of bounded depth', () => {
    const deep = seedHtml.replace(/<article>[\s\S]*<\/article>/, (article) => `${'<div>'.repeat(50_000)}${article}${'</div>'.repeat(50_000)}`);
    const page = parseHtml(deep);
    const source = articleSource(page);
    expect(source.kind).toBe('readability');
    if (source.kind !== 'readability') return;
    const shape = treeShape(source.document.body);
    expect(shape.depth).toBeLessThanOrEqual(MAX_TREE_DEPTH + 1);
    expect(shape.elements).toBeLessThan(200);
    expect(seedText(extractArticle(page))).toEqual(seedText(extractArticle(parseHtml(seedHtml))));
  }, 60_000);

  it('reads the seed article in the 50,000-div page as Blink builds it (511 levels, then 49,489 empty siblings), from a small tree', () => {
    const blink = seedHtml.replace(/<article>[\s\S]*<\/article>/, (article) => `${'<div>'.repeat(510)}${'<div></div>'.repeat(49_489)}<div>${article}</div>${'</div>'.repeat(510)}`);
    const page = parseHtml(blink);
    const source = articleSource(page);
    if (source.kind !== 'readability') throw new Error('not given to Readability');
    expect(treeShape(source.document.body).elements).toBeLessThan(200);
    expect(seedText(extractArticle(page))).toEqual(seedText(extractArticle(parseHtml(seedHtml))));
  }, 60_000);

  it('reads a 5 MB article from its <article> without Readability, every paragraph kept', () => {
    const seedArticle = parseHtml(seedHtml).querySelector('article');
    if (!seedArticle) throw new Error('the seed has no <article>');
    const seedBlocks = blocksOf(seedArticle).map((b) => b.text);
    // linkedom's own parser: the extension reads a browser's DOM, and parse5's tree copied into
    // linkedom takes several times longer to build on 5 MB.
    const page = doc(longArticle(5_000_000));
    const source = articleSource(page);
    expect(source.kind).toBe('story');
    if (source.kind !== 'story') return;
    expect(source.story.tagName).toBe('ARTICLE');
    const repeats = Math.round((source.story.textContent ?? '').length / (seedArticle.textContent ?? '').length);
    expect(repeats).toBeGreaterThan(500);
    const blocks = (extractArticle(page)?.blocks ?? []).map((b) => b.text);
    // Every paragraph of every copy, in order; and what Readability keeps of the seed is among them.
    expect(blocks.slice(-seedBlocks.length * repeats)).toEqual(Array.from({ length: repeats }, () => seedBlocks).flat());
    for (const kept of seedText(extractArticle(parseHtml(seedHtml)))) expect(seedBlocks.map((b) => b.replace(/\s+/g, ' ').trim())).toContain(kept);
  }, 60_000);

  it('gives a page under the size limit to Readability, even with a marked story', () => {
    expect(articleSource(parseHtml(seedHtml)).kind).toBe('readability');
    expect(HUGE_PROSE_CHARS).toBeGreaterThan(178_683); // lazy-image-2: the longest fixture page with a marked story but yahoo-2
  });
});
