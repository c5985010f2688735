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
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, provideTranslocoScope } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Api } from '../../core/api/generated/api';
import { requestsList } from '../../core/api/generated/fn/requests/requests-list';
import type { RequestListItemDto } from '../../core/api/generated/models/request-list-item-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { LanguageService } from '../../core/i18n/language-service';
import { HelsinkiTimePipe } from '../../shared/ui/dates/helsinki-time-pipe';
import { RequestStatusBadge } from '../request-status-badge/request-status-badge';
import { REQUESTS_SCOPE } from '../requests-translations';

/** The newest requests shown on a unit's page; the requests list has them all. */
export const UNIT_REQUESTS_SHOWN = 10;

interface UnitRequestsState {
  items: readonly RequestListItemDto[];
  total: number;
  isLoading: boolean;
  hasError: boolean;
}

/**
 * The support requests of one contracting unit, newest first, for the unit's page (a tab of the units
 * feature). It brings its own translations, as the units pages do not load this feature's.
 */
@Component({
  selector: 'crm-unit-requests',
  templateUrl: './unit-requests.html',
  styleUrl: './unit-requests.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(REQUESTS_SCOPE)],
  imports: [
    HelsinkiTimePipe,
    MatAnchor,
    MatButton,
    MatProgressBar,
    RequestStatusBadge,
    RouterLink,
    TranslocoPipe,
  ],
})
export class UnitRequests {
  private readonly api = inject(Api);
  private readonly user = inject(AuthStore).user;
  private loadCount = 0;

  readonly unitId = input.required<string>();
  /** The unit's region: an agent makes requests only for units of their own regions. */
  readonly regionCode = input<string | null>(null);

  protected readonly locale = inject(LanguageService).locale;
  protected readonly state = signal<UnitRequestsState>({
    items: [],
    total: 0,
    isLoading: false,
    hasError: false,
  });
  // Ministry users see no individual request (SPEC §2); the API answers them 403.
  protected readonly canSeeRequests = computed(() => {
    const role = this.user()?.role;
    return role === 'agent' || role === 'coordinator' || role === 'unit';
  });
  protected readonly canCreate = computed(() => {
    const user = this.user();
    const regionCode = this.regionCode();
    switch (user?.role) {
      case 'coordinator':
        return true;
      case 'agent':
        return regionCode === null || (user.agent?.regionCodes ?? []).includes(regionCode);
      case 'unit':
        return user.unit?.id === this.unitId();
      default:
        return false;
    }
  });
  protected readonly hasMore = computed(() => this.state().total > this.state().items.length);

  constructor() {
    effect(() => {
      const unitId = this.unitId();
      if (this.canSeeRequests()) {
        untracked(() => void this.load(unitId));
      }
    });
  }

  protected retry(): void {
    void this.load(this.unitId());
  }

  private async load(unitId: string): Promise<void> {
    const current = ++this.loadCount;
    this.state.update((state) => ({ ...state, isLoading: true, hasError: false }));
    try {
      const page = await firstValueFrom(
        this.api.invoke(requestsList, { unitId, pageSize: UNIT_REQUESTS_SHOWN, sort: '-submittedAt' }),
      );
      if (current === this.loadCount) {
        this.state.set({ items: page.items, total: page.total, isLoading: false, hasError: false });
      }
    } catch {
      if (current === this.loadCount) {
        this.state.set({ items: [], total: 0, isLoading: false, hasError: true });
      }
    }
  }
}
