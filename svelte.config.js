import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';

// The version a kiosk or board reports (server/devices) and compares with the server's: the
// package version and when it was built, readable in the devices list ("0.1.0 · 2026-11-23 09:14").
// One build evaluates this file several times (client, server, analysis): the first reading pins
// the build time for the whole process and its children, else a build that crosses a minute
// ships a client and a server of different versions, and no page ever hydrates.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
process.env.QABYLDAU_BUILT ||= new Date().toISOString().slice(0, 16).replace('T', ' ');
const built = process.env.QABYLDAU_BUILT;

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ out: 'build' }),
    version: { name: `${pkg.version} · ${built}` },
    // Content Security Policy: SvelteKit adds a nonce to its own inline scripts, so no inline
    // script of anyone else runs; styles stay inline-able (Svelte sets style attributes). No page
    // may be framed (clickjacking a console), nothing loads from another origin.
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'media-src': ['self', 'blob:'],
        'font-src': ['self', 'data:'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none']
      }
    },
    // Each client lives in its own top-level folder; src/ only mounts them as routes.
    // The clients and the server live outside src/: type-check them too.
    typescript: {
      config: (config) => {
        config.include.push(
          ...['kiosk', 'display', 'staff', 'ui', 'server', 'prisma', 'scripts', 'test', 'bench'].flatMap((d) => [
            `../${d}/**/*.ts`,
            `../${d}/**/*.svelte`
          ]),
          '../vite.config.ts'
        );
        return config;
      }
    },
    alias: {
      $kiosk: 'kiosk',
      $display: 'display',
      $staff: 'staff',
      $server: 'server',
      $i18n: 'i18n',
      $ui: 'ui'
    }
  }
};
