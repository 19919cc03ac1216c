import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../src/ui/Popup';
import type { Message } from '../../src/ui/messages';
import type { PageSummary } from '../../src/ui/summary';
import { settingsItem, DEFAULT_SETTINGS } from '../../src/ui/settings';
import '../../src/ui/pages.css';

/** The tab named by `?tabId=N` (deep links, tests), else the active tab. */
async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function main() {
  const tabId = await targetTab();
  const request: Message | null = tabId === null ? null : { type: 'source-lens/get-summary', tabId };
  const summary = request ? ((await browser.runtime.sendMessage(request)) as PageSummary | null) : null;
  const settings = (await settingsItem.getValue()) ?? DEFAULT_SETTINGS;
  const focus = (id: string) => {
    if (tabId === null) return;
    const message: Message = { type: 'source-lens/focus', id };
    void browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  };
  const app = document.getElementById('app');
  if (app) render(<Popup summary={summary} enabled={settings.enabled} onChoose={focus} />, app);
}

void main();
