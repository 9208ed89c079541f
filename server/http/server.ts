import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { Server } from 'socket.io';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => unknown;

/** socket.io's path: every request under it belongs to socket.io alone. */
export const SOCKET_PATH = '/socket.io/';

/**
 * One HTTP server for the app (SvelteKit's handler) and socket.io.
 *
 * socket.io answers every request under /socket.io/ itself, long-polling included. Handing
 * that request to the app too made both write headers, and Node's ERR_HTTP_HEADERS_SENT
 * ended the process: one `GET /socket.io/` stopped the hall. So that path never reaches
 * the app. Any error escaping the app's handler is logged and answered with a 500, and the
 * process lives on.
 */
export function createAppServer(app: RequestHandler): { httpServer: HttpServer; io: Server } {
  const httpServer = createServer();
  // Kiosks issue a ticket every 30–60 s: keep their connection instead of reconnecting each time.
  httpServer.keepAliveTimeout = 75_000;
  httpServer.headersTimeout = 80_000;
  const io = new Server(httpServer, { serveClient: false });
  httpServer.on('request', (req, res) => {
    if (isSocketPath(req.url)) return;
    // adapter-node assumes https when it cannot tell, and then refuses same-origin form posts
    // on an office LAN served over plain http. A TLS proxy in front says so with X-Forwarded-Proto.
    req.headers['x-forwarded-proto'] ??= 'http';
    res.once('finish', () => discardUnreadBody(req));
    try {
      const out = app(req, res);
      if (out instanceof Promise) out.catch((err: unknown) => failed(res, err));
    } catch (err) {
      failed(res, err);
    }
  });
  // A client that resets mid-request must not take the server with it.
  httpServer.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return { httpServer, io };
}

/**
 * SvelteKit pauses a request body nobody reads (a 404, a refusal before the body). Paused, it
 * never ends, and the next request on that keep-alive connection waits forever behind it. Once
 * the answer is sent the rest of the body goes nowhere, as Node itself does for unread bodies.
 */
function discardUnreadBody(req: IncomingMessage): void {
  if (req.complete || req.destroyed) return;
  req.removeAllListeners('data');
  req.resume();
}

export function isSocketPath(url: string | undefined): boolean {
  // The same test socket.io's engine makes: '/socket.io' alone is not its.
  return (url ?? '/').startsWith(SOCKET_PATH);
}

function failed(res: ServerResponse, err: unknown): void {
  console.error('request failed:', err instanceof Error ? err.message : err);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = 500;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ error: { code: 'internal', message: 'Internal error' } }));
}
