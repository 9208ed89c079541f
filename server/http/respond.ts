import { error, json, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import * as m from '../../i18n/paraglide/messages.js';
import * as T from '../../i18n/paraglide/labels';
import { DomainError, type ErrorCode } from '../shared/errors';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../shared/language';
import { LANG_COOKIE } from './cookies';

/**
 * The language to answer in: ?lang, then the body's language, the language the screen is
 * shown in (the staff console's cookie), the staff member's own, the browser's.
 */
export function requestLanguage(event: RequestEvent): Language {
  const q = event.url.searchParams.get('lang');
  if (isLanguage(q)) return q;
  const bodyLanguage = event.locals.bodyLanguage;
  if (isLanguage(bodyLanguage)) return bodyLanguage;
  const screen = event.cookies.get(LANG_COOKIE);
  if (isLanguage(screen)) return screen;
  const userLocale = event.locals.user?.locale;
  if (isLanguage(userLocale)) return userLocale;
  const accept = event.request.headers.get('accept-language') ?? '';
  if (/^\s*ru/i.test(accept)) return 'ru';
  return DEFAULT_LANGUAGE;
}

/** A field's name in words («тіркеу нөмірі», «регистрационный номер»), or null if it has none. */
function fieldWords(key: unknown, lang: Language): string | null {
  const first = String(key).split('.')[0];
  return T.field[first]?.({}, { locale: lang }) ?? null;
}

/**
 * The message of a refusal in the caller's language. Field names never reach a person as
 * identifiers: `fields` (a list) and a bad request's `detail` are put in words; a bad request
 * about a field without words says only that the request was wrong (the body's `detail` keeps
 * the path for a developer).
 */
export function errorMessage(code: ErrorCode, params: Record<string, unknown>, lang: Language): string {
  const inputs: Record<string, unknown> = { detail: '', ...params };
  if (Array.isArray(params.fields))
    inputs.fields = params.fields.map((f) => fieldWords(f, lang) ?? String(f)).join(', ');
  if (code === 'bad_request') {
    const words = params.detail === undefined ? null : fieldWords(params.detail, lang);
    if (!words) return m.error_bad_request_plain({}, { locale: lang });
    inputs.detail = words;
  }
  const fn = T.error[code];
  return fn ? fn(inputs, { locale: lang }) : code;
}

export function errorBody(err: DomainError, lang: Language) {
  return {
    error: {
      code: err.code,
      message: errorMessage(err.code, err.params, lang),
      ...(err.detail ? { detail: err.detail } : {})
    }
  };
}

/** Parses a JSON body against a schema; anything else is a 400 that changes nothing. */
export async function readBody<S extends z.ZodType>(event: RequestEvent, schema: S): Promise<z.infer<S>> {
  const type = event.request.headers.get('content-type') ?? '';
  if (!type.includes('application/json'))
    throw new DomainError('bad_request', { detail: 'Content-Type: application/json' }, 'expected a JSON body');
  let raw: unknown;
  try {
    raw = await event.request.json();
  } catch (err) {
    if ((err as { status?: number }).status === 413) throw err;
    throw new DomainError('bad_request', { detail: 'JSON' }, 'malformed JSON');
  }
  // Even a body that fails validation says which language to answer in.
  event.locals.bodyLanguage = (raw as { language?: unknown } | null)?.language;
  return parse(schema, raw);
}

/**
 * An action that takes no body refuses one that says something (a stray form post, a script's
 * junk): bad input is a 400, never silently ignored. Nothing, or an empty JSON object, is fine.
 */
export async function readNoBody(event: RequestEvent): Promise<void> {
  const text = (await event.request.text().catch(() => '')).trim();
  if (text === '' || text === '{}') return;
  throw new DomainError('bad_request', { detail: 'body' }, 'this action takes no body');
}

/**
 * A query string as an object, empty fields left out: a GET form submits every field, filled or not
 * («?q=&state=»), and "not given" is what an empty filter means. The last of repeated keys wins.
 */
export function queryOf(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of url.searchParams) if (value.trim() !== '') out[key] = value;
  return out;
}

