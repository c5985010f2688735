import type { ComponentType } from '@angular/cdk/portal';
import { Injectable, computed, inject, signal } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Api } from '../../core/api/generated/api';
import { activitiesList } from '../../core/api/generated/fn/activities/activities-list';
import { requestsGet } from '../../core/api/generated/fn/requests/requests-get';
import type { ActivityDto } from '../../core/api/generated/models/activity-dto';
import type { ActivityRequestRefDto } from '../../core/api/generated/models/activity-request-ref-dto';
import type { ActivityUnitDto } from '../../core/api/generated/models/activity-unit-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { loadActivitiesTranslations } from '../activities-translations';
import { DEFAULT_ACTIVITY_TYPE, DEFAULT_DURATION_MINUTES, type ActivityType } from '../activity-options';
import { ActivityReferenceData } from '../activity-reference-data';
import { TODAY } from '../today';
import type { QuickLogDialog, QuickLogDialogData, QuickLogOutcome } from './quick-log-dialog';
import type { QuickLogValues } from './quick-log-form';

/** What the dialog starts with besides its defaults. */
export interface QuickLogPrefill {
  /** The units reached (a unit's page names its unit). */
  unitIds?: readonly string[];
  /** A linked request (a request's page names its request). */
  requestId?: string;
  /** The linked request's number and title, when the caller has them; otherwise they are loaded. */
  request?: ActivityRequestRefDto;
  /** "Log again": the type, length, units and themes of this entry, on today's date. */
  from?: ActivityDto;
}

interface LastUsed {
  type: ActivityType;
  durationMinutes: number;
}

/** Snack bar messages stay long enough to be read, also by screen reader users. */
const SNACK_BAR_DURATION_MS = 6000;

export const QUICK_LOG_DIALOG_SIZE = {
  width: 'min(720px, calc(100vw - 16px))',
  maxWidth: 'calc(100vw - 16px)',
  maxHeight: 'calc(100dvh - 16px)',
} as const;

/**
 * Opens the quick-log dialog from anywhere (the header button, Alt+L, a unit's or a request's page, the log
 * itself). The dialog's code and texts load on first use.
 */
@Injectable({ providedIn: 'root' })
export class QuickLog {
  private readonly api = inject(Api);
  private readonly authStore = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly referenceData = inject(ActivityReferenceData);
  private readonly today = inject(TODAY);
  private readonly savedCount = signal(0);
  private lastUsed: LastUsed | null = null;
  private isOpening = false;

  /** Agents and coordinators keep an advice log; the API refuses everybody else. */
  readonly isAvailable = computed(() => this.authStore.hasRole('agent', 'coordinator'));
  /** Goes up whenever an activity is logged or changed through the dialog: lists showing activities reload. */
  readonly changes = this.savedCount.asReadonly();

  /** Logs a new activity; resolves with it, or null when cancelled (or another dialog is open). */
  async open(prefill: QuickLogPrefill = {}): Promise<ActivityDto | null> {
    const user = this.authStore.user();
    if (!user || !this.isAvailable() || this.isOpening || this.dialog.openDialogs.length > 0) {
      return null;
    }
    this.isOpening = true;
    try {
      const from = prefill.from;
      const [component, lastUsed, units, request] = await Promise.all([
        this.loadDialog(),
        from ? Promise.resolve(from) : this.loadLastUsed(),
        from ? Promise.resolve(from.units) : this.loadUnits(prefill.unitIds ?? []),
        this.loadRequest(prefill),
      ]);
      const initial: QuickLogValues = {
        agentUserId: user.id,
        date: this.today(),
        type: lastUsed.type,
        durationMinutes: lastUsed.durationMinutes,
        units,
        participantCount: null,
        themeCodes: from?.themeCodes ?? [],
        request,
        note: '',
        followUpIn: 'none',
        followUpNote: this.transloco.translate('activities.quickLog.followUpNoteDefault'),
      };
      const outcome = await this.openDialog(component, {
        activity: null,
        initial,
        caller: { id: user.id, name: user.displayName },
        canChooseAgent: user.role === 'coordinator',
      });
      if (!outcome?.activity) {
        return null;
      }
      this.lastUsed = { type: outcome.activity.type, durationMinutes: outcome.activity.durationMinutes };
      this.savedCount.update((count) => count + 1);
      this.announce(
        outcome.followUp === 'added'
          ? 'activities.quickLog.loggedWithFollowUp'
          : outcome.followUp === 'failed'
            ? 'activities.quickLog.followUpFailed'
            : 'activities.quickLog.logged',
      );
      return outcome.activity;
    } finally {
      this.isOpening = false;
    }
  }

