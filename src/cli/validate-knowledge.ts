/**
 * `npm run knowledge:validate`: checks knowledge/**.json against the schema and against
 * each other. Runs before the tests and the build, so the extension never ships a
 * knowledge base whose cross-references do not resolve. An optional argument names another
 * knowledge directory (to try edits on a copy).
 */
import { loadKnowledgeFromDisk } from '../knowledge/node';
import { validateKnowledgeFiles } from '../knowledge/validate';

function main(): number {
  let loaded: ReturnType<typeof loadKnowledgeFromDisk>;
  try {
    loaded = loadKnowledgeFromDisk(process.argv[2]);
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const { files, kb } = loaded;
  const result = validateKnowledgeFiles(files);
  if (!result.ok) {
    for (const line of result.errors) process.stderr.write(`${line}\n`);
    process.stderr.write(`knowledge: ${result.errors.length} problem(s) in ${files.length} files\n`);
    return 1;
  }
  let passages = 0;
  let figures = 0;
  let caveats = 0;
  for (const r of kb.reports) {
    passages += r.passages.length;
    figures += r.figures.length;
    caveats += r.caveats.length;
  }
  process.stdout.write(
    `knowledge: ${files.length} files valid (${kb.reports.length} reports, ${passages} passages, ${figures} figures, ${caveats} caveats, ${kb.languages.length} languages)\n`,
  );
  return 0;
}

process.exitCode = main();
