import { render } from 'preact';
import { Options } from '../../src/ui/Options';
import { DEFAULT_SETTINGS, type Settings } from '../../src/ui/settings';
import { settingsItem } from '../../src/ui/settings-store';
import '../../src/ui/pages.css';

async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  const draw = (settings: Settings) =>
    render(<Options settings={settings} onChange={(next) => void settingsItem.setValue(next)} />, app);
  draw((await settingsItem.getValue()) ?? DEFAULT_SETTINGS);
  settingsItem.watch((value) => draw(value ?? DEFAULT_SETTINGS));
}

void main();
