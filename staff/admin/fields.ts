import * as m from '$i18n/paraglide/messages.js';
import * as T from '$i18n/paraglide/labels';
import { ROLES } from '$server/auth/roles';
import { CENTRAL_ISSUERS } from '$server/control/rules/sources';
import { CHANNELS } from '$server/offices/rules/channels';
import type { Language } from '$server/shared/language';
import { labelOf } from '$ui/labels';

/** One column of an administered table and its field in the edit form (EntityTable). */
export interface Field {
  key: string;
  label: string;
  type: 'text' | 'lines' | 'number' | 'bool' | 'select' | 'multi' | 'password';
  options?: Array<{ value: string | number; label: string }>;
  /** Empty input means null. */
  nullable?: boolean;
  /** Empty input leaves the field out (e.g. a password not being changed). */
  optional?: boolean;
  /** Shown in the edit form only: a table of every setting would run far past the screen. */
  formOnly?: boolean;
}

/**
 * An office's settings, after its code and names: the hall's hours and rules, personal reception
 * (SPEC §5), control of execution. The table shows the hall's lines; the rest is in the edit form.
 */
export function officeSettings(lang: Language, names: Field[]): Field[] {
  const L = { locale: lang };
  return [
    ...names,
    { key: 'timeZone', label: m.admin_time_zone({}, L), type: 'text' },
    { key: 'workDays', label: m.admin_work_days({}, L), type: 'text' },
    { key: 'opensAt', label: m.admin_opens({}, L), type: 'text' },
    { key: 'closesAt', label: m.admin_closes({}, L), type: 'text' },
    { key: 'lunchStart', label: `${m.admin_lunch({}, L)} ⇤`, type: 'text', nullable: true, formOnly: true },
    { key: 'lunchEnd', label: `${m.admin_lunch({}, L)} ⇥`, type: 'text', nullable: true, formOnly: true },
    { key: 'lastTicketMinutes', label: m.admin_last_ticket({}, L), type: 'number', formOnly: true },
    { key: 'observesHolidays', label: m.admin_observes_holidays({}, L), type: 'bool', formOnly: true },
    { key: 'priorityAgingMinutes', label: m.admin_aging({}, L), type: 'number', nullable: true, formOnly: true },
    { key: 'waitWarnMinutes', label: m.admin_wait_warn({}, L), type: 'number', formOnly: true },
    { key: 'openDevices', label: m.admin_open_devices({}, L), type: 'bool', formOnly: true },
    { key: 'pausePresets', label: m.admin_pause_presets({}, L), type: 'lines', formOnly: true },
    // Personal reception (SPEC §5).
    {
      key: 'scheduleApprovedBy',
      formOnly: true,
      label: m.admin_approver({}, L),
      type: 'select',
      options: ['AKIM', 'HEAD'].map((v) => ({
        value: v,
        label: v === 'AKIM' ? m.admin_approver_AKIM({}, L) : m.admin_approver_HEAD({}, L)
      }))
    },
    { key: 'finalListLead', label: m.admin_final_lead({}, L), type: 'number', formOnly: true },
    {
      key: 'finalListUnit',
      formOnly: true,
      label: m.admin_final_unit({}, L),
      type: 'select',
      options: [
        { value: 'WORKING_DAYS', label: m.admin_final_unit_WORKING_DAYS({}, L) },
        { value: 'DAYS', label: m.admin_final_unit_DAYS({}, L) }
      ]
    },
    { key: 'finalListRecipientKk', label: m.admin_final_to_kk({}, L), type: 'text', formOnly: true },
    { key: 'finalListRecipientRu', label: m.admin_final_to_ru({}, L), type: 'text', formOnly: true },
    {
      key: 'signupChannels',
      formOnly: true,
      label: m.admin_channels({}, L),
      type: 'multi',
      options: CHANNELS.map((c) => ({ value: c, label: labelOf(T.channel, c, lang) }))
    },
    { key: 'attendeeTemplate', label: m.admin_attendees({}, L), type: 'lines', formOnly: true },
    // Control of execution (SPEC §5): protocol term and languages, the amber light, reminder e-mail.
    {
      key: 'protocolDueDays',
      formOnly: true,
      label: m.admin_protocol_due({}, L),
      type: 'select',
      options: [1, 2, 3].map((v) => ({ value: v, label: String(v) }))
    },
    {
      key: 'protocolLanguages',
      formOnly: true,
      label: m.admin_protocol_langs({}, L),
      type: 'select',
      options: [
        { value: 'kk', label: m.admin_protocol_langs_kk({}, L) },
        { value: 'ru', label: m.admin_protocol_langs_ru({}, L) },
        { value: 'kk,ru', label: m.admin_protocol_langs_both({}, L) }
      ]
    },
    { key: 'amberWorkingDays', label: m.admin_amber_days({}, L), type: 'number', formOnly: true },
    {
      key: 'neverExtendedIssuers',
      formOnly: true,
      label: m.admin_never_extended({}, L),
      type: 'multi',
      options: CENTRAL_ISSUERS.map((c) => ({ value: c, label: labelOf(T.ct_issuer, c, lang) }))
    },
    { key: 'smtpUrl', label: m.admin_smtp_url({}, L), type: 'text', formOnly: true },
    { key: 'smtpFrom', label: m.admin_smtp_from({}, L), type: 'text', formOnly: true }
  ];
}

