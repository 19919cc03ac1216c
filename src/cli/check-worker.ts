/**
 * One `check` worker thread: decodes, parses and analyses the pages it is sent, one at a
 * time. A page that takes too long is stopped by terminating the whole thread (a pure
 * function cannot be interrupted otherwise); the pool then starts a new one.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeDocument, createEngine } from '../annotate/analyze';
import { loadKnowledgeFromDisk } from '../knowledge/node';
import { InputError, toDocument, type RawPage } from './load-page';
import type { PageAnalysis } from '../annotate/types';

export interface WorkerRequest {
  id: number;
  page: RawPage;
}

export type WorkerReply =
  | { id: number; ok: true; analysis: PageAnalysis }
  | { id: number; ok: false; error: string }
  | { ready: true };

const engine = createEngine(loadKnowledgeFromDisk().kb);
// Loading the engine takes seconds under tsx: the pool starts a page's clock only after this.
parentPort?.postMessage({ ready: true } satisfies WorkerReply);

function analyze(request: WorkerRequest): WorkerReply {
  try {
    return { id: request.id, ok: true, analysis: analyzeDocument(toDocument(request.page), engine) };
  } catch (error) {
    const why = error instanceof InputError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    return { id: request.id, ok: false, error: why };
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  parentPort?.postMessage(analyze(request));
});
