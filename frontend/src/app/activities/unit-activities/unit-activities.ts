import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, provideTranslocoScope } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Api } from '../../core/api/generated/api';
import { activitiesList } from '../../core/api/generated/fn/activities/activities-list';
import type { ActivityDto } from '../../core/api/generated/models/activity-dto';
import { LanguageService } from '../../core/i18n/language-service';
import { CalendarDatePipe } from '../../shared/ui/dates/calendar-date-pipe';
import { ACTIVITIES_SCOPE } from '../activities-translations';
import { ActivityReferenceData, activityUnitName } from '../activity-reference-data';
import { LogActivityButton } from '../quick-log/log-activity-button';
import { QuickLog } from '../quick-log/quick-log';

/** Entries loaded at a time; "Show more" adds the next ones. */
export const UNIT_ACTIVITIES_PAGE_SIZE = 10;

interface UnitActivitiesState {
  items: readonly ActivityDto[];
  total: number;
  /** The last page loaded (1-based). */
  page: number;
  isLoading: boolean;
  hasError: boolean;
}

const EMPTY: UnitActivitiesState = { items: [], total: 0, page: 0, isLoading: false, hasError: false };

/**
 * The advice given to one contracting unit, newest first, for the unit's page (a tab of the units
 * feature), with "Log activity" for the unit. It brings its own translations, as the units pages do not
 * load this feature's. Agents and coordinators only: the API refuses everybody else.
 */
@Component({
  selector: 'crm-unit-activities',
  templateUrl: './unit-activities.html',
  styleUrl: './unit-activities.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(ACTIVITIES_SCOPE)],
  imports: [CalendarDatePipe, LogActivityButton, MatButton, MatProgressBar, RouterLink, TranslocoPipe],
})
export class UnitActivities {
  private readonly api = inject(Api);
  private readonly quickLog = inject(QuickLog);
  private readonly referenceData = inject(ActivityReferenceData);
  private readonly language = inject(LanguageService).language;
  private loadCount = 0;
  private seenChanges = this.quickLog.changes();

  readonly unitId = input.required<string>();

  protected readonly locale = inject(LanguageService).locale;
  protected readonly canSee = this.quickLog.isAvailable;
  protected readonly state = signal<UnitActivitiesState>(EMPTY);
  protected readonly hasMore = computed(() => this.state().total > this.state().items.length);
  protected readonly unitIds = computed(() => [this.unitId()]);
  protected readonly themeNames = computed(() => {
    const name = this.referenceData.themeName();
    return (activity: ActivityDto): string => activity.themeCodes.map(name).join(', ');
  });
  /** The other units an entry reached besides this one (a workshop reaches many). */
  protected readonly otherUnits = computed(() => {
    const language = this.language();
    const unitId = this.unitId();
    return (activity: ActivityDto): string =>
      activity.units
        .filter((unit) => unit.id !== unitId)
        .map((unit) => activityUnitName(unit, language))
        .join(', ');
  });

  constructor() {
    void this.referenceData.loadThemes();
    effect(() => {
      const unitId = this.unitId();
      if (this.canSee()) {
        untracked(() => void this.load(unitId, 1));
      }
    });
    // An entry logged anywhere (this tab's button, the header's, Alt+L) may be about this unit.
    effect(() => {
      const changes = this.quickLog.changes();
      if (changes !== this.seenChanges && this.canSee()) {
        this.seenChanges = changes;
        untracked(() => void this.load(this.unitId(), 1));
      }
    });
  }

  protected showMore(): void {
    void this.load(this.unitId(), this.state().page + 1);
  }

  protected retry(): void {
    const { page } = this.state();
    void this.load(this.unitId(), Math.max(page, 0) + 1);
  }

  private async load(unitId: string, page: number): Promise<void> {
    const current = ++this.loadCount;
    this.state.update((state) => ({
      ...(page === 1 ? { ...EMPTY, items: state.items, total: state.total } : state),
      isLoading: true,
      hasError: false,
    }));
    try {
      const result = await firstValueFrom(
        this.api.invoke(activitiesList, { unitId, page, pageSize: UNIT_ACTIVITIES_PAGE_SIZE }),
      );
      if (current === this.loadCount) {
        this.state.update((state) => ({
          items: page === 1 ? result.items : [...state.items, ...result.items],
          total: result.total,
          page,
          isLoading: false,
          hasError: false,
        }));
      }
    } catch {
      if (current === this.loadCount) {
        this.state.update((state) => ({ ...state, isLoading: false, hasError: true }));
      }
    }
  }
}
