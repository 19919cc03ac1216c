/**
 * Finding a Chromium and the flags that load the built extension into it. Shared by
 * `npm start` and the browser tests, so both fail the same clear way when it is missing.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu; .ci/run does this), ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome for Testing binary.',
    );
  }
  return found;
}

export interface BrowserOptions {
  headless: boolean;
  /** Every host but 127.0.0.1 unresolvable, so nothing can reach the network (tests, headless demo). */
  isolated: boolean;
}

/** Flags for a quiet Chromium (no first-run, sync or update traffic), with no extension. */
export function browserArgs(options: BrowserOptions): string[] {
  return [
    ...(options.headless ? ['--headless=new', '--disable-gpu'] : []),
    '--no-sandbox',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    ...(options.isolated ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] : []),
  ];
}

/** The same Chromium with only our extension. */
export function extensionArgs(extensionDir: string, options: BrowserOptions): string[] {
  return [...browserArgs(options), `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}
