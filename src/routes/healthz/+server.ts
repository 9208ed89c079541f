import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { health } from '$server/http/health';

/** For systemd, Docker and a load balancer: 200 while the app answers and its database does, else 503. */
export const GET: RequestHandler = async () => {
  const h = await health();
  return json(h, { status: h.status === 'ok' ? 200 : 503, headers: { 'cache-control': 'no-store' } });
};
