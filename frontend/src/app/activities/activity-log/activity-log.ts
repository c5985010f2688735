import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTooltip } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { map } from 'rxjs';
import { generalProblemKey } from '../../core/api/api-problem';
import type { ActivityDto } from '../../core/api/generated/models/activity-dto';
import type { ActivityUnitDto } from '../../core/api/generated/models/activity-unit-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { formatCalendarDate } from '../../core/i18n/date-format';
import { LanguageService } from '../../core/i18n/language-service';
import { confirmAction } from '../../shared/ui/confirm-dialog/confirm-dialog';
import { CalendarDatePipe } from '../../shared/ui/dates/calendar-date-pipe';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { ActivitiesStore } from '../activities.store';
import { Icon } from '../../shared/ui/icon/icon';
import {
  type ActivityListQuery,
  type ActivityOwner,
  DEFAULT_ACTIVITY_QUERY,
  PAGE_SIZES,
  hasFilters,
} from '../activity-list-query';
import { ACTIVITY_TYPES, isActivityType } from '../activity-options';
import { ActivityReferenceData, activityUnitName } from '../activity-reference-data';
import { ActivityTotals } from '../activity-totals/activity-totals';
import { QuickLog } from '../quick-log/quick-log';
import { ActivityUnitPicker } from '../unit-picker/activity-unit-picker';

const PHONE_QUERY = '(max-width: 599.98px)';
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `/activities`: the advice log. Totals at the top (this month's hours; the figures of the filtered
 * entries), filters kept in the address (whose, dates, types, theme, unit), the entries newest first, and
 * per entry: log again, edit and delete.
 */
@Component({
  selector: 'crm-activity-log',
  templateUrl: './activity-log.html',
  styleUrl: './activity-log.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // A fresh log on every visit, so that entries changed meanwhile are shown as they are now.
  providers: [ActivitiesStore],
  imports: [
    Icon,
    ActivityTotals,
    ActivityUnitPicker,
    CalendarDatePipe,
    FormMessage,
    MatButton,
    MatFormField,
    MatIconButton,
    MatInput,
    MatLabel,
    MatOption,
    MatPaginator,
    MatProgressBar,
    MatSelect,
    MatTooltip,
    NgTemplateOutlet,
    RouterLink,
    TranslocoPipe,
  ],
})
export class ActivityLog {
  private readonly store = inject(ActivitiesStore);
  private readonly referenceData = inject(ActivityReferenceData);
  private readonly quickLog = inject(QuickLog);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;
  private readonly role = inject(AuthStore).role;
  private readonly queryParams = toSignal(this.route.queryParamMap);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private seenChanges = this.quickLog.changes();

