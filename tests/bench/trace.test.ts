import { describe, expect, it } from 'vitest';
import { longestExtensionTask, topSelfTime, type CpuProfile, type TraceEvent } from '../../bench/trace';

const EXT = 'chrome-extension://abc/';
const task = (ts: number, dur: number, tid = 1, tdur = dur): TraceEvent => ({ name: 'RunTask', ph: 'X', ts, dur, tdur, pid: 1, tid });

describe('longest extension task', () => {
  it('is the longest task that ran the extension, not the longest task', () => {
    const events: TraceEvent[] = [
      task(0, 90_000), // the page's own 90 ms task
      task(100_000, 12_000),
      { name: 'FunctionCall', ph: 'X', ts: 101_000, dur: 5000, pid: 1, tid: 1, args: { data: { url: `${EXT}content-script.js` } } },
      // 30 ms of wall time, 20 ms of it on the CPU (it waited for a core).
      task(200_000, 30_000, 1, 20_000),
      { name: 'EvaluateScript', ph: 'X', ts: 200_500, dur: 29_000, pid: 1, tid: 1, args: { data: { url: `${EXT}engine.js` } } },
      // Another thread's task at the same time does not count.
      task(200_000, 70_000, 2),
    ];
    expect(longestExtensionTask(events, EXT)).toEqual({ wall: 30, cpu: 20 });
  });

  it('is 0 when the extension ran nothing', () => {
    expect(longestExtensionTask([task(0, 80_000)], EXT)).toEqual({ wall: 0, cpu: 0 });
  });
});

describe('top self time', () => {
  it('ranks the kept functions by the time of their samples, with shares', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9, columnNumber: 0 });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', '') },
        { id: 2, callFrame: frame('scan', `${EXT}engine.js`) },
        { id: 3, callFrame: frame('pageCode', 'http://127.0.0.1/app.js') },
        { id: 4, callFrame: frame('(garbage collector)', '') },
        { id: 5, callFrame: frame('(program)', '') },
      ],
      samples: [2, 2, 3, 4, 5, 2],
      timeDeltas: [0, 1000, 1000, 1000, 1000, 1000],
    };
    const { total, top } = topSelfTime(profile, (url) => url.startsWith(EXT), 5);
    // The last sample has no successor: it carries no time.
    expect(total).toBe(3);
    expect(top[0]).toEqual({ fn: 'scan (engine.js:10)', ms: 2, share: 2 / 3 });
    expect(top[1]?.fn).toBe('(garbage collector)');
    expect(top.map((t) => t.fn)).not.toContain('pageCode (app.js:10)');
    expect(top.map((t) => t.fn)).not.toContain('(program)');
  });
});
