/**
 * Options: Source Lens on or off everywhere or per site, which annotations to show, and
 * the highlight style. Saved at once; open tabs follow through storage.watch.
 */
import { useState } from 'preact/hooks';
import type { Settings } from './settings';

export interface OptionsProps {
  settings: Settings;
  onChange(next: Settings): void;
}

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

export function Options({ settings, onChange }: OptionsProps) {
  const [site, setSite] = useState('');
  const [error, setError] = useState('');
  const addSite = (e: Event) => {
    e.preventDefault();
    const host = hostOf(site);
    if (!host) {
      setError('Enter a site such as www.example.com');
      return;
    }
    setError('');
    setSite('');
    if (!settings.disabledSites.includes(host)) onChange({ ...settings, disabledSites: [...settings.disabledSites, host].sort() });
  };
  return (
    <main>
      <h1>Source Lens options</h1>
      <fieldset>
        <legend>Where Source Lens runs</legend>
        <label>
          <input type="checkbox" checked={settings.enabled} onChange={(e) => onChange({ ...settings, enabled: e.currentTarget.checked })} /> On
          everywhere
        </label>
        <form onSubmit={addSite}>
          <label for="site">Turn off for a site</label>
          <input id="site" value={site} onInput={(e) => setSite(e.currentTarget.value)} placeholder="www.example.com" />{' '}
          <button type="submit">Turn off</button>
          {error && <p role="alert">{error}</p>}
        </form>
        <ul aria-label="Sites where Source Lens is off">
          {settings.disabledSites.map((host) => (
            <li key={host}>
              {host}{' '}
              <button type="button" onClick={() => onChange({ ...settings, disabledSites: settings.disabledSites.filter((h) => h !== host) })}>
                Turn back on
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>What to highlight</legend>
        <label>
          <input type="radio" name="show" checked={settings.show === 'all'} onChange={() => onChange({ ...settings, show: 'all' })} /> Every
          figure and quotation from a report
        </label>
        <label>
          <input type="radio" name="show" checked={settings.show === 'attention'} onChange={() => onChange({ ...settings, show: 'attention' })} />{' '}
          Only those that need attention (not "supported")
        </label>
      </fieldset>
      <fieldset>
        <legend>Highlight style</legend>
        <label>
          <input type="radio" name="style" checked={settings.style === 'background'} onChange={() => onChange({ ...settings, style: 'background' })} />{' '}
          Tinted background and underline
        </label>
        <label>
          <input type="radio" name="style" checked={settings.style === 'underline'} onChange={() => onChange({ ...settings, style: 'underline' })} />{' '}
          Underline only
        </label>
      </fieldset>
      <p>Source Lens makes no network request: everything it knows is bundled with it.</p>
    </main>
  );
}
