/** What `check` allows a page, each changeable with a flag (README: "Limits"). */
export interface Limits {
  /** Bytes read of one page; a longer page is cut there with a warning, not dropped. */
  maxBytes: number;
  /** Milliseconds one page may take to parse and analyse before it gets an error line. */
  timeLimitMs: number;
  /** Redirects followed before a URL is given up as a loop. */
  maxRedirects: number;
  /** Milliseconds a server may stay silent (before its headers, or between two chunks). */
  fetchTimeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  // The largest corpus page is 1.3 MB and the benchmark's longest article 5 MB: room for both.
  maxBytes: 8 * 1024 * 1024,
  // The slowest corpus page takes about 2 s here; 60 s is a pathological page, not a slow one.
  timeLimitMs: 60_000,
  // The Fetch Standard's (and every browser's) limit.
  maxRedirects: 20,
  // As long as a patient reader waits for a stalled page.
  fetchTimeoutMs: 20_000,
};
