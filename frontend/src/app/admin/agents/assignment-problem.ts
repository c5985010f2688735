import { generalProblemKey } from '../../core/api/api-problem';
import { formatCalendarDate } from '../../core/i18n/date-format';
import type { FormOutcome } from '../../shared/ui/form-message/form-message';
import { ASSIGNMENT_OVERLAP } from '../problem-codes';
import type { AssignmentProblem } from './agent.store';

/** The message for a refused assignment change; an overlap names who covers the region when. */
export function assignmentProblemOutcome(
  { problem, conflict }: AssignmentProblem,
  regionName: (code: string) => string,
  locale: string,
): FormOutcome {
  if (problem.code !== ASSIGNMENT_OVERLAP) {
    return { key: generalProblemKey(problem), isError: true };
  }
  if (!conflict) {
    return { key: 'admin.agent.overlapUnknown', params: { detail: problem.detail ?? '' }, isError: true };
  }
  const params = {
    region: regionName(conflict.regionCode),
    agent: conflict.agentDisplayName,
    from: formatCalendarDate(conflict.validFrom, locale),
    to: formatCalendarDate(conflict.validTo, locale),
  };
  return {
    key: conflict.validTo ? 'admin.agent.overlap' : 'admin.agent.overlapOpenEnded',
    params,
    isError: true,
  };
}
