import type { RequestHandler } from './$types';
import { DomainError } from '$server/shared/errors';
import { api } from '$server/http/respond';

/** Unknown API paths answer in JSON like the rest of the API, not with an HTML page. */
const notFound: RequestHandler = (event) =>
  api(event, async () => {
    throw new DomainError('bad_request', { detail: event.url.pathname }, 'no such endpoint');
  });
export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
