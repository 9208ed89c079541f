import { workerPool } from '../shared/worker-pool';
import { DOCUMENT_MIME, type TableDocument } from './model';
import { renderNow, type DocFormat } from './render-worker';

export type { DocFormat };

/**
 * Documents are rendered in worker threads: a weekly list of 1,600 assignments takes seconds of
 * CPU (fontkit lays out every PDF line), and on the event loop that would freeze the hall.
 */
let pool: ReturnType<typeof workerPool> | undefined;
const renderPool = () => (pool === undefined ? (pool = workerPool('server/documents/render-worker.ts')) : pool);

export async function renderDocument(doc: TableDocument, format: DocFormat) {
  const p = renderPool();
  const bytes: Uint8Array = p ? await p.run<Uint8Array>({ doc, format }) : await renderNow(doc, format);
  return {
    body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    fileName: `${doc.fileName}.${format}`,
    mime: DOCUMENT_MIME[format]
  };
}

/** For a clean shutdown and for tests. */
export async function closeRenderPool() {
  const p = pool;
  pool = undefined;
  await p?.close();
}
