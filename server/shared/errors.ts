/**
 * A refusal the user can understand. `code` names a message in i18n/messages
 * (error_<code>), so the HTTP layer can answer in the caller's language.
 */
export type ErrorCode =
  | 'bad_request'
  | 'too_large'
  | 'unknown_office'
  | 'unknown_service'
  | 'unknown_window'
  | 'unknown_ticket'
  | 'unknown_user'
  | 'bad_language'
  | 'bad_category'
  | 'office_closed'
  | 'service_inactive'
  | 'bad_transition'
  | 'window_closed'
  | 'window_paused'
  | 'window_taken'
  | 'not_your_window'
  | 'queue_empty'
  | 'ticket_in_progress'
  | 'no_category'
  | 'not_signed_in'
  | 'forbidden'
  | 'bad_credentials'
  | 'conflict'
  | 'bad_date'
  | 'bad_year'
  | 'unknown_day'
  | 'calendar_no_working_days'
  | 'unknown_kiosk'
  | 'unknown_application'
  | 'unknown_session'
  | 'unknown_official'
  | 'unknown_task'
  | 'bad_iin'
  | 'bad_channel'
  | 'substance_required'
  | 'bad_application_step'
  | 'slot_taken'
  | 'session_full'
  | 'session_unavailable'
  | 'schedule_locked'
  | 'hearing_too_late'
  | 'hearing_missing'
  | 'extension_too_long'
  | 'extension_not_now'
  | 'bad_pattern'
  | 'appointment_not_found'
  | 'appointment_other_day'
  | 'appointment_no_room'
  | 'import_invalid'
  | 'import_format'
  | 'too_many_attempts'
  | 'bad_setup_code'
  | 'setup_done'
  | 'unknown_assignment'
  | 'unknown_protocol'
  | 'unknown_unit'
  | 'prefix_lookalike'
  | 'unknown_clip'
  | 'bad_audio'
  | 'survey_not_served'
  | 'survey_closed'
  | 'survey_done'
  | 'unknown_help'
  | 'unknown_request'
  | 'unknown_notification'
  | 'unknown_attachment'
  | 'control_bad_step'
  | 'extension_never'
  | 'extension_late'
  | 'extension_date'
  | 'extension_first_head'
  | 'removal_needs_report'
  | 'removal_ground'
  | 'redirect_late'
  | 'request_pending'
  | 'request_decided'
  | 'considered_before'
  | 'protocol_signed'
  | 'protocol_exists'
  | 'session_not_held'
  | 'protocol_incomplete'
  | 'protocol_language'
  | 'item_has_assignments'
  | 'deadline_before_given'
  | 'category_span'
  | 'not_co_executor'
  | 'report_needs_document'
  | 'device_not_paired'
  | 'unknown_device'
  | 'unknown_pairing_code'
  | 'pairing_busy';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  too_large: 413,
  unknown_office: 404,
  unknown_service: 404,
  unknown_window: 404,
  unknown_ticket: 404,
  unknown_user: 404,
  bad_language: 400,
  bad_category: 400,
  office_closed: 409,
  service_inactive: 409,
  bad_transition: 409,
  window_closed: 409,
  window_paused: 409,
  window_taken: 409,
  not_your_window: 403,
  queue_empty: 409,
  ticket_in_progress: 409,
  no_category: 409,
  not_signed_in: 401,
  forbidden: 403,
  bad_credentials: 401,
  conflict: 409,
  bad_date: 400,
  bad_year: 400,
  unknown_day: 404,
  calendar_no_working_days: 409,
  unknown_kiosk: 404,
  unknown_application: 404,
  unknown_session: 404,
  unknown_official: 404,
  unknown_task: 404,
  bad_iin: 400,
  bad_channel: 400,
  substance_required: 400,
  bad_application_step: 409,
  slot_taken: 409,
  session_full: 409,
  session_unavailable: 409,
  schedule_locked: 409,
  hearing_too_late: 409,
  hearing_missing: 409,
  extension_too_long: 409,
  extension_not_now: 409,
  bad_pattern: 400,
  appointment_not_found: 404,
  appointment_other_day: 409,
  appointment_no_room: 409,
  import_invalid: 400,
  import_format: 400,
  too_many_attempts: 429,
  bad_setup_code: 403,
  setup_done: 409,
  unknown_assignment: 404,
  unknown_protocol: 404,
  unknown_unit: 404,
  prefix_lookalike: 409,
  unknown_clip: 404,
  bad_audio: 400,
  survey_not_served: 409,
  survey_closed: 410,
  survey_done: 409,
  unknown_help: 404,
  unknown_request: 404,
  unknown_notification: 404,
  unknown_attachment: 404,
  control_bad_step: 409,
  extension_never: 409,
  extension_late: 409,
  extension_date: 400,
  extension_first_head: 403,
  removal_needs_report: 409,
  removal_ground: 409,
  redirect_late: 409,
  request_pending: 409,
  request_decided: 409,
  considered_before: 409,
  protocol_signed: 409,
  protocol_exists: 409,
  session_not_held: 409,
  protocol_incomplete: 409,
  protocol_language: 400,
  item_has_assignments: 409,
  deadline_before_given: 400,
  category_span: 400,
  not_co_executor: 403,
  report_needs_document: 409,
  device_not_paired: 403,
  unknown_device: 404,
  unknown_pairing_code: 404,
  pairing_busy: 429
};

export class DomainError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    /** Developer detail (e.g. which field failed validation); not translated. */
    readonly detail?: string
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.status = STATUS[code];
  }
}
