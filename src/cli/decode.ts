/**
 * Bytes to text as a browser decodes a page: the HTML Standard's encoding sniffing (a byte
 * order mark, then the HTTP Content-Type charset, then a <meta charset> in the first 1024
 * bytes, then a default) through html-encoding-sniffer, and the WHATWG Encoding Standard's
 * decoders through @exodus/bytes' TextDecoder: Node's own maps "windows-1252" to Latin-1
 * and turns every curly quote (0x93, 0x94) into a C1 control character.
 */
import { TextDecoder } from '@exodus/bytes/encoding.js';
import sniffHTMLEncoding from 'html-encoding-sniffer';

/**
 * A page that declares nothing: browsers fall back to windows-1252 for the web, but read a
 * local file that is valid UTF-8 as UTF-8 (Firefox for file: URLs, Chromium's detector),
 * and almost every saved page today is UTF-8.
 */
const UNDECLARED = 'undeclared';
const DEFAULT_ENCODING = 'windows-1252';

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used ("UTF-8", "windows-1252"...). */
  encoding: string;
}

/** The charset parameter of a Content-Type header, if it names one. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  const label = (match?.[1] ?? match?.[2] ?? '').trim();
  return label === '' ? undefined : label;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): Decoded {
  const label = charsetOf(contentType);
  const sniffed = sniffHTMLEncoding(bytes, {
    defaultEncoding: UNDECLARED,
    ...(label ? { transportLayerEncodingLabel: label } : {}),
  });
  const encoding = sniffed !== UNDECLARED ? sniffed : isUtf8(bytes) ? 'UTF-8' : DEFAULT_ENCODING;
  // The decoder strips the BOM the sniffer saw, as a browser does; "replacement"
  // (ISO-2022-KR and the like) decodes to one U+FFFD, as the standard says.
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
