import type { Db } from '../db/client';
import type { QueueEvent } from './contract';

/** What every service needs from the outside world; tests pass their own. */
export interface Ctx {
  db: Db;
  now: () => Date;
  /** Delivers events after their transaction committed. */
  publish: (event: QueueEvent) => void;
}
