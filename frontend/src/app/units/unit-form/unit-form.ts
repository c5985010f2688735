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
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged, map, switchMap } from 'rxjs';
import { type ApiProblem, generalProblemKey } from '../../core/api/api-problem';
import type { CreateUnitDto } from '../../core/api/generated/models/create-unit-dto';
import type { MunicipalityDto } from '../../core/api/generated/models/municipality-dto';
import type { UnitDto } from '../../core/api/generated/models/unit-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { applyServerErrors, setControlError } from '../../core/forms/server-errors';
import { LanguageService } from '../../core/i18n/language-service';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { formatEuroAmountForInput, parseEuroAmount } from '../euro-amount';
import { UnitFieldError } from '../unit-field-error/unit-field-error';
import { BUSINESS_ID_TAKEN_ERROR } from '../unit-field-error/unit-field-error-message';
import { BUSINESS_ID_TAKEN, STALE_VERSION, existingUnitIdOf } from '../unit-problems';
import { UnitReferenceData, municipalityName } from '../unit-reference-data';
import { UnitStore } from '../unit.store';
import { UNIT_TYPES, type UnitType, unitName, unitTypeKey } from '../unit-types';
import {
  type MunicipalityChoice,
  businessIdFormatValidator,
  euroAmountValidator,
  municipalityChosenValidator,
  websiteValidator,
} from './unit-form-validators';

const MUNICIPALITY_SEARCH_DEBOUNCE_MS = 200;

/** `/units/new` and `/units/:id/edit`: a contracting unit's details. */
@Component({
  selector: 'crm-unit-form',
  templateUrl: './unit-form.html',
  styleUrl: './unit-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormMessage,
    MatAnchor,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    MatSlideToggle,
    MatSuffix,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    UnitFieldError,
  ],
})
export class UnitForm {
  private readonly store = inject(UnitStore);
  private readonly referenceData = inject(UnitReferenceData);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly language = inject(LanguageService).language;
  private readonly user = inject(AuthStore).user;
  private readonly locale = inject(LanguageService).locale;
  private readonly agentRegionCodes = computed(() => this.user()?.agent?.regionCodes ?? null);

  /** The `:id` route parameter when editing; absent when creating. */
  readonly id = input<string | undefined>();

  protected readonly isEdit = computed(() => this.id() !== undefined);
  protected readonly unit = this.store.unit;
  protected readonly isLoading = this.store.isLoading;
  protected readonly loadProblem = this.store.loadProblem;
  protected readonly unitTypes = UNIT_TYPES;
  protected readonly typeKey = unitTypeKey;
  // An agent can place units only in the regions assigned to them; the server checks it too.
  protected readonly regionOptions = computed(() => {
    const agentRegions = this.agentRegionCodes();
    const options = this.referenceData.regionOptions();
    return agentRegions ? options.filter((option) => agentRegions.includes(option.code)) : options;
  });
  protected readonly regionName = this.referenceData.regionName;
  protected readonly form = inject(NonNullableFormBuilder).group({
    nameFi: ['', [Validators.required, Validators.maxLength(300)]],
    nameSv: ['', Validators.maxLength(300)],
    businessId: ['', [Validators.required, businessIdFormatValidator]],
    type: new FormControl<UnitType | null>(null, Validators.required),
    municipalityCode: new FormControl<MunicipalityChoice>(null, municipalityChosenValidator),
    regionCode: [''],
    estimatedAnnualSpend: ['', euroAmountValidator],
    website: ['', [websiteValidator, Validators.maxLength(500)]],
    isActive: [true],
  });
  protected readonly isSaving = signal(false);
  protected readonly formMessage = signal<FormOutcome | null>(null);
  protected readonly isStale = signal(false);
  /** The unit that already has the business ID, after BUSINESS_ID_TAKEN. */
  protected readonly existingUnitId = signal<string | null>(null);
  protected readonly municipalityOptions = toSignal(
    this.form.controls.municipalityCode.valueChanges.pipe(
      map((value) => (typeof value === 'string' ? value : '')),
      debounceTime(MUNICIPALITY_SEARCH_DEBOUNCE_MS),
      distinctUntilChanged(),
      switchMap((text) => this.referenceData.searchMunicipalities(text)),
    ),
    { initialValue: [] as readonly MunicipalityDto[] },
  );
  protected readonly heading = computed(() => {
    const unit = this.unit();
    return this.isEdit() && unit ? unitName(unit, this.language()) : null;
  });
  protected readonly displayMunicipality = (value: MunicipalityChoice): string =>
    value && typeof value === 'object' ? municipalityName(value, this.language()) : (value ?? '');
  protected readonly municipalityLabel = (municipality: MunicipalityDto): string => {
    const { fi, sv } = municipality.names;
    const names = fi === sv ? fi : this.language() === 'sv' ? `${sv} – ${fi}` : `${fi} – ${sv}`;
    return `${names} (${this.regionName()(municipality.regionCode)})`;
  };

