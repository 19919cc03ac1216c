// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLateContent } from '../../src/ui/late-content';

/** Lets the observer deliver its records (a microtask), then runs the debounce out. */
async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
  await vi.advanceTimersByTimeAsync(1000);
}

describe('watching for late content', () => {
  let abort: AbortController;
  let passes: number;
  const onChange = () => void passes++;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<article><p>First paragraph.</p></article>';
    abort = new AbortController();
    passes = 0;
  });

  afterEach(() => {
    abort.abort();
    vi.useRealTimers();
  });

  it('runs a pass when an article arrives, once, after the page settles', async () => {
    watchLateContent(document, onChange, abort.signal);
    const p = document.createElement('p');
    p.textContent = 'More than 32,000 unaccompanied children failed to appear in immigration court.';
    document.querySelector('article')?.appendChild(p);
    await settle();
    expect(passes).toBe(1);
  });

  it('ignores a clock that ticks, and a counter, until their small changes add up', async () => {
    document.body.insertAdjacentHTML('beforeend', '<span id="clock">10:00</span><span id="count">9</span>');
    watchLateContent(document, onChange, abort.signal);
    const clock = document.getElementById('clock')?.firstChild as Text;
    const count = document.getElementById('count')?.firstChild as Text;
    clock.data = '10:01';
    count.data = '1,024 readers';
    await settle();
    expect(passes).toBe(0);
    // Three more such changes and the page has grown by a paragraph's worth.
    for (const n of ['1,025 readers online', '1,026 readers online now', '1,027 readers online now, live']) count.data = n;
    await settle();
    expect(passes).toBe(1);
  });

  it('does not count text that is only moved or redrawn (a carousel, a framework re-render)', async () => {
    document.body.insertAdjacentHTML('beforeend', '<ul id="slides"><li>More than 32,000 children failed to appear in court.</li><li>Second slide of the carousel, just as long.</li></ul>');
    watchLateContent(document, onChange, abort.signal);
    const slides = document.getElementById('slides') as HTMLElement;
    const first = slides.firstElementChild as HTMLElement;
    slides.appendChild(first);
    const second = slides.firstElementChild as HTMLElement;
    second.replaceWith(second.cloneNode(true));
    await settle();
    expect(passes).toBe(0);
  });

  it('never counts its own highlights or card, nor what a pass changed before `forget`', async () => {
    const watcher = watchLateContent(document, onChange, abort.signal);
    const mark = document.createElement('source-lens-mark');
    mark.textContent = 'A highlight wrapped around words that are already on the page.';
    document.body.appendChild(mark);
    const card = document.createElement('div');
    card.setAttribute('data-source-lens-ui', '');
    card.textContent = 'The source card, with everything the report says about the figure.';
    document.body.appendChild(card);
    // A pass splits text nodes too: forgetting drops those records in the same task.
    document.querySelector('p')?.appendChild(document.createTextNode(' And text a pass moved about, long enough to count.'));
    watcher.forget();
    await settle();
    expect(passes).toBe(0);
  });

  it('stops when the content script goes away', async () => {
    watchLateContent(document, onChange, abort.signal);
    abort.abort();
    document.body.insertAdjacentHTML('beforeend', '<p>More than 32,000 unaccompanied children failed to appear in court.</p>');
    await settle();
    expect(passes).toBe(0);
  });
});
