import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { DEFAULT_KNOWLEDGE_DIR } from './src/knowledge/node';
import { knowledgePlugin } from './src/build/knowledge-plugin';

export default defineConfig({
  plugins: [WxtVitest(), knowledgePlugin(DEFAULT_KNOWLEDGE_DIR)],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
  },
});
