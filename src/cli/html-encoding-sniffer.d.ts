/** html-encoding-sniffer ships no types; this is its one export (README of the package). */
declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    xml?: boolean;
    /** The HTTP Content-Type charset: it overrides everything but a BOM. */
    transportLayerEncodingLabel?: string;
    defaultEncoding?: string;
  }
  /** The canonical WHATWG encoding name ("UTF-8", "windows-1252", "UTF-16LE"). */
  function sniffHTMLEncoding(bytes: Uint8Array, options?: SniffOptions): string;
  export = sniffHTMLEncoding;
}
