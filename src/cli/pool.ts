/**
 * Pages analysed on every core: a fixed number of worker threads, each given one page at a
 * time, each page under a time limit. A page over the limit costs its worker (terminated,
 * then replaced) and gets an error; the other pages go on.
 */
import { Worker } from 'node:worker_threads';
import type { PageAnalysis } from '../annotate/types';
import type { WorkerReply } from './check-worker';
import type { RawPage } from './load-page';

export type PageOutcome = { ok: true; analysis: PageAnalysis } | { ok: false; error: string };

interface Slot {
  worker: Worker;
  busy: boolean;
  /** Settles once the worker has loaded the engine (or failed to): a page's time starts then. */
  loaded: Promise<void>;
}

interface Pending {
  resolve(outcome: PageOutcome): void;
  timer: NodeJS.Timeout;
  slot: Slot;
}

const WORKER_URL = new URL('./check-worker.ts', import.meta.url);

/**
 * The worker is TypeScript, like `check` itself: it loads through tsx's module hooks,
 * registered inside the thread before the worker's module is imported.
 */
const BOOT = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;

export class PagePool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly waiting: (() => void)[] = [];
  private nextId = 0;

  constructor(
    size: number,
    private readonly timeLimitMs: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    let markLoaded = () => {};
    const loaded = new Promise<void>((resolve) => (markLoaded = resolve));
    const slot: Slot = { worker: new Worker(BOOT, { eval: true }), busy: false, loaded };
    slot.worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) markLoaded();
      else this.settle(reply.id, reply.ok ? { ok: true, analysis: reply.analysis } : { ok: false, error: reply.error });
    });
    slot.worker.on('error', (error) => {
      markLoaded();
      for (const [id, p] of this.pending) if (p.slot === slot) this.settle(id, { ok: false, error: `internal error: ${error.message}` }, true);
    });
    return slot;
  }

  private settle(id: number, outcome: PageOutcome, replace = false): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    clearTimeout(p.timer);
    if (replace) {
      const at = this.slots.indexOf(p.slot);
      void p.slot.worker.terminate();
      if (at >= 0) this.slots[at] = this.spawn();
    } else {
      p.slot.busy = false;
    }
    p.resolve(outcome);
    this.waiting.shift()?.();
  }

  private async freeSlot(): Promise<Slot> {
    for (;;) {
      const slot = this.slots.find((s) => !s.busy);
      if (slot) return slot;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Resolves when a worker is free to take a page (keeps reading ahead bounded). */
  async ready(): Promise<void> {
    await this.freeSlot();
  }

  async analyze(page: RawPage): Promise<PageOutcome> {
    const slot = await this.freeSlot();
    slot.busy = true;
    // A worker that replaced a stopped one may still be loading: that is not this page's time.
    await slot.loaded;
    const id = this.nextId++;
    return new Promise<PageOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.settle(id, { ok: false, error: `stopped after the time limit of ${this.timeLimitMs / 1000} s per page (--time-limit)` }, true);
      }, this.timeLimitMs);
      this.pending.set(id, { resolve, timer, slot });
      const bytes = page.bytes.slice();
      slot.worker.postMessage({ id, page: { ...page, bytes } }, [bytes.buffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
