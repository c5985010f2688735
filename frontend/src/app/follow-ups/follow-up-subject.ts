import type { FollowUpActivityRefDto } from '../core/api/generated/models/follow-up-activity-ref-dto';
import type { FollowUpDto } from '../core/api/generated/models/follow-up-dto';
import type { FollowUpUnitRefDto } from '../core/api/generated/models/follow-up-unit-ref-dto';
import type { Language } from '../core/i18n/language';

/** A unit's name in the interface language: the Swedish one when the interface is Swedish and it has one. */
export function unitNameIn(unit: FollowUpUnitRefDto, language: Language): string {
  return language === 'sv' && unit.nameSv ? unit.nameSv : unit.nameFi;
}

/** A long note shortened for a button's accessible name ("Mark done: Call the head of…"). */
export function noteSummary(note: string, maxLength = 80): string {
  const line = note.replace(/\s+/g, ' ').trim();
  return line.length <= maxLength ? line : `${line.slice(0, maxLength - 1).trimEnd()}…`;
}

/** What a follow-up is about, as text: "#1042 Title", the unit's name, or "Workshop 15.3.2026". */
export function subjectLabel(
  followUp: FollowUpDto,
  language: Language,
  activityLabel: (activity: FollowUpActivityRefDto) => string,
): string {
  switch (followUp.subjectKind) {
    case 'request':
      return followUp.request ? `#${followUp.request.number} ${followUp.request.title}` : '';
    case 'activity':
      return followUp.activity ? activityLabel(followUp.activity) : '';
    default:
      return followUp.unit ? unitNameIn(followUp.unit, language) : '';
  }
}
