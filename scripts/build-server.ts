/**
 * Compiles the server's own entry points to plain JavaScript after `vite build`, so production
 * runs `node build/run/main.js` with no TypeScript loader (SvelteKit's build already compiles
 * the routes into build/handler.js). Packages stay external: they are installed beside the build.
 *
 *   build/run/main.js           the HTTP + socket.io server (server/main.ts)
 *   build/run/job-worker.js     a print worker thread (server/printing/job-worker.ts)
 *   build/run/render-worker.js  a document worker thread (server/documents/render-worker.ts)
 *   build/run/backup.js         `npm run backup` (scripts/db-backup.ts)
 *
 * The worker names are the ones server/shared/worker-pool.ts looks for.
 */
import { build } from 'esbuild';
import { rmSync, statSync } from 'node:fs';

const OUT = 'build/run';
const started = performance.now();
rmSync(OUT, { recursive: true, force: true });
const result = await build({
  entryPoints: {
    main: 'server/main.ts',
    'job-worker': 'server/printing/job-worker.ts',
    'render-worker': 'server/documents/render-worker.ts',
    backup: 'scripts/db-backup.ts'
  },
  outdir: OUT,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  packages: 'external',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning'
});
const entries = Object.entries(result.metafile.outputs).filter(([, o]) => o.entryPoint);
const kb = (file: string) => `${Math.round(statSync(file).size / 1024)} KB`;
console.log(
  `server compiled in ${Math.round(performance.now() - started)} ms: ${entries.map(([f]) => `${f} (${kb(f)})`).join(', ')}`
);
