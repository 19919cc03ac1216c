import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findHeadlineAndDek } from '../../src/detect/headline';

const doc = (body: string) => parseHTML(`<html><head><title>T</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('the headline and dek', () => {
  it('finds the h1 that matches the title, wherever it sits, and the dek marked under it', () => {
    const page = doc(
      '<header><nav><h1>Daily Planet</h1></nav></header><div class="post-header"><h1>ICE lost track of 32,000 migrant children</h1>' +
        '<p class="byline">By A. Writer</p><p class="dek">The watchdog warns of an urgent issue</p></div><article><p>Body.</p></article>',
    );
    expect(findHeadlineAndDek(page, 'ICE lost track of 32,000 migrant children | Daily Planet')).toEqual({
      headline: 'ICE lost track of 32,000 migrant children',
      dek: 'The watchdog warns of an urgent issue',
    });
  });

  it('takes an h2 right under the headline as its dek, and nothing that reads as body text', () => {
    const page = doc('<h1>Report finds 291,000 children without court dates</h1><h2>ICE never served them notices</h2><p>Body.</p>');
    expect(findHeadlineAndDek(page, 'Something else entirely')).toEqual({
      headline: 'Report finds 291,000 children without court dates',
      dek: 'ICE never served them notices',
    });
    const long = doc(`<h1>Report finds 291,000 children without court dates</h1><p class="summary">${'word '.repeat(80)}</p>`);
    expect(findHeadlineAndDek(long, '').dek).toBeNull();
  });

  it('takes no masthead, navigation or related headline for the story', () => {
    expect(findHeadlineAndDek(doc('<h1>News</h1><p>Body.</p>'), 'A story').headline).toBeNull();
    expect(findHeadlineAndDek(doc('<aside class="related"><h1>ICE lost 32,000 children</h1></aside>'), 'ICE lost 32,000 children').headline).toBeNull();
  });
});
