// Compile-time constants that wxt.config.ts defines for the extension's bundles.
interface ImportMetaEnv {
  /** The benchmark's instrumented build (SOURCE_LENS_TIMING=1): record each pass as performance measures. */
  readonly SOURCE_LENS_TIMING: boolean;
}
