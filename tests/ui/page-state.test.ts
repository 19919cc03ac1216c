// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { focusHighlight, isPageSummary, publishRerun, publishSummary, readPageSummary, rerunPage, stepHighlight } from '../../src/ui/page-state';
import { stateOnly } from '../../src/ui/summary';

describe('what the popup and the background reach in a page', () => {
  it('reads the summary the content script published, and nothing before it did', () => {
    expect(isPageSummary(readPageSummary())).toBe(false);
    const summary = stateOnly('no-coverage', { url: 'https://news.example/a', title: 'A' });
    publishSummary(summary);
    expect(readPageSummary()).toEqual(summary);
    expect(isPageSummary(readPageSummary())).toBe(true);
  });

  it('asks the page to check itself again', () => {
    let runs = 0;
    publishRerun(() => void runs++);
    expect(rerunPage()).toBe(true);
    expect(runs).toBe(1);
  });

  it('stand alone, so the browser can run them in the page: rebuilt from their source, they still work', () => {
    // scripting.executeScript sends a function's source, not its closure.
    const rebuilt = <T,>(fn: T): T => new Function(`return (${String(fn)})`)() as T;
    publishSummary(stateOnly('no-coverage', { url: 'https://news.example/b', title: 'B' }));
    expect(rebuilt(readPageSummary)()).toMatchObject({ url: 'https://news.example/b' });
    let runs = 0;
    publishRerun(() => void runs++);
    expect(rebuilt(rerunPage)()).toBe(true);
    expect(runs).toBe(1);
    document.body.innerHTML = '<p><source-lens-mark data-source-lens-id="sl2" tabindex="0">448,000</source-lens-mark></p>';
    expect(rebuilt(focusHighlight)('sl2')).toBe(true);
  });

  it('focuses the focusable part of a highlight, and says when there is none', () => {
    document.body.innerHTML =
      '<p><source-lens-mark data-source-lens-id="sl1" tabindex="0">more than 32,000</source-lens-mark></p>';
    expect(focusHighlight('sl1')).toBe(true);
    expect(document.activeElement?.getAttribute('data-source-lens-id')).toBe('sl1');
    expect(focusHighlight('sl9')).toBe(false);
  });

  it('steps through the highlights for the keyboard commands, from the open card or the focus, wrapping at the ends', () => {
    const step = new Function(`return (${String(stepHighlight)})`)() as typeof stepHighlight;
    document.body.innerHTML =
      '<a href="#top">top</a><p><source-lens-mark tabindex="0" id="a">32,000</source-lens-mark> <a href="#x" id="link">x</a> ' +
      '<source-lens-mark tabindex="0" id="b">448,000</source-lens-mark> <source-lens-mark id="b2">rest of b</source-lens-mark></p>' +
      '<p><source-lens-mark tabindex="0" id="c">291,000</source-lens-mark></p>';
    const focused = () => document.activeElement?.id;
    (document.querySelector('a') as HTMLElement).focus();
    expect(step(1)).toBe(true);
    expect(focused()).toBe('a');
    step(1);
    expect(focused()).toBe('b');
    step(1);
    step(1);
    expect(focused()).toBe('a');
    step(-1);
    expect(focused()).toBe('c');
    // Focus on a page link between highlights: the next is the one after it, the previous the one before.
    (document.getElementById('link') as HTMLElement).focus();
    step(1);
    expect(focused()).toBe('b');
    (document.getElementById('link') as HTMLElement).focus();
    step(-1);
    expect(focused()).toBe('a');
    // The highlight whose card is open counts as the current one, wherever focus is.
    document.getElementById('b')?.setAttribute('aria-expanded', 'true');
    (document.querySelector('a') as HTMLElement).focus();
    step(1);
    expect(focused()).toBe('c');
    document.body.innerHTML = '<p>nothing</p>';
    expect(step(1)).toBe(false);
  });
});
