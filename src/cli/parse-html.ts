/**
 * One HTML string to a Document for the Node tools (check, eval, start). One place, so
 * every tool reads a page the same way.
 */
import { parseHTML } from 'linkedom';

export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
