import { render } from 'preact';
import { browser } from 'wxt/browser';
import { browserLocale as browserLocaleOf, resolveLocale, translator } from '../../src/ui/i18n';
import { Options } from '../../src/ui/Options';
import { DEFAULT_SETTINGS, type Settings } from '../../src/ui/settings';
import { settingsItem } from '../../src/ui/settings-store';
import '../../src/ui/pages.css';

async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  const browserLocale = browserLocaleOf(browser.i18n);
  const draw = (settings: Settings) => {
    // The page's own language follows the reader's choice, so its lang attribute stays true.
    const locale = resolveLocale(settings.language, browserLocale);
    document.documentElement.lang = locale;
    document.title = translator(locale).t('options_title');
    render(<Options settings={settings} browserLocale={browserLocale} onChange={(next) => void settingsItem.setValue(next)} />, app);
  };
  draw((await settingsItem.getValue()) ?? DEFAULT_SETTINGS);
  settingsItem.watch((value) => draw(value ?? DEFAULT_SETTINGS));
}

void main();
