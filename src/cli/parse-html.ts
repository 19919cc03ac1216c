/**
 * One HTML string to a Document for the Node tools (eval, start), built the way `check`
 * builds it (html-dom.ts: the WHATWG parse, copied into linkedom), so every tool reads a
 * page as a browser would.
 */
import { parseHTML } from 'linkedom';
import { buildDocument } from './html-dom';

export function parseHtml(html: string): Document {
  const { document } = parseHTML('<!doctype html><html></html>');
  return buildDocument(document as unknown as Document, html);
}
