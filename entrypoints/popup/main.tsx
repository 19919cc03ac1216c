import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../src/ui/Popup';
import { browserLocale, resolveLocale, translator } from '../../src/ui/i18n';
import { focusHighlight, isPageSummary, readPageSummary } from '../../src/ui/page-state';
import type { PageSummary } from '../../src/ui/summary';
import { DEFAULT_SETTINGS } from '../../src/ui/settings';
import { settingsItem } from '../../src/ui/settings-store';
import '../../src/ui/pages.css';

/** The tab named by `?tabId=N` (deep links, tests), else the active tab. */
async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The tab's summary, read from the content script's world; unreachable on the browser's own pages. */
async function tabSummary(tabId: number): Promise<{ summary: PageSummary | null; reachable: boolean }> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: readPageSummary });
    const result: unknown = frame?.result;
    return { summary: isPageSummary(result) ? result : null, reachable: true };
  } catch {
    return { summary: null, reachable: false };
  }
}

async function hostOfTab(tabId: number): Promise<string> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.url ? new URL(tab.url).hostname : '';
  } catch {
    return '';
  }
}

async function main() {
  const tabId = await targetTab();
  const [{ summary, reachable }, host, settings] = await Promise.all([
    tabId === null ? { summary: null, reachable: false } : tabSummary(tabId),
    tabId === null ? '' : hostOfTab(tabId),
    settingsItem.getValue().then((s) => s ?? DEFAULT_SETTINGS),
  ]);
  const focus = (id: string) => {
    if (tabId === null) return;
    void browser.scripting.executeScript({ target: { tabId }, func: focusHighlight, args: [id] }).catch(() => undefined);
  };
  const locale = resolveLocale(settings.language, browserLocale(browser.i18n));
  document.documentElement.lang = locale;
  document.title = translator(locale).t('extension_name');
  const app = document.getElementById('app');
  if (app) render(<Popup summary={summary} settings={settings} host={host} reachable={reachable} onChoose={focus} locale={locale} />, app);
}

void main();
