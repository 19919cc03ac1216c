import { describe, expect, it } from 'vitest';
import { createPassTimer, measuresRecorder, type IdleScheduler } from '../../src/ui/pass-timer';

/** Runs idle callbacks when told to, like a page that is busy until it is not. */
function scheduler(): IdleScheduler & { flush(): void } {
  const queue: (() => void)[] = [];
  return {
    requestIdleCallback(callback) {
      queue.push(callback);
      return queue.length;
    },
    flush() {
      while (queue.length > 0) queue.shift()?.();
    },
  };
}

const names = () => performance.getEntriesByType('measure').map((e) => e.name);

describe('timing a pass', () => {
  it('records the pass, its working time and each step, and runs the after-step hook in the step', async () => {
    performance.clearMeasures();
    const idle = scheduler();
    const after: string[] = [];
    const timer = createPassTimer(idle, () => after.push('after'), measuresRecorder);
    timer.begin();
    expect(timer.step(() => 'prefilter')).toBe('prefilter');
    timer.span('prefilter');
    const later = timer.idleStep(() => 42);
    expect(after).toEqual(['after']);
    idle.flush();
    expect(await later).toBe(42);
    timer.end();
    expect(after).toEqual(['after', 'after']);
    expect(names().filter((n) => n === 'source-lens:step')).toHaveLength(2);
    expect(names()).toEqual(expect.arrayContaining(['source-lens', 'source-lens:work', 'source-lens:prefilter']));
    const work = performance.getEntriesByName('source-lens:work')[0]?.duration ?? -1;
    const whole = performance.getEntriesByName('source-lens')[0]?.duration ?? -1;
    expect(work).toBeGreaterThanOrEqual(0);
    expect(work).toBeLessThanOrEqual(whole + 0.001);
  });

  it('records nothing without a recorder (a release build), and still runs the steps and the hook', async () => {
    performance.clearMeasures();
    const idle = scheduler();
    const after: string[] = [];
    const timer = createPassTimer(idle, () => after.push('after'));
    timer.begin();
    expect(timer.step(() => 'prefilter')).toBe('prefilter');
    timer.span('prefilter');
    const later = timer.idleStep(() => 42);
    idle.flush();
    expect(await later).toBe(42);
    timer.end();
    expect(after).toEqual(['after', 'after']);
    expect([...performance.getEntriesByType('measure'), ...performance.getEntriesByType('mark')]).toEqual([]);
  });

  it('passes an idle step\'s error on to the pass', async () => {
    const idle = scheduler();
    const timer = createPassTimer(idle);
    timer.begin();
    const failing = timer.idleStep(() => {
      throw new Error('boom');
    });
    idle.flush();
    await expect(failing).rejects.toThrow('boom');
  });
});
