import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksOf, extractArticle } from '../../src/detect/article';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const PAGE = `<!doctype html><html><head><title>ICE cannot monitor all children, watchdog says</title></head><body>
<nav><a href="/">Home</a> <a href="/x">32,000 fans pack stadium</a></nav>
<main><article>
<h1>ICE cannot monitor all children, watchdog says</h1>
<p>The Department of Homeland Security inspector general said <a href="#">ICE could not account</a> for <em>all</em> of the children.</p>
<figure><img src="a.jpg"><figcaption>Migrants at the border, 2024. (Photo: 12 agents)</figcaption></figure>
<p>More than 32,000 unaccompanied children failed to appear for their immigration court hearings between 2019 and 2023, the report said.</p>
<div class="ad">Save 50% today, only $4.99</div>
<blockquote><p>ICE must take immediate action.</p><p>It must act now.</p></blockquote>
<p>ICE transferred more than 448,000 children to HHS over the same period, according to the report released on Tuesday.</p>
<pre><code>var n = 291000;</code></pre>
</article>
<aside class="trending"><ol><li>ICE arrests 32,809</li><li>291,000 without power</li></ol></aside>
<section id="comments"><p>32,000 missing kids!</p></section>
</main>
<footer>© 2024 Example</footer>
</body></html>`;

describe('blocksOf', () => {
  it('skips code, forms, editable areas, captions and page furniture', () => {
    const d = doc(`<div id="root"><p>Keep this.</p><pre>no</pre><code>no</code><textarea>no</textarea><div contenteditable="true">no</div>
      <figure><figcaption>no</figcaption></figure><nav>no</nav><aside>no</aside><footer>no</footer><div class="trending">no</div>
      <div class="related-links">no</div><script>no</script><style>no</style><p>And this.</p></div>`);
    const root = d.getElementById('root');
    expect(root && blocksOf(root).map((b) => b.text.trim())).toEqual(['Keep this.', 'And this.']);
  });

  it('keeps a sentence that runs across links and emphasis in one block, text intact', () => {
    const d = doc('<div id="r"><p>The report said <a href="#">ICE could not <em>account</em></a> for all.</p></div>');
    const r = d.getElementById('r');
    expect(r && blocksOf(r).map((b) => b.text)).toEqual(['The report said ICE could not account for all.']);
  });

  it('gives the paragraphs of one block quote the same quote group', () => {
    const d = doc('<div id="r"><blockquote><p>One.</p><p>Two.</p></blockquote><p>Three.</p></div>');
    const r = d.getElementById('r');
    expect(r && blocksOf(r).map((b) => [b.kind, b.quoteGroup])).toEqual([
      ['blockquote', 0],
      ['blockquote', 0],
      ['paragraph', null],
    ]);
  });
});

describe('extractArticle', () => {
  it("returns the article's own prose, headline first, and nothing from the page around it", () => {
    const d = doc(PAGE);
    const article = extractArticle(d);
    const texts = article?.blocks.map((b) => b.text.replace(/\s+/g, ' ').trim()) ?? [];
    expect(article?.blocks[0]?.kind).toBe('title');
    expect(texts.join('\n')).toMatch(/More than 32,000 unaccompanied children/);
    expect(texts.join('\n')).toMatch(/448,000/);
    expect(texts.join('\n')).not.toMatch(/fans pack|32,809|without power|missing kids|Save 50%|12 agents|291000|© 2024/);
  });

  it('does not change the page it reads (Readability runs on a clone)', () => {
    const d = doc(PAGE);
    const before = d.documentElement.outerHTML;
    extractArticle(d);
    expect(d.documentElement.outerHTML).toBe(before);
  });
});
