import { audit } from '../auth/audit';
import { deadlineCalendar } from '../calendar';
import { finalListDueBy, officeToday } from '../calendar/rules/deadlines';
import { renderDocument } from '../documents';
import { DomainError } from '../shared/errors';
import type { Ctx } from '../realtime/context';
import type { Language } from '../shared/language';
import type { ReceptionReader } from './access';
import { finalListDocument, type FinalListData } from './rules/final-list';
import { fullName } from './rules/register-columns';

/** A session's final list as DOCX or PDF in one language; every download is logged (it names applicants). */
export async function finalListFile(
  ctx: Ctx,
  reader: ReceptionReader,
  sessionId: number,
  lang: Language,
  format: 'docx' | 'pdf'
) {
  const s = await ctx.db.receptionSession.findFirst({
    where: {
      id: sessionId,
      officeId: { in: reader.user.officeIds },
      ...(reader.seesAll ? {} : { officialId: reader.ownOfficialId ?? -1 })
    },
    include: {
      office: true,
      official: true,
      room: true,
      applications: { where: { state: { in: ['SCHEDULED', 'RECEIVED', 'NO_SHOW'] } } }
    }
  });
  if (!s) throw new DomainError('unknown_session');
  const cal = await deadlineCalendar(ctx.db);
  const data: FinalListData = {
    office: s.office,
    session: s,
    official: s.official,
    recipient: { kk: s.office.finalListRecipientKk, ru: s.office.finalListRecipientRu },
    due: finalListDueBy(
      cal,
      s.date,
      s.office.finalListLead,
      s.office.finalListUnit === 'DAYS' ? 'DAYS' : 'WORKING_DAYS'
    ).toString(),
    invited: parseAttendees(s.office.attendeeTemplate),
    applicants: s.applications.map((a) => ({ ...a, fullName: fullName(a) })),
    drawnUpBy: reader.user.fullName,
    drawnUpOn: officeToday(ctx.now(), s.office.timeZone).toString()
  };
  const doc = finalListDocument(data, lang);
  const file = await renderDocument(doc, format);
  await audit(ctx, reader.user, s.officeId, 'finallist.download', 'ReceptionSession', s.id, {
    lang,
    format,
    applicants: data.applicants.length
  });
  return file;
}

export function parseAttendees(json: string): Array<{ nameKk: string; nameRu: string }> {
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? v.filter((a) => typeof a?.nameKk === 'string' && typeof a?.nameRu === 'string') : [];
  } catch {
    return [];
  }
}
