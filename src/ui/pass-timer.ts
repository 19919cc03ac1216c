/**
 * A pass is a few short tasks, not one long one: the prefilter runs at once (and is all an
 * unrelated page costs); Readability, the matching stages and the highlighting each run
 * in an idle callback of their own. The timer keeps the pass's working time and hands
 * every step to a recorder, if there is one.
 *
 * Only the benchmark's instrumented build has one (`SOURCE_LENS_TIMING=1`, wxt.config.ts):
 * performance measures are visible to the page's own scripts, and a page must not be able
 * to tell that Source Lens is installed, so a release build records nothing and the
 * recorder is not even in its bundle. The measures it records:
 *   `source-lens`         the whole pass, idle gaps included;
 *   `source-lens:work`    the time spent working in it (the sum of its steps);
 *   `source-lens:step`    each task of it;
 * and any span the caller names (`source-lens:prefilter`, `source-lens:engine-load`).
 */

export interface IdleScheduler {
  requestIdleCallback(callback: () => void, options?: { timeout?: number }): number;
}

/** Where a pass's timings go (times from `performance.now()`). */
export interface PassRecorder {
  step(start: number, end: number): void;
  span(name: string, start: number, end: number): void;
  pass(start: number, end: number, work: number): void;
}

/** The instrumented build's recorder: performance measures, read by bench/chromium.ts. */
export const measuresRecorder: PassRecorder = {
  step: (start, end) => {
    performance.measure('source-lens:step', { start, end });
  },
  span: (name, start, end) => {
    performance.measure(`source-lens:${name}`, { start, end });
  },
  pass: (start, end, work) => {
    performance.measure('source-lens', { start, end });
    performance.measure('source-lens:work', { start, duration: work });
  },
};

export interface PassTimer {
  begin(): void;
  /** Runs `fn` now, as a step of the pass. */
  step<T>(fn: () => T): T;
  /** Runs `fn` in an idle task of its own, as a step of the pass. */
  idleStep<T>(fn: () => T): Promise<T>;
  /** Records a span named `name`, from `start` (by default the start of the pass) to now. */
  span(name: string, start?: number): void;
  end(): void;
}

/** An idle task still runs within this long on a busy page. */
const IDLE_TIMEOUT_MS = 500;

/**
 * `afterStep` runs at the end of every step, in the same task (see late-content.ts).
 * Without a recorder the timer only schedules the steps.
 */
export function createPassTimer(scheduler: IdleScheduler, afterStep: () => void = () => {}, recorder: PassRecorder | null = null): PassTimer {
  let start = 0;
  let work = 0;
  const step = <T>(fn: () => T): T => {
    const begin = recorder ? performance.now() : 0;
    try {
      return fn();
    } finally {
      afterStep();
      if (recorder) {
        const end = performance.now();
        work += end - begin;
        recorder.step(begin, end);
      }
    }
  };
  return {
    begin() {
      start = recorder ? performance.now() : 0;
      work = 0;
    },
    step,
    idleStep: <T>(fn: () => T) =>
      new Promise<T>((resolve, reject) => {
        scheduler.requestIdleCallback(
          () => {
            try {
              resolve(step(fn));
            } catch (error) {
              reject(error);
            }
          },
          { timeout: IDLE_TIMEOUT_MS },
        );
      }),
    span(name, from = start) {
      recorder?.span(name, from, performance.now());
    },
    end() {
      recorder?.pass(start, performance.now(), work);
    },
  };
}
