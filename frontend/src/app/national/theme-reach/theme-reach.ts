import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReachByThemeDto } from '../../core/api/generated/models/reach-by-theme-dto';
import { LanguageService } from '../../core/i18n/language-service';
import { formatNumber, formatShare } from '../coverage-format';

/** Reach by theme, most reached first: units reached (and their share of active units), activities, requests. */
@Component({
  selector: 'crm-theme-reach',
  templateUrl: './theme-reach.html',
  styleUrl: '../reach-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class ThemeReach {
  private readonly language = inject(LanguageService);

  readonly rows = input.required<readonly ReachByThemeDto[]>();
  /** Active units of the nation or region: what a theme's reach is a share of. */
  readonly activeUnits = input.required<number>();

  protected readonly views = computed(() => {
    const locale = this.language.locale();
    const language = this.language.language();
    const activeUnits = this.activeUnits();
    return [...this.rows()]
      .sort((first, second) => second.reachedUnits - first.reachedUnits)
      .map((row) => {
        const share = activeUnits === 0 ? null : row.reachedUnits / activeUnits;
        return {
          code: row.themeCode,
          label: row.labels[language],
          reached: formatNumber(row.reachedUnits, locale),
          share: formatShare(share, locale),
          barPercent: Math.min(100, (share ?? 0) * 100),
          activities: formatNumber(row.activities, locale),
          requestsReceived: formatNumber(row.requestsReceived, locale),
        };
      });
  });
}
