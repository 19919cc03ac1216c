/**
 * Reading one `check` input (a file path or an http(s) URL) into bytes, and bytes into a
 * DOM, with one clear message for each way it can fail. The check command is the only
 * place the engine touches the network, and only for URLs the user gave it.
 */
import { open, stat } from 'node:fs/promises';
import { decodeHtml } from './decode';
import { parseHtml } from './parse-html';
import type { Limits } from './limits';

export class InputError extends Error {}

/** A page's bytes as they arrived, before decoding. */
export interface RawPage {
  bytes: Uint8Array;
  /** The HTTP Content-Type, when the page came over HTTP (its charset counts). */
  contentType: string | null;
  /** Set when the page was longer than the byte limit and was cut. */
  cutAt: number | null;
}

const LOOKS_LIKE_HTML = /<(?:!doctype\s+html|html|head|body|article|main|p|div)[\s>]/i;

export const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

async function readFilePage(path: string, limits: Limits): Promise<RawPage> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError('not a file');
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('no such file');
  }
  const length = Math.min(size, limits.maxBytes);
  const handle = await open(path, 'r');
  try {
    const bytes = new Uint8Array(length);
    let read = 0;
    while (read < length) {
      const { bytesRead } = await handle.read(bytes, read, length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return { bytes: bytes.subarray(0, read), contentType: null, cutAt: size > limits.maxBytes ? limits.maxBytes : null };
  } finally {
    await handle.close();
  }
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function fetchPage(url: string, limits: Limits): Promise<RawPage> {
  let current = url;
  const seen = new Set<string>();
  for (let hops = 0; ; hops++) {
    const controller = new AbortController();
    let response: Response;
    try {
      response = await withTimeout(
        fetch(current, { redirect: 'manual', signal: controller.signal }),
        limits.fetchTimeoutMs,
        () => new InputError(`no answer from the server in ${limits.fetchTimeoutMs / 1000} s`),
      );
    } catch (error) {
      controller.abort();
      if (error instanceof InputError) throw error;
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      throw new InputError(`cannot fetch (${error instanceof Error ? error.message : String(error)}${cause})`);
    }
    if (REDIRECT.has(response.status)) {
      controller.abort();
      const location = response.headers.get('location');
      if (!location) throw new InputError(`HTTP ${response.status} redirect without a Location header`);
      seen.add(current);
      current = new URL(location, current).href;
      if (hops + 1 >= limits.maxRedirects) {
        throw new InputError(seen.has(current) ? `redirect loop after ${hops + 1} hops` : `more than ${limits.maxRedirects} redirects`);
      }
      continue;
    }
    if (!response.ok) {
      controller.abort();
      throw new InputError(`HTTP ${response.status} ${response.statusText}`.trim());
    }
    const type = response.headers.get('content-type');
    if (type && !/html|xml/i.test(type)) {
      controller.abort();
      throw new InputError(`not HTML (content-type ${type})`);
    }
    return readBody(response, controller, limits, type);
  }
}

/** Reads at most maxBytes, giving up when the server goes quiet mid-body. */
async function readBody(response: Response, controller: AbortController, limits: Limits, contentType: string | null): Promise<RawPage> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return { bytes: new Uint8Array(0), contentType, cutAt: null };
  try {
    for (;;) {
      const { done, value } = await withTimeout(
        reader.read(),
        limits.fetchTimeoutMs,
        () => new InputError(`the server stopped sending after ${total} bytes`),
      );
      if (done) return { bytes: concat(chunks, total), contentType, cutAt: null };
      const room = limits.maxBytes - total;
      if (value.length >= room && value.length > 0 && total + value.length > limits.maxBytes) {
        chunks.push(value.subarray(0, room));
        total += room;
        return { bytes: concat(chunks, total), contentType, cutAt: limits.maxBytes };
      }
      chunks.push(value);
      total += value.length;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`the connection broke after ${total} bytes`);
  } finally {
    controller.abort();
  }
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function readSource(input: string, limits: Limits): Promise<RawPage> {
  if (isUrl(input)) return fetchPage(input, limits);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) throw new InputError('only files and http(s) URLs can be checked');
  return readFilePage(input, limits);
}

/** Text to a DOM built the way a browser builds it, or the reason there is no page. */
export function toDocument(page: RawPage): Document {
  if (page.bytes.length === 0) throw new InputError('empty file');
  const { text } = decodeHtml(page.bytes, page.contentType);
  if (text.trim() === '') throw new InputError('empty file');
  if (!LOOKS_LIKE_HTML.test(text)) throw new InputError('not HTML');
  const doc = parseHtml(text);
  if ((doc.body?.textContent ?? '').trim() === '') throw new InputError('empty page (no text in <body>)');
  return doc;
}
