import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readKnowledgeFiles } from './src/knowledge/node';
import { validateKnowledgeFiles } from './src/knowledge/validate';

// The extension is built from entrypoints/; the engine in src/ is plain TypeScript
// so the same code runs in the content script, in vitest and in the `check` command.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // Dev mode would try to open a browser window; this machine (and CI) has no display.
  webExt: { disabled: true },
  hooks: {
    // The knowledge base is bundled: an invalid file must fail the build, naming file and field.
    'build:before': () => {
      const result = validateKnowledgeFiles(readKnowledgeFiles());
      if (!result.ok) throw new Error(`invalid knowledge base:\n${result.errors.join('\n')}`);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Source Lens',
    description: 'Puts the primary source next to the news: checks figures and quotes about DHS OIG reports.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'source-lens@source-lens.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: { excludeSources: ['test-results/**', '.output/**'] },
});
