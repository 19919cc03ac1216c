// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { focusHighlight, isPageSummary, publishRerun, publishSummary, readPageSummary, rerunPage } from '../../src/ui/page-state';
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

  it('stand alone, so the browser can run them in the page: no reference to a module name', () => {
    for (const fn of [readPageSummary, focusHighlight, rerunPage]) {
      // Only globals and the function's own parameters.
      expect(fn.toString()).not.toMatch(/\bKEY\b|HIGHLIGHT_TAG|import/);
    }
  });

  it('focuses the focusable part of a highlight, and says when there is none', () => {
    document.body.innerHTML =
      '<p><source-lens-mark data-source-lens-id="sl1" tabindex="0">more than 32,000</source-lens-mark></p>';
    expect(focusHighlight('sl1')).toBe(true);
    expect(document.activeElement?.getAttribute('data-source-lens-id')).toBe('sl1');
    expect(focusHighlight('sl9')).toBe(false);
  });
});
