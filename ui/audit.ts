import type { Language } from '$server/shared/language';
import * as m from '$i18n/paraglide/messages.js';
import { clipWords } from '$server/announce/rules/phrase';
import * as T from '$i18n/paraglide/labels';

/**
 * The audit log in words (issue 19): every action the product records, as a sentence in the
 * reader's language — «Мерзімді ұзарту келісілді: № 6 тапсырма» —, and its details as named values.
 * A code without words yet reads as «Әрекет / Действие», never as the code.
 */
export const AUDIT_ACTIONS = [
  'admin.device.clear_pending',
  'admin.device.pair',
  'admin.device.unpair',
  'admin.device.update',
  'admin.kiosk.create',
  'admin.kiosk.update',
  'admin.office.create',
  'admin.office.update',
  'admin.service.create',
  'admin.service.update',
  'admin.user.create',
  'admin.user.update',
  'admin.window.create',
  'admin.window.update',
  'calendar.remove',
  'calendar.save',
  'application.attend',
  'application.create',
  'application.export',
  'application.forward',
  'application.import',
  'application.list',
  'application.noShow',
  'application.proposeRefusal',
  'application.record.extension',
  'application.record.hearing',
  'application.record.notice',
  'application.record.otherBody',
  'application.refuse',
  'application.reschedule',
  'application.resubmit',
  'application.return',
  'application.review',
  'application.same_day',
  'application.schedule',
  'application.tasks',
  'application.view',
  'application.withdraw',
  'assignment.edit',
  'assignment.view',
  'attachment.download',
  'control.extension.granted',
  'control.extension.refused',
  'control.redirect.granted',
  'control.redirect.refused',
  'control.removal.granted',
  'control.removal.refused',
  'controllist.download',
  'finallist.download',
  'official.create',
  'official.update',
  'protocol.create',
  'protocol.download',
  'protocol.save',
  'protocol.sign',
  'protocol.view',
  'report.protocols',
  'report.rooms',
  'report.sources',
  'schedule.approve',
  'schedule.publish',
  'schedule.reject',
  'schedule.submit',
  'session.cancel',
  'session.create',
  'session.delete',
  'session.generate',
  'session.move',
  'setup.admin',
  'setup.failure',
  'signin.failure',
  'signin.locked',
  'signin.success',
  'survey.phone',
  'task.done',
  'ticket.desk',
  'ticket.desk_check_in',
  'unit.create',
  'unit.update',
  'voice.replace',
  'voice.revert'
] as const;

/** A code's words from its table («control.extension.granted» is looked up as control_extension_granted). */
const words = (table: T.Table, code: string, lang: Language) =>
  table[code.replace(/[^A-Za-z0-9]/g, '_')]?.({}, { locale: lang }) ?? null;

export function auditAction(action: string, lang: Language): string {
  return words(T.audit_a, action, lang) ?? m.audit_action_other({}, { locale: lang });
}

/** «№ 6 тапсырма» / «поручение № 6». */
export function auditRecord(entity: string | null, id: string | null, lang: Language): string {
  const noun = entity ? words(T.audit_e, entity, lang) : null;
  if (!noun) return id ? `№ ${id}` : '';
  if (!id) return noun;
  return lang === 'kk' ? `№ ${id} ${noun}` : `${noun} № ${id}`;
}

export function auditSentence(e: { action: string; entity: string | null; entityId: string | null }, lang: Language) {
  const record = auditRecord(e.entity, e.entityId, lang);
  return record ? `${auditAction(e.action, lang)}: ${record}` : auditAction(e.action, lang);
}

/** Where a detail's coded value finds its words, by the detail's name («kind: RECEPTION» → «Личный приём»). */
const VALUE_TABLES: Record<string, T.Table[]> = {
  kind: [T.pr_kind, T.ct_kind, T.kind, T.device_kind, T.ct_unit],
  identityVerified: [T.desk_identity],
  lang: [T.lang_name],
  role: [T.role],
  step: [T.rc_step, T.action],
  state: [T.app_state, T.ct_state],
  channel: [T.channel],
  category: [T.category]
};

