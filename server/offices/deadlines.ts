import { assertInScope, type Scoped } from '../auth/scope';
import type { Db } from '../db/client';
import { deadlineSheet, type ControlCategory, type Issuer, type Sheet } from '../calendar/rules/deadlines';
import { officeInstant } from '../shared/time';
import { deadlineCalendar } from '../calendar';
import { officeByCode } from './offices';

export interface DeadlineQuery {
  office: string;
  receivedAt?: string;
  extendedOn?: string;
  requestSentOn?: string;
  receptionDay?: string;
  decisionDay?: string;
  givenOn?: string;
  receivedOn?: string;
  category?: ControlCategory | 'none';
  deadline?: string;
  previousExtensions?: number;
  issuer?: Issuer;
}

/** Every date that follows from the facts given, on the deadline calendar, in the office's time zone. */
export async function deadlinesFor(db: Db, q: DeadlineQuery, now: Date, user: Scoped): Promise<Sheet> {
  const office = await officeByCode(db, q.office);
  assertInScope(user, office.id, 'unknown_office');
  const cal = await deadlineCalendar(db);
  const control = q.givenOn
    ? {
        givenOn: q.givenOn,
        receivedOn: q.receivedOn,
        category: q.category && q.category !== 'none' ? q.category : null,
        setDate: q.deadline ?? null,
        previousExtensions: q.previousExtensions,
        issuer: q.issuer
      }
    : undefined;
  return deadlineSheet(cal, {
    office: { timeZone: office.timeZone, closesAt: office.closesAt },
    now,
    receivedAt: q.receivedAt ? officeInstant(q.receivedAt, office.timeZone) : undefined,
    extendedOn: q.extendedOn,
    requestSentOn: q.requestSentOn,
    receptionDay: q.receptionDay,
    decisionDay: q.decisionDay,
    control
  });
}
