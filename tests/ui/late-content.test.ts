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

  it('ignores a clock that ticks, until its small changes add up', async () => {
    document.body.insertAdjacentHTML('beforeend', '<span id="clock">10:00</span>');
    watchLateContent(document, onChange, abort.signal);
    const clock = document.getElementById('clock')?.firstChild as Text;
    clock.data = '10:01';
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
