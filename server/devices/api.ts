import type { Ctx } from '../realtime/context';
import type { RequestEvent } from '@sveltejs/kit';
import { DEVICE_COOKIE, DEVICE_COOKIE_DAYS, type DeviceKind } from './rules/devices';
import { heartbeat, requestPairing, screenAccess, type ScreenState } from './screens';
import { cookieBase } from '../http/cookies';
import { orErrorPage, readBody } from '../http/respond';
import { heartbeatBody, pairingBody } from './schemas';

/**
 * The screen's cookie: its device token, HttpOnly (no script on the page can read it), renewed
 * by every report so a screen that runs for years never loses it.
 */
function keepToken(event: RequestEvent, kind: DeviceKind, token: string) {
  event.cookies.set(DEVICE_COOKIE[kind], token, {
    ...cookieBase(event.url),
    httpOnly: true,
    sameSite: 'strict',
    expires: new Date(Date.now() + DEVICE_COOKIE_DAYS * 86_400_000)
  });
}

/** POST /api/v1/devices/pairing — an unpaired screen asks for its one-time code. */
export async function pairingRequest(ctx: Ctx, event: RequestEvent): Promise<ScreenState> {
  const { office, kind } = await readBody(event, pairingBody);
  const { token, screen } = await requestPairing(
    ctx,
    office,
    kind,
    event.cookies.get(DEVICE_COOKIE[kind]),
    event.request.headers.get('user-agent') ?? '',
    event.getClientAddress()
  );
  keepToken(event, kind, token);
  return screen;
}

/** POST /api/v1/devices/heartbeat — a screen reports; it learns whether it is paired and the server's version
 * (the build's, which the route passes from SvelteKit). */
export async function heartbeatRequest(
  ctx: Ctx,
  event: RequestEvent,
  version: string
): Promise<ScreenState & { serverVersion: string }> {
  const body = await readBody(event, heartbeatBody);
  const token = event.cookies.get(DEVICE_COOKIE[body.kind]);
  const screen = await heartbeat(ctx, body.kind, token, body.version);
  if (screen.state === 'PAIRED' && token) keepToken(event, body.kind, token);
  return { ...screen, serverVersion: version };
}

/**
 * What a kiosk or board page shows: the screen itself, or its pairing code when it is not paired
 * and its office wants screens paired — or when `?pair` asks (an office open to unpaired screens).
 */
export async function screenPage(
  ctx: Ctx,
  event: Pick<RequestEvent, 'cookies' | 'url'>,
  office: string,
  kind: DeviceKind
): Promise<{ paired: boolean; pairing: boolean }> {
  const access = await orErrorPage(async () => screenAccess(ctx, office, kind, event.cookies.get(DEVICE_COOKIE[kind])));
  return {
    paired: access.device !== null,
    pairing: event.url.searchParams.has('pair') || (!access.device && !access.open)
  };
}
