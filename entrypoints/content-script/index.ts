import { createPrefilter, storyText } from '../../src/detect/prefilter';
import { bundledDetection } from '../../src/knowledge/bundled-detection';
import { registeredEngine, type PageSession } from '../../src/ui/engine-api';
import { watchLateContent, type LateContentWatcher } from '../../src/ui/late-content';
import { isPrepareReply, type Message, type PrepareReply } from '../../src/ui/messages';
import { watchLocation } from '../../src/ui/location-watch';
import { publishRerun, publishSummary } from '../../src/ui/page-state';
import { sendRuntimeMessage } from '../../src/ui/native-api';
import { QuietContext } from '../../src/ui/quiet-context';
import { createPassTimer, measuresRecorder } from '../../src/ui/pass-timer';
import { DEFAULT_SETTINGS, type Settings } from '../../src/ui/settings';
import { stateOnly, type PageSummary } from '../../src/ui/summary';

/**
 * The content script every page gets, kept small on purpose: the prefilter (the page's
 * text against each report's detection rules) and the late-content watcher. On a page that
 * covers nothing that is all it does: no settings read, no message, no engine. A page that
 * may cover a report asks the background to prepare it (the reader's settings for this
 * site, and the engine, entrypoints/engine.ts, injected here), runs the pass, and tells the
 * badge. The popup and the options reach this script through page-state.ts. The
 * benchmark's instrumented build records each pass as `source-lens` performance measures
 * (pass-timer.ts); a release build records nothing the page could see.
 *
 * It is declared in the manifest by wxt.config.ts rather than with `defineContentScript`,
 * whose runtime announces every content script to the page (quiet-context.ts).
 */
export default defineUnlistedScript(() => {
  main(new QuietContext(import.meta.env.ENTRYPOINT));
});

function main(ctx: QuietContext): void {
  const prefilter = createPrefilter(bundledDetection());
  let watcher: LateContentWatcher | null = null;
  // Records of our own changes to the page are dropped in the task that made them. The
  // recorder is a build-time constant (wxt.config.ts): not even bundled in a release.
  const timer = createPassTimer(ctx, () => watcher?.forget(), import.meta.env.SOURCE_LENS_TIMING ? measuresRecorder : null);
  let settings: Settings = DEFAULT_SETTINGS;
  /** The options changed since the highlights were made: the next pass starts afresh. */
  let stale = false;
  let session: PageSession | null = null;
  /** The badge shows something for this page: a later pass that finds nothing must clear it. */
  let badged = false;
  const page = () => ({ url: location.href, title: document.title });

  const report = (summary: PageSummary) => {
    publishSummary(summary);
    const shows = summary.state === 'covers' && summary.items.length > 0;
    if (!shows && !badged) return;
    badged = shows;
    const message: Message = { type: 'source-lens/summary', summary };
    sendRuntimeMessage(message).catch(() => {
      // The background may be restarting; the next pass sends again.
    });
  };

  const clear = () => {
    session?.clear();
    watcher?.forget();
  };

  const prepare = async (engineLoaded: boolean): Promise<PrepareReply> => {
    const request: Message = { type: 'source-lens/prepare', engineLoaded };
    const reply: unknown = await sendRuntimeMessage(request);
    if (!isPrepareReply(reply)) throw new Error('Source Lens: no answer from the background');
    return reply;
  };

  let running = false;
  let again = false;
  const pass = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    timer.begin();
    try {
      const candidates = timer.step(() => prefilter.candidates(storyText(document)));
      timer.span('prefilter');
      if (candidates.length === 0) {
        report(stateOnly('no-coverage', page()));
        return;
      }
      const requested = performance.now();
      const hadEngine = registeredEngine() !== null;
      const { off, settings: current } = await prepare(hadEngine);
      settings = current;
      // Cleared here, with the new settings in hand, not when the change was announced: a
      // pass that was running then has applied the old ones since.
      if (stale || off) {
        stale = false;
        clear();
      }
      if (off) {
        report(stateOnly(off, page()));
        return;
      }
      const engine = registeredEngine();
      if (!engine) throw new Error('Source Lens: the engine did not load');
      // Wall time of the injection (IPC, the background waking, the engine's evaluation).
      if (!hadEngine) timer.span('engine-load', requested);
      if (!ctx.isValid) return;
      session ??= engine.createSession({ ctx, settings: () => settings, idleStep: timer.idleStep });
      report(await session.pass());
    } finally {
      timer.end();
      running = false;
      if (again) {
        again = false;
        rerun();
      }
    }
  };

  // A pass that fails (the background restarting, the page torn down mid-pass) leaves the
  // page as it is; the next one tries again.
  const rerun = () => {
    if (ctx.isValid) pass().catch((error: unknown) => console.warn('Source Lens:', error));
  };

  rerun();
  watcher = watchLateContent(document, rerun, ctx.signal);
  watchLocation(rerun, ctx.signal);
  // The options changed (the background asks every page): style, filter or on/off.
  publishRerun(() => {
    stale = true;
    rerun();
  });
  // The session tears itself down with `ctx` (page-session.ts); the watcher with its signal.
}
