import type { Language } from '$server/shared/language';
import { call, failureText } from '$ui/api';

/** A form's fields by name (the submit is the page's, not the browser's). */
export function formFields(e: SubmitEvent): Record<string, string> {
  e.preventDefault();
  return Object.fromEntries(new FormData(e.currentTarget as HTMLFormElement)) as Record<string, string>;
}

/**
 * Posts one step of control in the page's language and reloads the card, which the server
 * recomputes; a refusal (or a lost connection) comes back as its text in that language.
 */
export async function postStep(url: string, body: object, lang: Language): Promise<string> {
  try {
    await call('POST', url, { ...body, language: lang });
    location.reload();
    return '';
  } catch (e) {
    return failureText(e);
  }
}

/**
 * A control screen's step in progress: busy while a step is posted, and the refusal it came back
 * with; a step that succeeds reloads the card, so the screen stays busy until it does.
 */
export class StepState {
  busy = $state(false);
  error = $state('');
  constructor(private readonly lang: () => Language) {}

  post = async (url: string, body: object) => {
    this.busy = true;
    this.error = await postStep(url, body, this.lang());
    this.busy = this.error === '';
  };
}
