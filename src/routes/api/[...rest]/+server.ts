import type { RequestHandler } from './$types';
import { answer } from '$server/app';
import { DomainError } from '$server/shared/errors';

/** Unknown API paths answer in JSON like the rest of the API, not with an HTML page. */
const notFound: RequestHandler = (event) =>
  answer(event, async () => {
    throw new DomainError('bad_request', { detail: event.url.pathname }, 'no such endpoint');
  });
export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
