/**
 * The life of an assignment (docs/control.md):
 *
 *   OPEN ──report──▶ REPORTED ──requestRemoval──▶ REMOVAL_REQUESTED ──grant──▶ REMOVED
 *     ▲  ◀──returnReport──┘  ▲                          │
 *     └──────────────────────┴──────────refuse──────────┘ (back to where it was)
 *   OPEN ──requestRemoval (impossible / duplicate / not relevant)──▶ REMOVAL_REQUESTED
 *   OPEN ◀──mark──▶ INFO («назарға алынды»: not on control, 000 ¶178)
 *
 * Extensions and redirects change the deadline or the executor, not the state.
 */
export const ASSIGNMENT_STATES = ['OPEN', 'REPORTED', 'REMOVAL_REQUESTED', 'REMOVED', 'INFO'] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

export type AssignmentAction =
  | 'report'
  | 'returnReport'
  | 'requestRemoval'
  | 'grantRemoval'
  | 'refuseRemoval'
  | 'requestExtension'
  | 'requestRedirect'
  | 'addPart'
  | 'takeOffControl'
  | 'putOnControl'
  | 'edit';

const FROM: Record<AssignmentAction, readonly AssignmentState[]> = {
  report: ['OPEN', 'REPORTED'],
  returnReport: ['REPORTED'],
  requestRemoval: ['OPEN', 'REPORTED'],
  grantRemoval: ['REMOVAL_REQUESTED'],
  refuseRemoval: ['REMOVAL_REQUESTED'],
  requestExtension: ['OPEN'],
  requestRedirect: ['OPEN'],
  addPart: ['OPEN'],
  takeOffControl: ['OPEN'],
  putOnControl: ['INFO'],
  edit: ['OPEN', 'INFO']
};

export function isAssignmentState(v: unknown): v is AssignmentState {
  return typeof v === 'string' && (ASSIGNMENT_STATES as readonly string[]).includes(v);
}

export function canDo(state: string, action: AssignmentAction): boolean {
  return (FROM[action] as readonly string[]).includes(state);
}

/** The state after an action, or null when the action is not possible in this state. */
export function nextState(
  state: string,
  action: AssignmentAction,
  a: { reportedOn: string | null } = { reportedOn: null }
): AssignmentState | null {
  if (!canDo(state, action)) return null;
  switch (action) {
    case 'report':
      return 'REPORTED';
    case 'returnReport':
      return 'OPEN';
    case 'requestRemoval':
      return 'REMOVAL_REQUESTED';
    case 'grantRemoval':
      return 'REMOVED';
    case 'refuseRemoval':
      return a.reportedOn ? 'REPORTED' : 'OPEN';
    case 'takeOffControl':
      return 'INFO';
    case 'putOnControl':
      return 'OPEN';
    default:
      return state as AssignmentState;
  }
}

/** Still under control: counted in the register's lights and reminded about. */
export function isLive(state: string): boolean {
  return state === 'OPEN' || state === 'REPORTED' || state === 'REMOVAL_REQUESTED';
}