export function parse<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.join('.') || 'body';
    throw new DomainError('bad_request', { detail: where }, `${where}: ${issue.message}`);
  }
  return result.data;
}

/** An id in a route: a plain decimal integer 1…2³¹−1 («0x10», «1e3», « 7» are not ids), or a 404 of the given kind. */
export function idParam(value: string | undefined, code: ErrorCode): number {
  if (!/^[1-9]\d{0,9}$/.test(value ?? '')) throw new DomainError(code);
  const n = Number(value);
  if (n > 2_147_483_647) throw new DomainError(code);
  return n;
}

/** A form post's fields; a body that is no form (wrong type, broken encoding) is a 400, never a 500. */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new DomainError('bad_request', { detail: 'form' }, 'not a form');
  }
}

/** A header whose value is percent-encoded text (a file's name); malformed encoding is a 400. */
export function decodedHeader(request: Request, name: string): string {
  try {
    return decodeURIComponent(request.headers.get(name) ?? '');
  } catch {
    throw new DomainError('bad_request', { detail: name }, `malformed ${name}`);
  }
}

/**
 * Runs an API handler: domain refusals become 4xx JSON in the caller's language;
 * anything else is a 500 with no internals.
 */
export async function api(event: RequestEvent, fn: () => Promise<unknown>, status = 200): Promise<Response> {
  try {
    const out = await fn();
    return out instanceof Response ? out : json(out, { status });
  } catch (err) {
    const lang = requestLanguage(event);
    if (err instanceof DomainError) return json(errorBody(err, lang), { status: err.status });
    // adapter-node refuses a body over BODY_SIZE_LIMIT while it is read.
    if ((err as { status?: number }).status === 413)
      return json(errorBody(new DomainError('too_large', { max: megabytes(bodyLimit()) }), lang), { status: 413 });
    console.error(err);
    return json({ error: { code: 'internal', message: 'Internal error' } }, { status: 500 });
  }
}

/** For page loads: a domain refusal becomes the error page (with its code), like the API's 4xx. */
export async function orErrorPage<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof DomainError) pageError(err.status, err.code, err.params);
    throw err;
  }
}

/**
 * A page's error with its reason already in both languages: the error page shows it as given,
 * so the browser needs no catalogue of every error message.
 */
export function pageError(status: number, code: ErrorCode, params: Record<string, unknown> = {}): never {
  error(status, {
    message: code,
    code,
    reason: { kk: errorMessage(code, params, 'kk'), ru: errorMessage(code, params, 'ru') }
  });
}

/** A file as a download: never shown inline, never cached; any file name (RFC 5987, UTF-8). */
export function fileResponse(file: { body: Uint8Array; fileName: string }, type: string): Response {
  return new Response(new Uint8Array(file.body), {
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'cache-control': 'no-store'
    }
  });
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** The request body limit main.ts gives adapter-node (bytes). */
export function bodyLimit(): number {
  const m = /^(\d+)([KMG]?)$/i.exec(process.env.BODY_SIZE_LIMIT ?? '');
  return m ? Number(m[1]) * 1024 ** ' KMG'.indexOf((m[2] || ' ').toUpperCase()) : 512 * 1024;
}

/** An uploaded file sent as the raw request body, refused when larger than `maxBytes`. */
export async function readFile(event: RequestEvent, maxBytes: number): Promise<Buffer> {
  const declared = Number(event.request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new DomainError('too_large', { max: megabytes(maxBytes) });
  const body = Buffer.from(await event.request.arrayBuffer());
  if (body.length > maxBytes) throw new DomainError('too_large', { max: megabytes(maxBytes) });
  if (body.length === 0) throw new DomainError('bad_request', { detail: 'empty file' });
  return body;
}
