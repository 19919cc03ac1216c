/**
 * A pass is a few short tasks, not one long one: the prefilter runs at once (and is all an
 * unrelated page costs); Readability, the matching stages and the highlighting each run
 * in an idle callback of their own. The timer records, as performance measures that the
 * benchmark and the tests read:
 *   `source-lens`         the whole pass, idle gaps included;
 *   `source-lens:work`    the time spent working in it (the sum of its steps);
 *   `source-lens:step`    each task of it;
 * and any mark the caller names (`source-lens:prefilter`), from the start of the pass.
 */

export interface IdleScheduler {
  requestIdleCallback(callback: () => void, options?: { timeout?: number }): number;
}

export interface PassTimer {
  begin(): void;
  /** Runs `fn` now, as a step of the pass. */
  step<T>(fn: () => T): T;
  /** Runs `fn` in an idle task of its own, as a step of the pass. */
  idleStep<T>(fn: () => T): Promise<T>;
  mark(name: string): void;
  end(): void;
}

/** An idle task still runs within this long on a busy page. */
const IDLE_TIMEOUT_MS = 500;

/** `afterStep` runs at the end of every step, in the same task (see late-content.ts). */
export function createPassTimer(scheduler: IdleScheduler, afterStep: () => void = () => {}): PassTimer {
  let start = 0;
  let work = 0;
  const step = <T>(fn: () => T): T => {
    const begin = performance.now();
    try {
      return fn();
    } finally {
      afterStep();
      const end = performance.now();
      work += end - begin;
      performance.measure('source-lens:step', { start: begin, end });
    }
  };
  return {
    begin() {
      start = performance.now();
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
    mark(name) {
      performance.measure(name, { start, end: performance.now() });
    },
    end() {
      performance.measure('source-lens', { start, end: performance.now() });
      performance.measure('source-lens:work', { start, duration: work });
    },
  };
}
