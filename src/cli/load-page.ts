/**
 * Reading one `check` input (a file path or an http(s) URL) into a DOM, with one clear
 * message for each way it can fail. The check command is the only place the engine
 * touches the network, and only for URLs the user typed.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseHTML } from 'linkedom';

export class InputError extends Error {}

const LOOKS_LIKE_HTML = /<(?:!doctype\s+html|html|head|body|article|main|p|div)[\s>]/i;

async function readSource(input: string): Promise<string> {
  if (/^https?:\/\//i.test(input)) {
    let response: Response;
    try {
      response = await fetch(input, { redirect: 'follow', signal: AbortSignal.timeout(20_000) });
    } catch (error) {
      throw new InputError(`cannot fetch (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!response.ok) throw new InputError(`HTTP ${response.status} ${response.statusText}`.trim());
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html|xml/i.test(type)) throw new InputError(`not HTML (content-type ${type})`);
    return response.text();
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) throw new InputError('only files and http(s) URLs can be checked');
  try {
    const info = await stat(input);
    if (!info.isFile()) throw new InputError('not a file');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('no such file');
  }
  return readFile(input, 'utf8');
}

export async function loadPage(input: string): Promise<Document> {
  const html = await readSource(input);
  if (html.trim() === '') throw new InputError('empty file');
  if (!LOOKS_LIKE_HTML.test(html)) throw new InputError('not HTML');
  const { document } = parseHTML(html);
  if ((document.body?.textContent ?? '').trim() === '') throw new InputError('empty page (no text in <body>)');
  return document as unknown as Document;
}
