/**
 * The statistics capability's front door (issue 23): the hall's figures for a period, read from
 * daily roll-ups (rollup.ts) held to the definitions in rules/.
 */
export * from './rules/summary';
export * from './rules/hall';
export * from './rules/rollup';
export { hallQuery, hallStatistics, type HallQuery, type HallView } from './hall-view';
export { rollUpClosedDays, rollUpPeriod, visitsOfDay } from './rollup';
export { hallReport } from './report';
export { liveHall, type LiveHall } from './live-hall';
export { periodQuery, type Period } from './period';
export { receptionQuery, receptionStatistics, type ReceptionQuery, type ReceptionView } from './reception-view';
export { controlQuery, controlStatistics, type ControlQuery, type ControlView } from './control-view';
export { receptionReport, controlReport } from './records-report';
