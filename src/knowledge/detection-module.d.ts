declare module 'virtual:source-lens-detection' {
  const compiled: import('../detect/prefilter').CompiledDetection;
  export default compiled;
}
