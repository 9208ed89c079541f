import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import { Piscina } from 'piscina';

/**
 * Worker threads for CPU-heavy work (documents, ticket rasters), so the event loop keeps serving
 * every kiosk, board and console meanwhile. Sized to the cores less the main thread's
 * (QABYLDAU_RENDER_THREADS overrides; 0 runs the work in-process). Found from the working
 * directory, because the SvelteKit build bundles the caller away from its neighbours: built code
 * runs the worker scripts/build-server.ts compiled (build/run/<name>.js) with plain Node; the
 * TypeScript source (tests, `vite dev`) runs the source through tsx.
 */
export function workerPool(source: string): { run<T>(task: unknown): Promise<T>; close(): Promise<void> } | null {
  const compiled = !import.meta.url.endsWith('.ts');
  const root = process.env.QABYLDAU_ROOT ?? process.cwd();
  const file = compiled ? resolve(root, 'build/run', `${basename(source, '.ts')}.js`) : resolve(root, source);
  const threads = Number(process.env.QABYLDAU_RENDER_THREADS || Math.min(4, Math.max(1, availableParallelism() - 1)));
  if (threads <= 0) return null;
  if (!existsSync(file)) {
    console.warn(`${file} not found: that work runs on the main thread`);
    return null;
  }
  const pool = new Piscina({
    filename: file,
    maxThreads: threads,
    minThreads: 0,
    idleTimeout: 60_000,
    execArgv: compiled ? [] : ['--import', 'tsx']
  });
  return { run: (task) => pool.run(task), close: () => pool.destroy() };
}
