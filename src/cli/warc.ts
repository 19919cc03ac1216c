/**
 * Web archives in: each HTML `response` record of a WARC file (.warc or .warc.gz, the
 * format of the Internet Archive, Common Crawl and Webrecorder) is one page, with the URI
 * and date it was captured at. warcio reads the records as a stream and undoes gzip,
 * chunked transfer and Content-Encoding.
 */
import { createReadStream } from 'node:fs';
import { WARCParser } from 'warcio';
import type { Limits } from './limits';
import type { RawPage } from './load-page';

export interface ArchivedPage {
  uri: string;
  date: string | null;
  page: RawPage;
}

export const isWarc = (path: string): boolean => /\.warc(?:\.gz)?$/i.test(path);

const HTML_TYPE = /html/i;

export async function* warcPages(path: string, limits: Limits): AsyncGenerator<ArchivedPage> {
  const parser = new WARCParser(createReadStream(path));
  for await (const record of parser) {
    if (record.warcType !== 'response') continue;
    const info = record.getResponseInfo();
    const type = info?.headers.get('content-type') ?? null;
    const status = Number(info?.status ?? 200);
    if (!type || !HTML_TYPE.test(type) || status < 200 || status > 299) {
      await record.skipFully();
      continue;
    }
    const bytes = await record.readFully(true);
    const cut = bytes.length > limits.maxBytes;
    yield {
      uri: record.warcTargetURI ?? path,
      date: record.warcDate ?? null,
      page: { bytes: cut ? bytes.slice(0, limits.maxBytes) : bytes, contentType: type, cutAt: cut ? limits.maxBytes : null },
    };
  }
}
