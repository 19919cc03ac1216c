/**
 * Progress of a batch on stderr (cli-progress): a bar with count, rate and ETA on a
 * terminal; on a pipe or a log file, one plain line every few seconds.
 */
import { SingleBar } from 'cli-progress';

/** Often enough to show a batch is alive, rarely enough not to flood a log. */
const LOG_EVERY_MS = 5000;

export interface Progress {
  found(): void;
  done(): void;
  stop(): void;
}

const SILENT: Progress = { found() {}, done() {}, stop() {} };

export function startProgress(quiet: boolean): Progress {
  if (quiet) return SILENT;
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'check: {bar} {value}/{total} pages | {rate} pages/s | ETA {eta_formatted}',
    noTTYOutput: true,
    notTTYSchedule: LOG_EVERY_MS,
    etaBuffer: 50,
    hideCursor: true,
    clearOnComplete: true,
  });
  let total = 0;
  let value = 0;
  let shown = false;
  const started = Date.now();
  const rate = () => (value / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  // A batch over before the first interval prints no progress at all, only its summary.
  const show = setTimeout(() => {
    shown = true;
    bar.start(total, value, { rate: rate() });
  }, LOG_EVERY_MS);
  show.unref();
  return {
    found() {
      total++;
      if (shown) bar.setTotal(total);
    },
    done() {
      value++;
      if (shown) bar.update(value, { rate: rate() });
    },
    stop() {
      clearTimeout(show);
      if (shown) bar.stop();
    },
  };
}
