import { CurrencyPipe } from '@angular/common';
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
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTab, MatTabContent, MatTabGroup } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { UnitActivities } from '../../activities/unit-activities/unit-activities';
import { generalProblemKey } from '../../core/api/api-problem';
import { AuthStore } from '../../core/auth/auth.store';
import { LanguageService } from '../../core/i18n/language-service';
import { SubjectFollowUps } from '../../follow-ups/subject-follow-ups/subject-follow-ups';
import { UnitRequests } from '../../requests/unit-requests/unit-requests';
import { confirmAction } from '../../shared/ui/confirm-dialog/confirm-dialog';
import { HelsinkiTimePipe } from '../../shared/ui/dates/helsinki-time-pipe';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { ContactSection } from '../contacts/contact-section/contact-section';
import { UnitReferenceData, municipalityName } from '../unit-reference-data';
import { UnitStore } from '../unit.store';
import { unitName, unitTypeKey } from '../unit-types';

/** `/units/:id`: a contracting unit's details, its contact persons and (later) its work records. */
@Component({
  selector: 'crm-unit-page',
  templateUrl: './unit-page.html',
  styleUrl: './unit-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ContactSection,
    CurrencyPipe,
    FormMessage,
    HelsinkiTimePipe,
    MatAnchor,
    MatButton,
    MatProgressBar,
    MatTab,
    MatTabContent,
    MatTabGroup,
    RouterLink,
    SubjectFollowUps,
    TranslocoPipe,
    UnitActivities,
    UnitRequests,
  ],
})
export class UnitPage {
  private readonly store = inject(UnitStore);
  private readonly referenceData = inject(UnitReferenceData);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly language = inject(LanguageService).language;
  private readonly role = inject(AuthStore).role;

  /** The `:id` route parameter, bound by the router. */
  readonly id = input.required<string>();

  protected readonly locale = inject(LanguageService).locale;
  protected readonly unit = this.store.unit;
  protected readonly isLoading = this.store.isLoading;
  protected readonly loadProblem = this.store.loadProblem;
  protected readonly regionName = this.referenceData.regionName;
  protected readonly typeKey = unitTypeKey;
  protected readonly statusMessage = signal<FormOutcome | null>(null);
  protected readonly name = computed(() => {
    const unit = this.unit();
    return unit ? unitName(unit, this.language()) : '';
  });
  /** The other-language name, when the unit has one. */
  protected readonly otherName = computed(() => {
    const unit = this.unit();
    if (!unit?.nameSv) {
      return null;
    }
    return this.language() === 'sv' ? unit.nameFi : unit.nameSv;
  });
  /** Whole euros without decimals, otherwise with the cents. */
  protected readonly spendDigits = computed(() => {
    const spend = this.unit()?.estimatedAnnualSpend;
    return spend && !Number.isInteger(Number(spend)) ? '1.2-2' : '1.0-0';
  });
  protected readonly municipality = computed(() => {
    const municipality = this.store.municipality();
    return municipality ? municipalityName(municipality, this.language()) : null;
  });
  protected readonly canEdit = computed(() => {
    const role = this.role();
    return role === 'agent' || role === 'coordinator';
  });
  // Contacts are personal data that ministry users never see (SPEC §2, §7); the API answers them 403.
  protected readonly canSeeContacts = computed(() => {
    const role = this.role();
    return role !== null && role !== 'ministry';
  });
  protected readonly isCoordinator = computed(() => this.role() === 'coordinator');

  constructor() {
    void this.referenceData.loadRegions();
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.statusMessage.set(null);
        void this.store.load(id);
      });
    });
  }

  protected async remove(): Promise<void> {
    const unit = this.unit();
    if (!unit) {
      return;
    }
    const isConfirmed = await confirmAction(this.dialog, {
      titleKey: 'units.page.removeTitle',
      messageKey: 'units.page.removeMessage',
      confirmKey: 'units.page.remove',
      params: { name: this.name() },
    });
    if (!isConfirmed) {
      return;
    }
    this.statusMessage.set(null);
    const result = await this.store.remove(unit.id);
    if (result.problem) {
      this.statusMessage.set({ key: generalProblemKey(result.problem), isError: true });
    } else if (result.isDeactivated) {
      this.statusMessage.set({ key: 'units.page.deactivated', isError: false });
      await this.store.load(unit.id);
    } else {
      this.snackBar.open(this.transloco.translate('units.page.deleted', { name: this.name() }), undefined, {
        duration: 6000,
      });
      void this.router.navigate(['..'], { relativeTo: this.route });
    }
  }

  protected retry(): void {
    void this.store.load(this.id());
  }
}