/** A file's kind as people name it: «PDF», «DOCX», «WAV», «MP3». */
const fileKind = (v: string) => (v === 'audio/mpeg' ? 'MP3' : v.replace(/^audio\//, '').toUpperCase());

function valueText(v: unknown, lang: Language, key = ''): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? '✓' : '✗';
  if (typeof v === 'string' && (key === 'format' || key === 'mime')) return fileKind(v);
  if (typeof v === 'string') {
    for (const table of VALUE_TABLES[key] ?? []) {
      const text = words(table, v, lang);
      if (text) return text;
    }
    return v;
  }
  if (Array.isArray(v))
    return v
      .map((x) => (typeof x === 'string' ? (words(T.audit_d, x, lang) ?? x) : valueText(x, lang, key)))
      .join(', ');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('before' in o || 'after' in o) return `${valueText(o.before, lang, key)} → ${valueText(o.after, lang, key)}`;
    if (key === 'changes') return changesText(o, lang);
    return auditDetail(o, lang);
  }
  return String(v);
}

/**
 * An administered table's fields as its form names them (staff/admin/fields.ts): the audit log
 * reads an administrator's changes in the same words as the form they were made in.
 */
export type FormFields = ReadonlyArray<{
  key: string;
  label: string;
  type: string;
  options?: ReadonlyArray<{ value: string | number; label: string }>;
}>;

/** A stored setting in the form's words: a choice by its label, a list of codes by theirs, names by the reader's language. */
function formValue(field: FormFields[number], v: unknown, lang: Language): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? '✓' : '✗';
  const choice = (x: string | number) => field.options?.find((o) => String(o.value) === String(x))?.label ?? String(x);
  if (field.type === 'select') return choice(v as string | number);
  if (field.type === 'multi')
    return (Array.isArray(v) ? v : String(v).split(','))
      .filter((x) => x !== '')
      .map(choice)
      .join(', ');
  if (typeof v === 'string' && v.startsWith('[')) {
    try {
      // The mandatory attendees are kept as JSON: each by the name in the reader's language.
      const names = JSON.parse(v) as Array<{ nameKk: string; nameRu: string }>;
      return names.map((n) => (lang === 'ru' ? n.nameRu : n.nameKk)).join(', ') || '—';
    } catch {
      return v;
    }
  }
  return String(v).replace(/\n/g, ', ');
}

/** One field of an administrator's change in the form's words; `typed` when its values are what was typed. */
export interface FormChange {
  label: string;
  before: string;
  after: string;
  typed: boolean;
}

/**
 * An administrator's changes (auth/audit's auditChanges: field → [before, after]) in the words of the
 * form they were made in, leaving out the columns the form does not show (the record's id, a
 * window's state); a password only as changed.
 */
export function formChanges(changes: Record<string, unknown>, lang: Language, form: FormFields): FormChange[] {
  return Object.entries(changes).flatMap(([key, pair]) => {
    const [before, after] = Array.isArray(pair) && pair.length === 2 ? pair : [undefined, pair];
    if (key === 'passwordHash') {
      const label = words(T.audit_d, 'password', lang) ?? key;
      return [{ label, before: '', after: m.audit_password_changed({}, { locale: lang }), typed: false }];
    }
    const field = form.find((f) => f.key === key);
    if (!field) return [];
    const typed = !['select', 'multi', 'bool'].includes(field.type);
    return [
      { label: field.label, before: formValue(field, before, lang), after: formValue(field, after, lang), typed }
    ];
  });
}

/** Changes recorded without their form's words (a screen's pairing) as «field: before → after». */
function changesText(changes: Record<string, unknown>, lang: Language): string {
  return Object.entries(changes)
    .map(([key, pair]) => {
      const [before, after] = Array.isArray(pair) && pair.length === 2 ? pair : [undefined, pair];
      const name = words(T.audit_d, key, lang) ?? words(T.field, key, lang) ?? key;
      return `${name}: ${valueText(before, lang, key)} → ${valueText(after, lang, key)}`;
    })
    .join('; ');
}

/** The details as «name: value» pairs in words; a value's own name left out when it has none yet. */
export function auditDetail(detail: Record<string, unknown> | null, lang: Language): string {
  if (!detail) return '';
  return Object.entries(detail)
    .map(([k, v]) => {
      const name = words(T.audit_d, k, lang);
      // A voice clip is named by its words, in its own language («терезе», «окно»).
      const value =
        k === 'key' && typeof v === 'string'
          ? `«${clipWords([v], detail.lang === 'ru' ? 'ru' : 'kk')}»`
          : valueText(v, lang, k);
      return name ? `${name}: ${value}` : value;
    })
    .join('; ');
}
