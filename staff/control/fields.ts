/** Reads AssignmentFields back from its form, as the API's body expects it. */
export function assignmentFromForm(form: HTMLFormElement) {
  const fd = new FormData(form);
  const str = (k: string) => String(fd.get(k) ?? '');
  const ids = (k: string) =>
    fd
      .getAll(k)
      .map(Number)
      .filter((n) => n > 0);
  return {
    content: str('content'),
    leadUnitId: Number(str('leadUnitId')),
    coUnitIds: ids('coUnitIds').filter((n) => n !== Number(str('leadUnitId'))),
    category: str('category') || null,
    deadline: str('deadline') || null,
    issuer: str('issuer') || 'AKIM',
    controllerId: str('controllerId') ? Number(str('controllerId')) : null,
    consideredBy: ids('consideredBy'),
    onControl: fd.get('onControl') === 'on'
  };
}
