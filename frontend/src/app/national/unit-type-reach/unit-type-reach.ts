import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReachByUnitTypeDto } from '../../core/api/generated/models/reach-by-unit-type-dto';
import { LanguageService } from '../../core/i18n/language-service';
import { formatNumber, formatShare } from '../coverage-format';

/** The unit types the API reports (the units feature's list, SPEC §3), for their names' translations. */
export const COVERAGE_UNIT_TYPES = [
  'municipality',
  'wellbeing_services_county',
  'joint_municipal_authority',
  'state_agency',
  'municipal_company',
  'university_or_public_body',
  'other',
] as const;

/** Reach by type of contracting unit: reached of active units, as figures and a bar. */
@Component({
  selector: 'crm-unit-type-reach',
  templateUrl: './unit-type-reach.html',
  styleUrl: '../reach-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class UnitTypeReach {
  private readonly locale = inject(LanguageService).locale;

  readonly rows = input.required<readonly ReachByUnitTypeDto[]>();

  protected readonly views = computed(() => {
    const locale = this.locale();
    return this.rows().map((row) => {
      const share = row.activeUnits === 0 ? null : row.reachedUnits / row.activeUnits;
      return {
        type: row.type,
        reached: formatNumber(row.reachedUnits, locale),
        active: formatNumber(row.activeUnits, locale),
        share: formatShare(share, locale),
        barPercent: (share ?? 0) * 100,
      };
    });
  });
}
