import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Piscina } from 'piscina';
import { DOCUMENT_MIME, type TableDocument } from './model';
import { renderNow, type DocFormat } from './render-worker';

export type { DocFormat };

/**
 * Documents are rendered in worker threads: a weekly list of 1,600 assignments takes seconds of
 * CPU (fontkit lays out every PDF line), and on the event loop that would freeze every kiosk,
 * board and console of the hall meanwhile. The worker is the TypeScript source run through tsx
 * (the server's own runner), found from the working directory because the SvelteKit build
 * bundles this module away from its neighbours. QABYLDAU_RENDER_THREADS=0 renders in-process.
 */
const WORKER = resolve(process.env.QABYLDAU_ROOT ?? process.cwd(), 'server/documents/render-worker.ts');
const threads = () => Number(process.env.QABYLDAU_RENDER_THREADS || Math.min(4, Math.max(1, availableParallelism() - 1)));

let pool: Piscina | null | undefined;
function renderPool(): Piscina | null {
  if (pool !== undefined) return pool;
  const THREADS = threads();
  if (THREADS <= 0 || !existsSync(WORKER)) {
    if (THREADS > 0) console.warn(`documents: ${WORKER} not found, rendering on the main thread`);
    return (pool = null);
  }
  return (pool = new Piscina({ filename: WORKER, maxThreads: THREADS, minThreads: 0, idleTimeout: 60_000, execArgv: ['--import', 'tsx'] }));
}

export async function renderDocument(doc: TableDocument, format: DocFormat) {
  const p = renderPool();
  const bytes: Uint8Array = p ? await p.run({ doc, format }) : await renderNow(doc, format);
  return { body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName: `${doc.fileName}.${format}`, mime: DOCUMENT_MIME[format] };
}

/** For a clean shutdown and for tests. */
export async function closeRenderPool() {
  const p = pool;
  pool = undefined;
  await p?.destroy();
}
