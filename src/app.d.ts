import type { SessionUser } from '$server/auth/sessions';
import type { Language } from '$server/shared/language';

declare global {
  namespace App {
    interface Locals {
      user: SessionUser | null;
      /** Staff console language (cookie), Kazakh by default. */
      lang: Language;
      /** The `language` field of a JSON body, for answering errors in it. */
      bodyLanguage?: unknown;
    }
    interface Error {
      message: string;
      code?: string;
      /** The reason in each language, written by the server (server/http/respond.ts pageError). */
      reason?: Record<Language, string>;
    }
  }
}

export {};
