/**
 * Build-time only (a Vite plugin). webextension-polyfill ships as a UMD file, so the
 * bundler wraps it as CommonJS and, to give it a default export, copies every property of
 * what it exports: the browser's own `browser` object, whose namespaces (storage, i18n,
 * runtime...) are each built on first access. That copy ran on every page the content
 * script loads in, and cost more than everything else the content script does there.
 * Here the same file is served as an ES module with a default export, and nothing is copied.
 */
import type { Plugin } from 'vite';

const POLYFILL = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(?:\.min)?\.js$/;

export function polyfillAsEsm(): Plugin {
  return {
    name: 'source-lens:polyfill-esm',
    enforce: 'pre',
    transform(code, id) {
      if (!POLYFILL.test(id)) return null;
      // The UMD header calls `factory(module)` when it sees `exports`: give it both.
      return {
        code: `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`,
        map: null,
      };
    },
  };
}