  constructor() {
    void this.referenceData.loadRegions();
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.formMessage.set(null);
        this.isStale.set(false);
        if (id) {
          void this.store.load(id);
        }
      });
    });
    effect(() => {
      const unit = this.unit();
      const municipality = this.store.municipality();
      if (unit && unit.id === this.id()) {
        untracked(() => this.resetForm(unit, municipality));
      }
    });
  }

  protected async save(): Promise<void> {
    this.formMessage.set(null);
    const { municipalityCode, regionCode } = this.form.controls;
    if (!municipalityCode.value && !regionCode.value) {
      setControlError(regionCode, 'required');
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formMessage.set({ key: 'errors.checkFields', isError: true });
      return;
    }
    const body = this.requestBody();
    const id = this.id();
    const unit = this.unit();
    this.isSaving.set(true);
    const result =
      id && unit ? await this.store.update(id, body, unit.version) : await this.store.create(body);
    this.isSaving.set(false);
    if (result.problem) {
      this.showProblem(result.problem);
      return;
    }
    // One address segment up: from `new` to the list, from `:id/edit` to the unit.
    void this.router.navigate(id ? ['..'] : ['..', result.unit.id], { relativeTo: this.route });
  }

  /** After STALE_VERSION: shows what is saved now, dropping the edits. */
  protected async reload(): Promise<void> {
    const id = this.id();
    if (id) {
      this.isStale.set(false);
      this.formMessage.set(null);
      await this.store.load(id);
      const unit = this.unit();
      if (unit) {
        this.resetForm(unit, this.store.municipality());
      }
    }
  }

  private requestBody(): CreateUnitDto {
    const value = this.form.getRawValue();
    const spend = parseEuroAmount(value.estimatedAnnualSpend);
    const municipality = value.municipalityCode;
    return {
      nameFi: value.nameFi.trim(),
      nameSv: value.nameSv.trim() || null,
      businessId: value.businessId.trim(),
      // The validator has made sure a type is chosen.
      type: value.type ?? 'other',
      municipalityCode: municipality && typeof municipality === 'object' ? municipality.code : null,
      ...(value.regionCode ? { regionCode: value.regionCode } : {}),
      estimatedAnnualSpend: spend.isValid ? spend.value : null,
      website: value.website.trim() || null,
      isActive: value.isActive,
    };
  }

  private showProblem(problem: ApiProblem): void {
    this.existingUnitId.set(null);
    if (problem.code === STALE_VERSION) {
      this.isStale.set(true);
      this.formMessage.set({ key: 'units.form.staleVersion', isError: true });
      return;
    }
    if (problem.code === BUSINESS_ID_TAKEN) {
      setControlError(this.form.controls.businessId, BUSINESS_ID_TAKEN_ERROR);
      this.existingUnitId.set(existingUnitIdOf(problem.detail));
      this.formMessage.set({ key: 'errors.checkFields', isError: true });
      return;
    }
    const unmatched = applyServerErrors(this.form, problem.errors);
    this.formMessage.set({
      key:
        problem.errors.length > 0 && unmatched.length === 0
          ? 'errors.checkFields'
          : generalProblemKey(problem),
      isError: true,
    });
  }

  private resetForm(unit: UnitDto, municipality: MunicipalityDto | null): void {
    const isRegionDerived = municipality !== null && municipality.regionCode === unit.regionCode;
    this.form.reset({
      nameFi: unit.nameFi,
      nameSv: unit.nameSv ?? '',
      businessId: unit.businessId,
      type: unit.type,
      municipalityCode: municipality,
      regionCode: isRegionDerived ? '' : unit.regionCode,
      estimatedAnnualSpend: formatEuroAmountForInput(unit.estimatedAnnualSpend, this.locale()),
      website: unit.website ?? '',
      isActive: unit.isActive,
    });
  }
}
