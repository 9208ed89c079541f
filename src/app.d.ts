import type { SessionUser } from '$server/auth/sessions';
import type { Language } from '$server/domain/language';

declare global {
  namespace App {
    interface Locals {
      user: SessionUser | null;
      /** Staff console language (cookie), Kazakh by default. */
      lang: Language;
    }
    interface Error {
      message: string;
      code?: string;
    }
  }
}

export {};
