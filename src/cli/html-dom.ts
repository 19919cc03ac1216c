/**
 * HTML parsed as a browser parses it. parse5 implements the WHATWG tree construction
 * (a stray <div> before <head> ends up in <body>, tables foster-parent, NUL characters are
 * dropped where a browser drops them); its tree is then copied into a real DOM that
 * Readability and the engine can walk. linkedom's own parser (htmlparser2) builds the tree
 * where the tags appear, which is not what the extension sees in a browser.
 */
import { parse, type DefaultTreeAdapterTypes as P } from 'parse5';

/** The DOM methods the copy needs: linkedom's and happy-dom's documents both have them. */
export interface DomFactory {
  createElementNS(namespace: string, name: string): Element;
  createTextNode(data: string): Text;
  createComment(data: string): Comment;
}

type Parse5Parent = P.Document | P.Element | P.DocumentFragment;

function childrenOf(node: Parse5Parent): P.ChildNode[] {
  // A <template>'s children live in its content fragment; the page's text never does.
  return node.nodeName === 'template' ? [] : node.childNodes;
}

function copyNode(doc: DomFactory, node: P.ChildNode): Node | null {
  switch (node.nodeName) {
    case '#text':
      return doc.createTextNode((node as P.TextNode).value);
    case '#comment':
      return doc.createComment((node as P.CommentNode).data);
    case '#documentType':
      return null;
    default: {
      const source = node as P.Element;
      const el = doc.createElementNS(source.namespaceURI, source.tagName);
      for (const attr of source.attrs) {
        try {
          el.setAttribute(attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value);
        } catch {
          // A name a browser's parser accepts but setAttribute refuses ("<p 1a=x>"): a browser
          // keeps it, but no stage reads such an attribute, so it is left out.
        }
      }
      return el;
    }
  }
}

/**
 * Copies parse5's tree under `root` (the target document's <html>), without recursion:
 * a page of 50,000 nested elements must not exhaust the stack.
 */
function copyTree(doc: DomFactory, from: P.Element, root: Element): void {
  const stack: [Parse5Parent, Node][] = [[from, root]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [source, target] = top;
    for (const child of childrenOf(source)) {
      const copy = copyNode(doc, child);
      if (!copy) continue;
      target.appendChild(copy);
      if (child.nodeName !== '#text' && child.nodeName !== '#comment') stack.push([child as P.Element, copy]);
    }
  }
}

/** The <html> element parse5 made (the algorithm always makes one). */
export function parseTree(html: string): P.Element {
  const tree = parse(html);
  const root = tree.childNodes.find((n): n is P.Element => n.nodeName === 'html');
  if (!root) throw new Error('parse5 made no <html> element');
  return root;
}

/** Fills `doc` (a document with an empty <html>) with the page, as a browser would build it. */
export function buildDocument<D extends DomFactory & { documentElement: Element }>(doc: D, html: string): D {
  const root = doc.documentElement;
  while (root.firstChild) root.removeChild(root.firstChild);
  const tree = parseTree(html);
  for (const attr of tree.attrs) root.setAttribute(attr.name, attr.value);
  copyTree(doc, tree, root);
  return doc;
}
