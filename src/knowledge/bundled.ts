/// <reference types="vite/client" />
/**
 * The knowledge base compiled into the extension (and available in vitest): Vite inlines
 * every knowledge JSON file at build time. tsx cannot run import.meta.glob, so Node code
 * (the CLI) reads the same files through node.ts instead.
 */
import { buildKnowledgeBase, isKnowledgeFile } from './load';
import type { KnowledgeBase, KnowledgeFile } from './types';

const modules = import.meta.glob<unknown>(['@knowledge/**/*.json', '!@knowledge/schema.json'], {
  eager: true,
  import: 'default',
});

let cached: KnowledgeBase | undefined;

export function bundledKnowledge(): KnowledgeBase {
  if (!cached) {
    const files: KnowledgeFile[] = [];
    for (const [path, data] of Object.entries(modules)) {
      if (path.endsWith('/schema.json')) continue;
      if (isKnowledgeFile(data)) files.push(data);
    }
    cached = buildKnowledgeBase(files);
  }
  return cached;
}