  protected readonly locale = inject(LanguageService).locale;
  protected readonly isPhone = toSignal(
    inject(BreakpointObserver)
      .observe(PHONE_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly types = ACTIVITY_TYPES;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly themeOptions = this.referenceData.themeOptions;
  protected readonly themeName = this.referenceData.themeName;
  protected readonly agentOptions = this.referenceData.agentOptions;
  protected readonly query = this.store.query;
  protected readonly items = this.store.items;
  protected readonly total = this.store.total;
  protected readonly isLoading = this.store.isLoading;
  protected readonly hasError = this.store.hasError;
  protected readonly summary = this.store.summary;
  protected readonly month = this.store.month;
  protected readonly isCoordinator = computed(() => this.role() === 'coordinator');
  protected readonly statusMessage = signal<FormOutcome | null>(null);
  protected readonly hasFilters = computed(() => hasFilters(this.query()));
  /** The owner filter as the select holds it: "mine", "all" or an agent's id. */
  protected readonly ownerValue = computed(() => {
    const owner = this.query().owner;
    return typeof owner === 'string' ? owner : owner.agentUserId;
  });
  protected readonly isOthersWork = computed(() => this.query().owner !== 'mine');
  protected readonly ownerKey = computed(() => {
    const owner = this.query().owner;
    if (owner === 'mine') {
      return 'activities.totals.mine';
    }
    return owner === 'all'
      ? this.isCoordinator()
        ? 'activities.totals.all'
        : 'activities.totals.allRegions'
      : 'activities.totals.agent';
  });
  protected readonly unit = new FormControl<readonly ActivityUnitDto[]>([], { nonNullable: true });
  protected readonly unitName = computed(() => {
    const language = this.language();
    return (unit: ActivityUnitDto): string => activityUnitName(unit, language);
  });
  protected readonly themeNames = computed(() => {
    const name = this.themeName();
    return (activity: ActivityDto): string => activity.themeCodes.map(name).join(', ');
  });

  constructor() {
    void this.referenceData.loadThemes();
    effect(() => {
      if (this.isCoordinator()) {
        untracked(() => void this.referenceData.loadAgents());
      }
    });
    effect(() => {
      const params = this.queryParams();
      if (!params) {
        return;
      }
      untracked(() => {
        this.store.applyUrl(params);
        void this.showUnit(this.store.query().unitId);
      });
    });
    // An entry logged or changed anywhere (the header's button, Alt+L, this page) shows at once.
    effect(() => {
      const changes = this.quickLog.changes();
      if (changes !== this.seenChanges) {
        this.seenChanges = changes;
        untracked(() => this.store.refresh());
      }
    });
    // A page past the end (the last entry of the last page deleted, an old link): show the last page.
    effect(() => {
      const { page, pageSize } = this.query();
      const total = this.total();
      if (!this.isLoading() && !this.hasError() && this.items().length === 0 && total > 0 && page > 1) {
        untracked(() => this.navigate({ page: Math.ceil(total / pageSize) }, true));
      }
    });
    this.unit.valueChanges.pipe(takeUntilDestroyed()).subscribe((units) => {
      const unitId = units[0]?.id ?? null;
      if (unitId !== this.store.query().unitId) {
        this.navigate({ unitId });
      }
    });
  }

  protected setOwner(value: unknown): void {
    let owner: ActivityOwner = 'mine';
    if (value === 'all') {
      owner = 'all';
    } else if (typeof value === 'string' && UUID.test(value)) {
      owner = { agentUserId: value };
    }
    this.navigate({ owner });
  }

  protected setDate(bound: 'from' | 'to', value: string): void {
    this.navigate({ [bound]: CALENDAR_DATE.test(value) ? value : null });
  }

  protected setTypes(value: unknown): void {
    const chosen = Array.isArray(value) ? value.filter(isActivityType) : [];
    this.navigate({ types: ACTIVITY_TYPES.filter((type) => chosen.includes(type)) });
  }

  protected setTheme(value: unknown): void {
    this.navigate({ themeCode: typeof value === 'string' && value !== '' ? value : null });
  }

  protected clearFilters(): void {
    this.navigate({ ...DEFAULT_ACTIVITY_QUERY, owner: this.query().owner, pageSize: this.query().pageSize });
  }

  protected page(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected retry(): void {
    this.store.refresh();
  }

  protected logNew(): void {
    this.statusMessage.set(null);
    void this.quickLog.open();
  }

  protected logAgain(activity: ActivityDto): void {
    this.statusMessage.set(null);
    void this.quickLog.open({ from: activity });
  }

  protected async edit(activity: ActivityDto): Promise<void> {
    this.statusMessage.set(null);
    const outcome = await this.quickLog.edit(activity);
    if (outcome?.conflict) {
      this.statusMessage.set({
        key: outcome.conflict.status === 404 ? 'activities.log.gone' : 'activities.log.stale',
        isError: true,
      });
      this.store.refresh();
    }
  }

  protected async remove(activity: ActivityDto): Promise<void> {
    this.statusMessage.set(null);
    const params = this.describe(activity);
    const isConfirmed = await confirmAction(this.dialog, {
      titleKey: 'activities.log.deleteTitle',
      messageKey: 'activities.log.deleteMessage',
      confirmKey: 'activities.log.delete',
      params,
    });
    if (!isConfirmed) {
      return;
    }
    const problem = await this.store.remove(activity);
    this.statusMessage.set(
      problem
        ? { key: generalProblemKey(problem), isError: true }
        : { key: 'activities.log.deleted', params, isError: false },
    );
    // The entry's buttons are gone with it: the focus goes to the page's heading instead of being lost.
    this.heading().nativeElement.focus();
  }

  /** The entry as the confirmation and messages name it: its date and type. */
  private describe(activity: ActivityDto): { date: string; type: string } {
    return {
      date: formatCalendarDate(activity.date, this.locale()),
      type: this.transloco.translate(`activities.type.${activity.type}`),
    };
  }

  /** Names the unit of the unit filter in its field, or empties the field when there is none. */
  private async showUnit(unitId: string | null): Promise<void> {
    const shown = this.unit.value[0]?.id ?? null;
    if (unitId === shown) {
      return;
    }
    if (unitId === null) {
      this.unit.setValue([]);
      return;
    }
    const unit = await this.referenceData.unit(unitId);
    if (unit && this.store.query().unitId === unitId) {
      this.unit.setValue([unit]);
    }
  }

  private navigate(changes: Partial<ActivityListQuery>, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: this.store.urlParams(changes),
      replaceUrl,
    });
  }
}
