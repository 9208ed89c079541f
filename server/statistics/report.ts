import * as m from '../../i18n/paraglide/messages.js';
import type { SessionUser } from '../auth/sessions';
import { renderDocument, type DocFormat } from '../documents';
import type { Ctx } from '../realtime/context';
import type { Language } from '../shared/language';
import { formatShortDay } from '../shared/months';
import { localClock, localDay } from '../shared/time';
import { hallStatistics, type HallQuery } from './hall-view';
import { hallLabels } from './rules/labels';
import { hallReportDocument } from './rules/report';
import { hallExtraSections } from './rules/hall-sections';

const WEEKDAYS = [m.weekday_1, m.weekday_2, m.weekday_3, m.weekday_4, m.weekday_5, m.weekday_6, m.weekday_7];

/** The hall's statistics as a file (XLSX or PDF), one language per file: what the page shows. */
export async function hallReport(ctx: Ctx, u: SessionUser | null, q: HallQuery, lang: Language, format: DocFormat) {
  const v = await hallStatistics(ctx, u, q);
  const L = { locale: lang };
  const name = (o: { nameKk: string; nameRu: string }) => (lang === 'ru' ? o.nameRu : o.nameKk);
  const label = hallLabels(v.choices, lang);
  const filter = [
    ...(q.serviceId ? [`${m.st_service({}, L)}: ${label.service(q.serviceId)}`] : []),
    ...(q.windowId ? [`${m.st_window({}, L)}: ${label.window(q.windowId)}`] : []),
    ...(q.userId ? [`${m.st_specialist({}, L)}: ${label.specialist(q.userId)}`] : [])
  ];
  const now = ctx.now();
  const doc = hallReportDocument(
    {
      from: v.from,
      to: v.to,
      officeName: name(v.office),
      filter,
      figures: v.figures,
      byDay: v.byDay,
      byHour: v.byHour,
      heatMap: v.heatMap,
      groups: [
        {
          heading: m.st_by_service({}, L),
          column: m.st_service({}, L),
          rows: v.byService.map((g) => ({ label: label.service(g.serviceId), figures: g.figures }))
        },
        {
          heading: m.st_by_window({}, L),
          column: m.st_window({}, L),
          rows: v.byWindow.map((g) => ({ label: label.window(g.windowId), figures: g.figures }))
        },
        {
          heading: m.st_by_specialist({}, L),
          column: m.st_specialist({}, L),
          rows: v.bySpecialist.map((g) => ({ label: label.specialist(g.userId), figures: g.figures }))
        }
      ],
      extras: hallExtraSections({ ...v, timeZone: v.office.timeZone }, lang),
      drawnUp: m.st_drawn_up(
        { when: `${formatShortDay(localDay(now, v.office.timeZone))} ${localClock(now, v.office.timeZone)}` },
        L
      )
    },
    lang,
    WEEKDAYS.map((w) => w({}, L))
  );
  return renderDocument(doc, format);
}
