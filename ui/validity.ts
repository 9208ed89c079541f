import * as m from '$i18n/paraglide/messages.js';
import type { Language } from '$server/shared/language';

/**
 * The browser words a form field's complaint («Please fill out this field.») in its own language,
 * whatever the page's. Every invalid field of the page gets its complaint in the page's language
 * instead, set when the browser finds it invalid and cleared as soon as the person edits it.
 * Returns the function that stops it.
 */
export function pageLanguageValidity(lang: () => Language): () => void {
  const text = (el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): string => {
    const v = el.validity;
    const L = { locale: lang() };
    if (v.valueMissing) return el instanceof HTMLSelectElement ? m.valid_choose({}, L) : m.valid_required({}, L);
    if (v.typeMismatch) return el.type === 'email' ? m.valid_email({}, L) : m.valid_format({}, L);
    if (v.badInput) return m.valid_format({}, L);
    if (v.patternMismatch) return el.title || m.valid_format({}, L);
    if (v.tooLong) return m.valid_too_long({ max: (el as HTMLInputElement).maxLength }, L);
    if (v.tooShort) return m.valid_too_short({ min: (el as HTMLInputElement).minLength }, L);
    if (v.rangeUnderflow) return m.valid_min({ min: (el as HTMLInputElement).min }, L);
    if (v.rangeOverflow) return m.valid_max({ max: (el as HTMLInputElement).max }, L);
    if (v.stepMismatch) return m.valid_format({}, L);
    return '';
  };
  const field = (t: EventTarget | null) =>
    t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement ? t : null;
  const onInvalid = (e: Event) => {
    const el = field(e.target);
    // Only the browser's own complaints: a message the page set itself stays.
    if (el && (!el.validity.customError || el.dataset.pageValidity)) {
      el.setCustomValidity('');
      const message = text(el);
      if (message) {
        el.dataset.pageValidity = '1';
        el.setCustomValidity(message);
      }
    }
  };
  const onEdit = (e: Event) => {
    const el = field(e.target);
    if (el?.dataset.pageValidity) {
      delete el.dataset.pageValidity;
      el.setCustomValidity('');
    }
  };
  document.addEventListener('invalid', onInvalid, true);
  document.addEventListener('input', onEdit, true);
  document.addEventListener('change', onEdit, true);
  return () => {
    document.removeEventListener('invalid', onInvalid, true);
    document.removeEventListener('input', onEdit, true);
    document.removeEventListener('change', onEdit, true);
  };
}
