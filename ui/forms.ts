/**
 * A filter form (GET) submits only its filled fields, so the address that keeps the search — to
 * bookmark or send — reads «?q=Ахметов», not «?q=Ахметов&state=&officialId=…». The server reads an
 * empty field as not given either way (server/http/respond.ts: queryOf).
 */
export function omitEmpty(event: SubmitEvent): void {
  const form = event.currentTarget as HTMLFormElement;
  const empty = [...form.elements].filter(
    (el): el is HTMLInputElement | HTMLSelectElement =>
      (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) &&
      el.name !== '' &&
      !el.disabled &&
      el.value.trim() === ''
  );
  for (const el of empty) el.disabled = true;
  // Enabled again once the browser has read the form, so going back finds it as it was.
  setTimeout(() => empty.forEach((el) => (el.disabled = false)));
}
