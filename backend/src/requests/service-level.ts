import {
  dueAfterBusinessDays,
  endOfHelsinkiDay,
  nthBusinessDayAfter,
} from '../service-levels/business-calendar';
import { helsinkiDate } from '../common/time/helsinki-date';

export const SERVICE_LEVEL_STATES = ['onTrack', 'atRisk', 'breached', 'met', 'metLate'] as const;
export type ServiceLevelState = (typeof SERVICE_LEVEL_STATES)[number];

export interface ServiceLevel {
  readonly dueAt: Date;
  readonly state: ServiceLevelState;
}

/**
 * The state of one service level: met (on time or late) once done; otherwise breached past the due instant,
 * at risk on its last business day (less than one business day left), on track before.
 */
export function serviceLevelState(dueAt: Date, doneAt: Date | null, now: Date): ServiceLevelState {
  if (doneAt) {
    return doneAt <= dueAt ? 'met' : 'metLate';
  }
  if (now >= dueAt) {
    return 'breached';
  }
  // The due instant is the end of a business day; the last business day starts when the previous day ends.
  const lastDayStarts = new Date(dueAt.getTime() - 1);
  return helsinkiDate(now) === helsinkiDate(lastDayStarts) ? 'atRisk' : 'onTrack';
}

export interface ServiceLevelInput {
  readonly submittedAt: Date;
  readonly firstRespondedAt: Date | null;
  readonly resolvedAt: Date | null;
  /** Business days spent waiting for the unit: the resolution clock does not run then. */
  readonly pausedBusinessDays: number;
  readonly firstResponseBusinessDays: number;
  readonly resolutionBusinessDays: number;
  readonly now: Date;
}

/** First response and resolution due instants and states of a request (SPEC §4). */
export function serviceLevels(input: ServiceLevelInput): {
  firstResponse: ServiceLevel;
  resolution: ServiceLevel;
} {
  const firstResponseDue = dueAfterBusinessDays(input.submittedAt, input.firstResponseBusinessDays);
  const resolutionDue = endOfHelsinkiDay(
    nthBusinessDayAfter(input.submittedAt, input.resolutionBusinessDays + input.pausedBusinessDays),
  );
  return {
    firstResponse: {
      dueAt: firstResponseDue,
      state: serviceLevelState(firstResponseDue, input.firstRespondedAt, input.now),
    },
    resolution: {
      dueAt: resolutionDue,
      state: serviceLevelState(resolutionDue, input.resolvedAt, input.now),
    },
  };
}
