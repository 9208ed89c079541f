import * as m from '../../i18n/paraglide/messages.js';
import { audit } from '../auth/audit';
import type { SessionUser } from '../auth/sessions';
import { renderDocument, type DocFormat } from '../documents';
import type { Ctx } from '../realtime/context';
import type { Language } from '../shared/language';
import { formatShortDay } from '../shared/months';
import { localClock, localDay } from '../shared/time';
import { controlStatistics, type ControlQuery } from './control-view';
import { receptionStatistics, type ReceptionQuery } from './reception-view';
import { controlSections } from './rules/control-report';
import { receptionSections } from './rules/reception-report';
import { statDocument, type StatView } from './rules/sections';
import type { Period } from './period';

/**
 * A view's figures as a file, one language per file: the sections its page shows, charts in the PDF.
 * Logged: control's overdue lists carry the assignments' contents.
 */
async function file(
  ctx: Ctx,
  p: Period & { user: SessionUser },
  v: StatView,
  lang: Language,
  filter: string[],
  name: string,
  format: DocFormat
) {
  await audit(ctx, p.user, p.office.id, `report.${name.replace('-', '_')}`, 'Office', p.office.id, {
    from: p.from,
    to: p.to,
    lang,
    format
  });
  const now = ctx.now();
  const tz = p.office.timeZone;
  const doc = statDocument(v, {
    lang,
    officeName: lang === 'ru' ? p.office.nameRu : p.office.nameKk,
    from: p.from,
    to: p.to,
    filter,
    drawnUp: m.st_drawn_up({ when: `${formatShortDay(localDay(now, tz))} ${localClock(now, tz)}` }, { locale: lang }),
    file: name
  });
  return renderDocument(doc, format);
}

export async function receptionReport(
  ctx: Ctx,
  u: SessionUser | null,
  q: ReceptionQuery,
  lang: Language,
  format: DocFormat
) {
  const v = await receptionStatistics(ctx, u, q);
  const official = v.officials.find((o) => o.id === q.officialId);
  const filter = official ? [`${m.st_official({}, { locale: lang })}: ${official.fullName}`] : [];
  return file(ctx, { ...v, user: u! }, receptionSections(v, lang), lang, filter, 'reception-statistics', format);
}

export async function controlReport(
  ctx: Ctx,
  u: SessionUser | null,
  q: ControlQuery,
  lang: Language,
  format: DocFormat
) {
  const v = await controlStatistics(ctx, u, q);
  const unit = v.units.find((x) => x.id === q.unitId);
  const filter = unit ? [`${m.st_unit({}, { locale: lang })}: ${lang === 'ru' ? unit.nameRu : unit.nameKk}`] : [];
  return file(ctx, { ...v, user: u! }, controlSections(v, lang), lang, filter, 'control-statistics', format);
}
