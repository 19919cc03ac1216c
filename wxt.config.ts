import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_KNOWLEDGE_DIR, readKnowledgeFiles } from './src/knowledge/node';
import { knowledgePlugin } from './src/build/knowledge-plugin';
import { polyfillAsEsm } from './src/build/polyfill-esm';
import { nativeBrowserForWxtUtils } from './src/build/native-browser';
import { validateKnowledgeFiles } from './src/knowledge/validate';
import { COMMANDS } from './src/ui/commands';

// `@knowledge` is knowledge/; the benchmark builds once more against a generated one.
const KNOWLEDGE_DIR = process.env.SOURCE_LENS_KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR;
// The benchmark's instrumented build (SOURCE_LENS_TIMING=1) records each pass as performance
// measures; a page can read those, so a release build compiles the recording out.
const TIMING = process.env.SOURCE_LENS_TIMING === '1';
/** The pages Source Lens reads. */
const PAGES = ['http://*/*', 'https://*/*'];

// The extension is built from entrypoints/; the engine in src/ is plain TypeScript
// so the same code runs in the content script, in vitest and in the `check` command.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Files copied as they are: the icons (drawn by src/build/make-icons.ts), under assets/.
  publicDir: 'assets/public',
  vite: () => ({
    plugins: [preact(), knowledgePlugin(KNOWLEDGE_DIR), polyfillAsEsm(), nativeBrowserForWxtUtils()],
    define: { 'import.meta.env.SOURCE_LENS_TIMING': JSON.stringify(TIMING) },
    // Readable bundles for profiling: SOURCE_LENS_NO_MINIFY=1 npm run build.
    build: process.env.SOURCE_LENS_NO_MINIFY ? { minify: false } : {},
  }),
  outDir: process.env.SOURCE_LENS_OUT_DIR ?? '.output',
  // Dev mode would try to open a browser window; this machine (and CI) has no display.
  webExt: { disabled: true },
  hooks: {
    // The knowledge base is bundled: an invalid file must fail the build, naming file and field.
    'build:before': () => {
      const result = validateKnowledgeFiles(readKnowledgeFiles(KNOWLEDGE_DIR));
      if (!result.ok) throw new Error(`invalid knowledge base:\n${result.errors.join('\n')}`);
    },
  },
  manifest: ({ browser }) => ({
    // From _locales/ (assets/public/_locales/): the browser shows them in its own language.
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    default_locale: 'en',
    // storage: the reader's options. scripting and the host permissions: the engine is
    // injected only into pages whose text passed the prefilter (the same pages the content
    // script already runs on), so unrelated pages never load it.
    permissions: ['storage', 'scripting'],
    host_permissions: PAGES,
    // The content script every page gets, an unlisted script (entrypoints/content-script/):
    // WXT's content-script runtime would announce it to the page with an event.
    content_scripts: [{ matches: PAGES, js: ['content-script.js'], run_at: 'document_idle' }],
    // Next and previous highlight; the keys can be changed in the browser.
    commands: COMMANDS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'source-lens@source-lens.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // The sources zip AMO asks for holds what builds the extension: no tests, no test output,
  // no screenshots (WXT's zip ignores .gitignore). tests/zips.test.ts checks the lists.
  zip: { excludeSources: ['tests/**', 'test-results/**', '.output/**', 'assets/store/**', 'bench/**', 'vitest.config.ts'] },
});