  /** Edits an activity; resolves with the outcome, or null when cancelled. */
  async edit(activity: ActivityDto): Promise<QuickLogOutcome | null> {
    const user = this.authStore.user();
    if (!user || !this.isAvailable() || this.isOpening || this.dialog.openDialogs.length > 0) {
      return null;
    }
    this.isOpening = true;
    try {
      const component = await this.loadDialog();
      const outcome = await this.openDialog(component, {
        activity,
        initial: {
          agentUserId: activity.agentUserId,
          date: activity.date,
          type: activity.type,
          durationMinutes: activity.durationMinutes,
          units: activity.units,
          participantCount: activity.participantCount,
          themeCodes: activity.themeCodes,
          request: activity.request,
          note: activity.note ?? '',
          followUpIn: 'none',
          followUpNote: '',
        },
        caller: { id: user.id, name: user.displayName },
        canChooseAgent: false,
      });
      if (outcome?.activity) {
        this.savedCount.update((count) => count + 1);
        this.announce('activities.quickLog.updated');
      }
      return outcome ?? null;
    } finally {
      this.isOpening = false;
    }
  }

  private async loadDialog(): Promise<ComponentType<QuickLogDialog>> {
    const [module] = await Promise.all([
      import('./quick-log-dialog'),
      firstValueFrom(loadActivitiesTranslations(this.transloco)),
    ]);
    return module.QuickLogDialog;
  }

  private async openDialog(
    component: ComponentType<QuickLogDialog>,
    data: QuickLogDialogData,
  ): Promise<QuickLogOutcome | undefined> {
    const reference = this.dialog.open<QuickLogDialog, QuickLogDialogData, QuickLogOutcome>(component, {
      data,
      // The keyboard starts at the date also for coordinators, whose choice of agent (usually themselves)
      // is above it.
      autoFocus: 'input.quick-log-date',
      ...QUICK_LOG_DIALOG_SIZE,
    });
    return firstValueFrom(reference.afterClosed());
  }

  /** The type and length of the caller's last entry: most entries are like the one before. */
  private async loadLastUsed(): Promise<LastUsed> {
    if (!this.lastUsed) {
      try {
        const page = await firstValueFrom(
          this.api.invoke(activitiesList, { mine: true, pageSize: 1, sort: '-createdAt' }),
        );
        const [last] = page.items;
        this.lastUsed = last
          ? { type: last.type, durationMinutes: last.durationMinutes }
          : { type: DEFAULT_ACTIVITY_TYPE, durationMinutes: DEFAULT_DURATION_MINUTES };
      } catch {
        // The usual defaults do; the next opening asks again.
        return { type: DEFAULT_ACTIVITY_TYPE, durationMinutes: DEFAULT_DURATION_MINUTES };
      }
    }
    return this.lastUsed;
  }

  private async loadUnits(ids: readonly string[]): Promise<readonly ActivityUnitDto[]> {
    const units = await Promise.all(ids.map((id) => this.referenceData.unit(id)));
    return units.filter((unit): unit is ActivityUnitDto => unit !== null);
  }

  private async loadRequest(prefill: QuickLogPrefill): Promise<ActivityRequestRefDto | null> {
    if (prefill.from || !prefill.requestId) {
      return null;
    }
    if (prefill.request?.id === prefill.requestId) {
      return prefill.request;
    }
    try {
      const request = await firstValueFrom(this.api.invoke(requestsGet, { id: prefill.requestId }));
      return { id: request.id, number: request.number, title: request.title };
    } catch {
      return null;
    }
  }

  private announce(key: string): void {
    this.snackBar.open(this.transloco.translate(key), undefined, { duration: SNACK_BAR_DURATION_MS });
  }
}
