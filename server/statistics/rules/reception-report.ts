import * as m from '../../../i18n/paraglide/messages.js';
import * as T from '../../../i18n/paraglide/labels';
import type { OfficialLine } from '../../control/rules/control-counts';
import type { ReceptionTallies } from '../../reception';
import { APPLICATION_STATES } from '../../reception/rules/application-state';
import type { Language } from '../../shared/language';
import { barsOption, chart, sidewaysBarsOption } from './charts';
import { cells, shortMonth, type StatView } from './sections';

/** Personal reception's view (issue 23, 003 ¶40) as facts and sections, for its page and files. */
export function receptionSections(
  v: ReceptionTallies & { rooms: OfficialLine[]; notConsidered: number },
  lang: Language
): StatView {
  const L = { locale: lang };
  const official = (id: number) => v.officials.find((o) => o.id === id)?.fullName ?? '—';
  const a = v.answers;
  const answered = a.on_time + a.late;
  const sessionCols = [
    m.st_sess_held({}, L),
    m.st_sess_planned({}, L),
    m.st_sess_cancelled({}, L),
    m.st_sess_moved({}, L)
  ];
  const answerCols = [m.st_ans_on_time({}, L), m.st_ans_late({}, L), m.st_ans_overdue({}, L), m.st_ans_pending({}, L)];
  const states = APPLICATION_STATES.filter((s) => v.byState[s] > 0);
  const total = m.st_total({}, L);
  return {
    title: m.st_rc_title({}, L),
    facts: [
      [m.st_sess_held({}, L), String(v.sessions.held)],
      [m.st_sess_cancelled({}, L), String(v.sessions.cancelled)],
      [m.st_sess_moved({}, L), String(v.sessions.moved)],
      [m.st_registered({}, L), String(v.registered)],
      [m.st_ans_on_time({}, L), answered ? `${a.on_time} (${Math.round((100 * a.on_time) / answered)} %)` : '0'],
      [m.st_ans_late({}, L), String(a.late)],
      [m.st_ans_overdue({}, L), String(a.overdue)]
    ],
    sections: [
      {
        id: 'sessions',
        heading: m.st_sessions_by_official({}, L),
        columns: [m.st_official({}, L), ...sessionCols],
        rows: [
          ...v.sessionsByOfficial.map((s) => cells(official(s.officialId), s.held, s.planned, s.cancelled, s.moved)),
          cells(total, v.sessions.held, v.sessions.planned, v.sessions.cancelled, v.sessions.moved)
        ],
        chart: v.sessionsByOfficial.length
          ? chart(
              barsOption(
                v.sessionsByOfficial.map((s) => official(s.officialId).split(' ')[0]),
                [
                  { name: sessionCols[0], values: v.sessionsByOfficial.map((s) => s.held) },
                  { name: sessionCols[2], values: v.sessionsByOfficial.map((s) => s.cancelled) },
                  { name: sessionCols[3], values: v.sessionsByOfficial.map((s) => s.moved) }
                ],
                ['']
              )
            )
          : undefined
      },
      {
        id: 'answers',
        heading: m.st_answers_by_month({}, L),
        columns: [m.st_month_col({}, L), m.st_registered({}, L), ...answerCols],
        rows: [
          ...v.byMonth.map((x) => cells(shortMonth(x.month), x.registered, x.on_time, x.late, x.overdue, x.pending)),
          cells(total, v.registered, a.on_time, a.late, a.overdue, a.pending)
        ],
        chart: v.byMonth.length
          ? chart(
              barsOption(
                v.byMonth.map((x) => shortMonth(x.month)),
                [
                  { name: answerCols[0], values: v.byMonth.map((x) => x.on_time) },
                  { name: answerCols[1], values: v.byMonth.map((x) => x.late) },
                  { name: answerCols[2], values: v.byMonth.map((x) => x.overdue) }
                ],
                ['']
              )
            )
          : undefined
      },
      {
        id: 'outcomes',
        heading: m.st_outcomes({}, L),
        columns: [m.st_state({}, L), m.st_count({}, L)],
        rows: states.map((s) => cells(T.app_state[s]?.({}, L) ?? s, v.byState[s])),
        chart: states.length
          ? chart(
              sidewaysBarsOption(
                states.map((s) => T.app_state[s]?.({}, L) ?? s),
                [{ name: m.st_count({}, L), values: states.map((s) => v.byState[s]) }]
              ),
              Math.max(200, 40 + 30 * states.length)
            )
          : undefined
      },
      {
        id: 'channels',
        heading: m.st_by_channel({}, L),
        columns: [m.st_by_channel({}, L), m.st_count({}, L)],
        rows: Object.entries(v.byChannel)
          .sort(([, x], [, y]) => y - x)
          .map(([c, n]) => cells(T.channel[c]?.({}, L) ?? c, n))
      },
      {
        id: 'rooms',
        heading: m.st_rooms({}, L),
        columns: [
          m.doc_r_roomCols_0,
          m.doc_r_roomCols_1,
          m.doc_r_roomCols_2,
          m.doc_r_roomCols_3,
          m.doc_r_roomCols_4,
          m.doc_r_roomCols_5,
          m.doc_r_roomCols_6,
          m.doc_r_roomCols_7
        ].map((col) => col({}, L)),
        rows: v.rooms.map((r) =>
          cells(
            r.official,
            r.sessions,
            r.applicants,
            r.decisions,
            r.assignments,
            r.onTime,
            r.overdue,
            r.satisfaction === null ? m.doc_r_notRecorded({}, L) : r.satisfaction.toFixed(1)
          )
        ),
        empty: m.st_rc_none({}, L)
      }
    ]
  };
}
