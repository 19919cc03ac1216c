import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension is built from entrypoints/; the engine in src/ is plain TypeScript
// so the same code runs in the content script, in vitest and in the `check` command.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // Dev mode would try to open a browser window; this machine (and CI) has no display.
  webExt: { disabled: true },
  manifest: {
    name: 'Source Lens',
    description: 'Puts the primary source next to the news: checks figures and quotes about DHS OIG reports.',
    permissions: ['storage'],
  },
});
