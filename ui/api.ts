import * as m from '$i18n/paraglide/messages.js';
import type { Language } from '$server/shared/language';

/** JSON calls to our own API; a refusal carries the server's message in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

export async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, data?.error?.code ?? 'internal', data?.error?.message ?? res.statusText);
  return data as T;
}

/** A random key from the CSPRNG (crypto.randomUUID needs a secure context, which a LAN kiosk is not). */
export function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * What to tell the user when a call failed: the server's refusal (already in their language),
 * or — when the request never reached it (the browser says "Failed to fetch" in English) — that
 * the connection is down, in their language. `network` tells the two apart for clearing later.
 */
export function failure(err: unknown, networkText: string): { text: string; network: boolean } {
  if (err instanceof ApiError) return { text: err.message, network: false };
  return { text: networkText, network: true };
}

/** The same, as text, in the page's language (the console writes it on <html lang>). */
export function failureText(err: unknown): string {
  const locale: Language = document.documentElement.lang === 'ru' ? 'ru' : 'kk';
  return failure(err, m.net_error({}, { locale })).text;
}
