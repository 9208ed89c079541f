import { ISSUERS } from './sources';
import { executedOnTime } from './terms';

/**
 * What became of assignments under control in a period (000 ¶185: the quarterly report's columns)
 * and the reception rooms' lines per official (003 ¶40): counted once here for the reports and the
 * statistics pages alike. Pure: the services pass the rows in.
 */

export interface ReportAssignment {
  issuer: string;
  deadline: string;
  givenOn: string;
  state: string;
  reportedOn: string | null;
  removedOn: string | null;
  extensions: number;
}

/** What became of assignments under control in a period: the quarterly report's columns (000 ¶185). */
export interface ControlCounts {
  total: number;
  removed: number;
  onTime: number;
  late: number;
  inWork: number;
  overdue: number;
  extended: number;
}

export interface SourceLine extends ControlCounts {
  issuer: string;
}

export const noCounts = (): ControlCounts => ({
  total: 0,
  removed: 0,
  onTime: 0,
  late: 0,
  inWork: 0,
  overdue: 0,
  extended: 0
});

/**
 * Counts for the assignments under control at some point of the period [from, to], grouped by
 * `keyOf` (a source, a unit, a month); groups named in `keys` are listed even when empty.
 */
export function controlLines<A extends ReportAssignment, K>(
  rows: readonly A[],
  from: string,
  to: string,
  keyOf: (a: A) => K,
  keys: readonly K[] = []
): Map<K, ControlCounts> {
  const lines = new Map<K, ControlCounts>(keys.map((k) => [k, noCounts()]));
  for (const a of rows) {
    if (a.state === 'INFO' || a.givenOn > to || (a.removedOn !== null && a.removedOn < from)) continue;
    const key = keyOf(a);
    let l = lines.get(key);
    if (!l) {
      if (keys.length) continue;
      lines.set(key, (l = noCounts()));
    }
    l.total++;
    if (a.extensions > 0) l.extended++;
    if (a.removedOn !== null && a.removedOn <= to) l.removed++;
    if (a.reportedOn !== null && a.reportedOn <= to) {
      if (executedOnTime(a)) l.onTime++;
      else l.late++;
    } else if (a.deadline < to) l.overdue++;
    else l.inWork++;
  }
  return lines;
}

/** The quarterly report by source (000 ¶185): every issuer of the regulation, in its order. */
export function bySource(rows: readonly ReportAssignment[], from: string, to: string): SourceLine[] {
  return [...controlLines(rows, from, to, (a) => a.issuer, ISSUERS)].map(([issuer, l]) => ({ issuer, ...l }));
}

export interface OfficialLine {
  officialId: number;
  official: string;
  sessions: number;
  applicants: number;
  decisions: number;
  assignments: number;
  onTime: number;
  overdue: number;
  /** Average rating where the survey recorded one; null when none was recorded. */
  satisfaction: number | null;
}