type Choice = { value: string | number; label: string };

/**
 * Every administered table's fields, by the model its audit rows name («admin.kiosk.update»): the
 * admin page's tables and forms, and the audit log's words for an administrator's changes.
 */
export function adminFields(
  lang: Language,
  choices: { offices: Choice[]; units: Choice[]; services: Choice[] } = { offices: [], units: [], services: [] }
) {
  const L = { locale: lang };
  const code: Field = { key: 'code', label: m.admin_code({}, L), type: 'text' };
  const nameKk: Field = { key: 'nameKk', label: m.admin_name_kk({}, L), type: 'text' };
  const nameRu: Field = { key: 'nameRu', label: m.admin_name_ru({}, L), type: 'text' };
  const office: Field = { key: 'officeId', label: m.admin_offices({}, L), type: 'select', options: choices.offices };
  const active: Field = { key: 'active', label: m.admin_active({}, L), type: 'bool' };
  const select = (key: string, label: string, options: Choice[]): Field => ({ key, label, type: 'select', options });
  return {
    office: officeSettings(lang, [code, nameKk, nameRu]),
    service: [
      office,
      code,
      nameKk,
      nameRu,
      { key: 'descriptionKk', label: m.admin_description_kk({}, L), type: 'text' },
      { key: 'descriptionRu', label: m.admin_description_ru({}, L), type: 'text' },
      { key: 'prefix', label: m.admin_prefix({}, L), type: 'text' },
      { key: 'avgServiceMinutes', label: m.admin_avg_minutes({}, L), type: 'number' },
      { key: 'sortOrder', label: '#', type: 'number' },
      active
    ],
    window: [
      office,
      { key: 'number', label: m.admin_number({}, L), type: 'number' },
      select('kind', m.admin_kind({}, L), [
        { value: 'WINDOW', label: m.window_kind_WINDOW({}, L) },
        { value: 'ROOM', label: m.window_kind_ROOM({}, L) }
      ]),
      { key: 'serviceIds', label: m.admin_window_services({}, L), type: 'multi', options: choices.services },
      active
    ],
    user: [
      { key: 'login', label: m.staff_login({}, L), type: 'text' },
      { key: 'fullName', label: m.admin_full_name({}, L), type: 'text' },
      select(
        'role',
        m.admin_role({}, L),
        ROLES.map((r) => ({ value: r, label: labelOf(T.role, r, lang) }))
      ),
      { ...office, nullable: true },
      { key: 'unitId', label: m.admin_unit({}, L), type: 'select', options: choices.units, nullable: true },
      { key: 'email', label: m.admin_email({}, L), type: 'text' },
      select('locale', m.admin_locale({}, L), [
        { value: 'kk', label: 'Қазақша' },
        { value: 'ru', label: 'Русский' }
      ]),
      active,
      { key: 'password', label: m.admin_new_password({}, L), type: 'password', optional: true }
    ],
    kiosk: [
      office,
      code,
      nameKk,
      nameRu,
      select('printerKind', m.admin_printer_kind({}, L), [
        { value: 'NONE', label: m.printer_NONE({}, L) },
        { value: 'NETWORK', label: m.printer_NETWORK({}, L) },
        { value: 'DEVICE', label: m.printer_DEVICE({}, L) }
      ]),
      { key: 'printerAddress', label: m.admin_printer_address({}, L), type: 'text' },
      select('paperWidth', m.admin_paper_width({}, L), [
        { value: 80, label: '80 мм' },
        { value: 58, label: '58 мм' }
      ]),
      select('printMode', m.admin_print_mode({}, L), [
        { value: 'RASTER', label: m.print_mode_RASTER({}, L) },
        { value: 'TEXT_KZ1048', label: m.print_mode_TEXT_KZ1048({}, L) }
      ]),
      { key: 'printTimeoutMs', label: m.admin_print_timeout({}, L), type: 'number' },
      active
    ]
  } satisfies Record<string, Field[]>;
}
