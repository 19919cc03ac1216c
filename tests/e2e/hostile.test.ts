/**
 * Hostile and heavy pages in real Chromium: a strict Content-Security-Policy, CSS that
 * tries to unset everything, a page that rewrites itself all the time, text inside custom
 * elements' shadow roots, and a 50,000-element page. The extension must throw nothing,
 * the page must keep working, and the source card must still render.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CARD, MARK, passesIn, useE2eSession } from './browser';

const session = useE2eSession();

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.open(path);
  return { page, errors: session.errorsOf(page) };
}

async function cardWorks(page: Page): Promise<void> {
  await page.hover(`${MARK}[tabindex]`);
  const card = page.locator(CARD);
  await card.waitFor({ state: 'visible' });
  expect(await card.textContent()).toContain('OIG-24-46');
  // Its own styles applied: a fixed, opaque box the page's CSS could not reach.
  const style = await card.evaluate((el) => {
    const s = getComputedStyle(el);
    return { position: s.position, background: s.backgroundColor, width: el.getBoundingClientRect().width };
  });
  expect(style.position).toBe('fixed');
  expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(style.width).toBeGreaterThan(200);
}

describe('hostile pages', () => {
  it('works under a strict Content-Security-Policy', async () => {
    const { page, errors } = await open('seeds/004-independent.html?csp=strict');
    expect(await page.locator(`${MARK}[tabindex]`).count()).toBeGreaterThan(0);
    await cardWorks(page);
    expect(errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    await page.close();
  });

  it('keeps highlights and the card visible against `* { all: unset !important }`', async () => {
    const { page, errors } = await open('hostile/aggressive-css.html');
    const mark = page.locator(`${MARK}[tabindex]`).first();
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await cardWorks(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('annotates a page that rewrites itself without looping or annotating twice', async () => {
    const { page, errors } = await open('hostile/mutating.html');
    await page.waitForSelector(`${MARK}[tabindex]`);
    const first = await page.locator(`${MARK}[tabindex]`).count();
    await page.waitForTimeout(2500);
    expect(await page.locator(`${MARK}[tabindex]`).count()).toBe(first);
    const ids = await page.$$eval(`${MARK}[tabindex]`, (els) => els.map((e) => e.getAttribute('data-source-lens-id')));
    expect(new Set(ids).size).toBe(ids.length);
    // The page's own script is still running.
    const before = await page.textContent('#ticker');
    await page.waitForTimeout(200);
    expect(await page.textContent('#ticker')).not.toBe(before);
    const [passes] = await passesIn(session.browser, page.url());
    expect(passes).toBeLessThan(10);
    expect(errors).toEqual([]);
    await page.close();
  }, 20_000);

  it('leaves text inside custom elements\' shadow roots alone and throws nothing', async () => {
    const { page, errors } = await open('hostile/shadow-text.html');
    const inShadow = await page.evaluate(() =>
      Array.from(document.querySelectorAll('x-para')).some((el) => el.shadowRoot?.querySelector('source-lens-mark')),
    );
    expect(inShadow).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('handles a very long article (1 MB here; 5 MB in the benchmark) without annotating twice', async () => {
    const { page, errors } = await open('generated/long-article.html?bytes=1000000');
    await page.waitForSelector(`${MARK}[tabindex]`);
    const ids = await page.$$eval(`${MARK}[tabindex]`, (els) => els.map((e) => e.getAttribute('data-source-lens-id')));
    // The article repeats one story's paragraphs: each distinct passage (same words, same
    // context) is highlighted once, at its first occurrence, and never twice.
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(new Set(ids).size).toBe(ids.length);
    await cardWorks(page);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('handles a 50,000-element page', async () => {
    const { page, errors } = await open('generated/big.html?nodes=50000');
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(50_000);
    await page.waitForSelector(`${MARK}[tabindex]`);
    expect(await page.locator(`aside ${MARK}`).count()).toBe(0);
    await cardWorks(page);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
