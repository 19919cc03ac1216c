/**
 * Options: Source Lens on or off everywhere or per site, which annotations to show, and
 * the highlight style. Saved at once; open tabs follow through storage.watch.
 */
import { useState } from 'preact/hooks';
import { verdictLabel } from './card-model';
import { LOCALES, localeName, resolveLocale, translator, type LanguageSetting, type Locale } from './i18n';
import type { Settings } from './settings';

export interface OptionsProps {
  settings: Settings;
  onChange(next: Settings): void;
  /** The browser's UI language, which "auto" follows. */
  browserLocale?: Locale;
}

const LANGUAGE_CHOICES: readonly LanguageSetting[] = ['auto', ...LOCALES];

/** "https://www.example.com/x" or "www.example.com" -> "www.example.com"; null when not a host. */
export function hostOf(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    return new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname || null;
  } catch {
    return null;
  }
}

export function Options({ settings, onChange, browserLocale = 'en' }: OptionsProps) {
  const tr = translator(resolveLocale(settings.language, browserLocale));
  const [site, setSite] = useState('');
  const [error, setError] = useState('');
  const addSite = (e: Event) => {
    e.preventDefault();
    const host = hostOf(site);
    if (!host) {
      setError(tr.t('options_site_error'));
      return;
    }
    setError('');
    setSite('');
    if (!settings.disabledSites.includes(host)) onChange({ ...settings, disabledSites: [...settings.disabledSites, host].sort() });
  };
  return (
    <main>
      <h1>{tr.t('options_title')}</h1>
      <fieldset>
        <legend>{tr.t('options_where')}</legend>
        <label>
          <input type="checkbox" checked={settings.enabled} onChange={(e) => onChange({ ...settings, enabled: e.currentTarget.checked })} />{' '}
          {tr.t('options_on_everywhere')}
        </label>
        <form onSubmit={addSite}>
          <label for="site">{tr.t('options_site_label')}</label>
          <input id="site" value={site} onInput={(e) => setSite(e.currentTarget.value)} placeholder={tr.t('options_site_placeholder')} />{' '}
          <button type="submit">{tr.t('options_site_button')}</button>
          {error && <p role="alert">{error}</p>}
        </form>
        <ul aria-label={tr.t('options_sites_label')}>
          {settings.disabledSites.map((host) => (
            <li key={host}>
              {host}{' '}
              <button type="button" onClick={() => onChange({ ...settings, disabledSites: settings.disabledSites.filter((h) => h !== host) })}>
                {tr.t('options_turn_back_on')}
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{tr.t('options_what')}</legend>
        <label>
          <input type="radio" name="show" checked={settings.show === 'all'} onChange={() => onChange({ ...settings, show: 'all' })} />{' '}
          {tr.t('options_show_all')}
        </label>
        <label>
          <input type="radio" name="show" checked={settings.show === 'attention'} onChange={() => onChange({ ...settings, show: 'attention' })} />{' '}
          {tr.t('options_show_attention', { supported: verdictLabel('supported', tr) })}
        </label>
      </fieldset>
      <fieldset>
        <legend>{tr.t('options_style')}</legend>
        <label>
          <input type="radio" name="style" checked={settings.style === 'background'} onChange={() => onChange({ ...settings, style: 'background' })} />{' '}
          {tr.t('options_style_background')}
        </label>
        <label>
          <input type="radio" name="style" checked={settings.style === 'underline'} onChange={() => onChange({ ...settings, style: 'underline' })} />{' '}
          {tr.t('options_style_underline')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{tr.t('options_language')}</legend>
        {LANGUAGE_CHOICES.map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name="language"
              value={choice}
              checked={(settings.language ?? 'auto') === choice}
              onChange={() => onChange({ ...settings, language: choice })}
            />{' '}
            {/* Each language named in itself, and marked as such for screen readers. */}
            {choice === 'auto' ? (
              tr.parts('options_language_auto', { language: <span lang={browserLocale}>{localeName(browserLocale)}</span> })
            ) : (
              <span lang={choice}>{localeName(choice)}</span>
            )}
          </label>
        ))}
        <p>{tr.t('options_language_note')}</p>
      </fieldset>
      <p>{tr.t('options_privacy')}</p>
    </main>
  );
}
