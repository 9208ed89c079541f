import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ out: 'build' }),
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
