/**
 * Reading a Chromium trace and a CPU profile from outside the page (DevTools protocol), so the
 * bench sees the extension's tasks without anything a page could observe. Pure functions over
 * the protocol's JSON, unit-tested in tests/bench/trace.test.ts.
 */

/** The fields of a Trace Event Format event the bench reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: on a busy machine a task's wall time also counts the time it waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: unknown;
}

/** The renderer's top-level unit of work: one task of its main thread's loop. */
const TASK = 'RunTask';

/** Does any string in the event's args name the marker (a `chrome-extension://ID/` prefix)? */
function mentions(value: unknown, marker: string): boolean {
  if (typeof value === 'string') return value.includes(marker);
  if (Array.isArray(value)) return value.some((v) => mentions(v, marker));
  if (typeof value === 'object' && value !== null) return Object.values(value).some((v) => mentions(v, marker));
  return false;
}

/** A task's length two ways, ms: wall time, and the main thread's own CPU time in it. */
export interface TaskLength {
  wall: number;
  cpu: number;
}

/**
 * The longest top-level task during which the extension's code ran: every complete task on a
 * thread that contains an event (script evaluation, function call, compile) naming the
 * extension's URL. Wall and CPU time each the longest over those tasks; 0 when the extension
 * ran nothing.
 */
export function longestExtensionTask(events: readonly TraceEvent[], marker: string): TaskLength {
  const tasks = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.name === TASK && e.ph === 'X' && e.dur !== undefined) {
      const key = `${e.pid}:${e.tid}`;
      const list = tasks.get(key) ?? [];
      list.push(e);
      tasks.set(key, list);
    }
  }
  const longest: TaskLength = { wall: 0, cpu: 0 };
  for (const e of events) {
    if (e.name === TASK || !mentions(e.args, marker)) continue;
    const around = (tasks.get(`${e.pid}:${e.tid}`) ?? []).filter((t) => t.ts <= e.ts && e.ts <= t.ts + (t.dur ?? 0));
    for (const t of around.length > 0 ? around : [e]) {
      longest.wall = Math.max(longest.wall, (t.dur ?? 0) / 1000);
      longest.cpu = Math.max(longest.cpu, (t.tdur ?? t.dur ?? 0) / 1000);
    }
  }
  return longest;
}

/** The fields of a DevTools CPU profile (Profiler.stop) the bench reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTime {
  /** "name (file:line)", or the profiler's own "(garbage collector)". */
  fn: string;
  ms: number;
  /** Of the samples counted. */
  share: number;
}

const fileOf = (url: string) => url.split('/').pop() ?? url;

/**
 * The top `n` functions by self time among the samples whose function's URL passes `keep`
 * (and the garbage collector's, which works for whoever allocated), with each one's share of
 * those samples.
 */
export function topSelfTime(profile: CpuProfile, keep: (url: string) => boolean, n: number): { total: number; top: SelfTime[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    // A sample's time is the gap to the next sample.
    const dt = (deltas[i + 1] ?? 0) / 1000;
    if (!frame) return;
    const own = keep(frame.url);
    // "(program)" (native work, the renderer's idle loop, every script's compiling) cannot be told apart: left out.
    const vm = frame.url === '' && frame.functionName === '(garbage collector)';
    if (!own && !vm) return;
    const key = frame.url ? `${frame.functionName || '(anonymous)'} (${fileOf(frame.url)}:${frame.lineNumber + 1})` : frame.functionName;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  const top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([fn, ms]) => ({ fn, ms, share: total > 0 ? ms / total : 0 }));
  return { total, top };
}
