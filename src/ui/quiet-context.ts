/**
 * WXT's content-script context (a signal for the script's life, timers and idle callbacks
 * that stop with it), without its announcement. WXT's own content-script runtime dispatches
 * `<extension id>:<script>:wxt:content-script-started` on the document when a script starts,
 * so that an older copy of it stops; the page's own listeners receive that event too, and
 * learn that the extension is installed. Here a newer copy reaches the older one through
 * the global object of the extension's isolated world, which the page cannot see; a copy
 * orphaned by an extension update stops by itself (WXT's `isValid` checks the runtime).
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

const CURRENT = Symbol.for('source-lens.context');

type Shared = { [CURRENT]?: ContentScriptContext };

export class QuietContext extends ContentScriptContext {
  // Called by WXT's constructor: invalidates the copy this one replaces, and says nothing.
  override stopOldScripts(): void {
    const shared = globalThis as Shared;
    shared[CURRENT]?.notifyInvalidated();
    shared[CURRENT] = this;
  }

  // Nothing to listen for: a newer copy invalidates this one directly (above).
  override listenForNewerScripts(): void {}
}
