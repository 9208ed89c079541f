import { sveltekit } from '@sveltejs/kit/vite';
import { Server } from 'socket.io';
import { defineConfig, type Plugin } from 'vite';
import { setIo } from './server/realtime/io.ts';

/** In development socket.io rides on Vite's own HTTP server, as it rides on ours in production. */
const realtimeInDev: Plugin = {
  name: 'qabyldau-realtime-dev',
  configureServer(server) {
    if (!server.httpServer) return;
    setIo(new Server(server.httpServer, { serveClient: false }));
    // Load the app's hooks now so the socket handlers exist before the first page request.
    server.httpServer.once('listening', () => void server.ssrLoadModule('/src/hooks.server.ts').catch(console.error));
  }
};

export default defineConfig({
  plugins: [sveltekit(), realtimeInDev],
  server: { fs: { allow: ['kiosk', 'display', 'staff', 'ui', 'i18n', 'server'] } }
});
