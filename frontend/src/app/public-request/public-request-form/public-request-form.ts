import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  type Signal,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatCheckbox, type MatCheckboxChange } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSelect } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ApiProblem, generalProblemKey } from '../../core/api/api-problem';
import type { FieldErrorDto } from '../../core/api/generated/models/field-error-dto';
import type { PublicRequestSubmissionDto } from '../../core/api/generated/models/public-request-submission-dto';
import type { PublicUnitDto } from '../../core/api/generated/models/public-unit-dto';
import { applyServerErrors } from '../../core/forms/server-errors';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../core/i18n/language';
import { LanguageService } from '../../core/i18n/language-service';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { characterCountMessage } from '../character-count';
import { PublicRequestFieldError } from '../public-request-field-error/public-request-field-error';
import {
  CPV_CODE_PATTERN,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  EMAIL_MAX,
  NAME_MAX,
  NAME_MIN,
  PROCUREMENT_STAGES,
  type ProcurementStage,
  TITLE_MAX,
  TITLE_MIN,
  UNIT_DESCRIPTION_MAX,
  UNIT_DESCRIPTION_MIN,
  URGENCIES,
  type Urgency,
} from '../public-request-options';
import { PublicRequestReferenceData } from '../public-request-reference-data';
import { IDEMPOTENCY_KEY_REUSED, PublicRequestSubmissionStore } from '../public-request-submission.store';
import { PublicUnitSearch, publicUnitName } from '../public-unit-search';
import {
  type UnitChoice,
  cpvCodeValidator,
  themesChosenValidator,
  unitChosenValidator,
} from './public-request-form-validators';

// Material leaves aria-invalid off empty required fields, so the invalid state is read from the form fields.
const INVALID_FIELD_SELECTOR = [
  '.mat-form-field-invalid input',
  '.mat-form-field-invalid textarea',
  '.mat-form-field-invalid mat-select',
  '.themes.is-invalid input',
].join(', ');

interface Receipt {
  number: number;
  language: Language;
  email: string;
}

// The server names the request body's properties; these form controls have other names.
function formField(error: FieldErrorDto): FieldErrorDto {
  if (error.field === 'unitId') {
    return { ...error, field: 'unit' };
  }
  return /^themeCodes\.\d+$/.test(error.field) ? { ...error, field: 'themeCodes' } : error;
}

function tooManySubmissionsMessage(problem: ApiProblem): FormOutcome {
  if (problem.retryAfterSeconds === null) {
    return { key: 'publicRequest.form.tooManySubmissionsLater', isError: true };
  }
  const minutes = Math.max(1, Math.ceil(problem.retryAfterSeconds / 60));
  return {
    key: `publicRequest.form.tooManySubmissions.${minutes === 1 ? 'one' : 'other'}`,
    params: { minutes },
    isError: true,
  };
}

/** `/request`: asks the change agents for help without an account; the status link is emailed. */
@Component({
  selector: 'crm-public-request-form',
  templateUrl: './public-request-form.html',
  styleUrl: './public-request-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [PublicUnitSearch, PublicRequestSubmissionStore],
  imports: [
    FormMessage,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    PublicRequestFieldError,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
})
export class PublicRequestForm {
  private readonly referenceData = inject(PublicRequestReferenceData);
  private readonly submission = inject(PublicRequestSubmissionStore);
  private readonly unitSearch = inject(PublicUnitSearch);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly language = inject(LanguageService).language;
  private readonly pageHeading = viewChild.required<ElementRef<HTMLElement>>('pageHeading');
  private readonly receivedHeading = viewChild<ElementRef<HTMLElement>>('receivedHeading');
  private readonly formBuilder = inject(NonNullableFormBuilder);

  protected readonly form = this.formBuilder.group({
    unit: new FormControl<UnitChoice>(null, unitChosenValidator),
    isUnitNotListed: [false],
    unitDescription: [
      { value: '', disabled: true },
      [
        Validators.required,
        Validators.minLength(UNIT_DESCRIPTION_MIN),
        Validators.maxLength(UNIT_DESCRIPTION_MAX),
      ],
    ],
    requester: this.formBuilder.group({
      name: ['', [Validators.required, Validators.minLength(NAME_MIN), Validators.maxLength(NAME_MAX)]],
      email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX)]],
      language: [this.language() as Language, Validators.required],
    }),
    title: ['', [Validators.required, Validators.minLength(TITLE_MIN), Validators.maxLength(TITLE_MAX)]],
    description: [
      '',
      [Validators.required, Validators.minLength(DESCRIPTION_MIN), Validators.maxLength(DESCRIPTION_MAX)],
    ],
    themeCodes: new FormControl<readonly string[]>([], {
      nonNullable: true,
      validators: themesChosenValidator,
    }),
    cpvCode: ['', cpvCodeValidator],
    procurementStage: new FormControl<ProcurementStage | null>(null, Validators.required),
    urgency: ['normal' as Urgency, Validators.required],
    // The honeypot: people never see it, form-filling bots do.
    website: [''],
  });

  protected readonly languages = LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }));
  protected readonly stages = PROCUREMENT_STAGES;
  protected readonly urgencies = URGENCIES;
  protected readonly themeOptions = this.referenceData.themeOptions;
  protected readonly hasReferenceDataFailed = this.referenceData.hasFailed;
  protected readonly unitResults = this.unitSearch.results;
  protected readonly isSearchingUnits = this.unitSearch.isSearching;
  protected readonly hasNoUnitResults = computed(
    () =>
      this.unitSearch.searchedFor() !== '' &&
      this.unitSearch.results().length === 0 &&
      !this.unitSearch.isSearching(),
  );
  protected readonly isSending = this.submission.isSending;
  protected readonly formMessage = signal<FormOutcome | null>(null);
  protected readonly receipt = signal<Receipt | null>(null);

  private readonly unitValue = this.valueOf(this.form.controls.unit);
  private readonly cpvText = this.valueOf(this.form.controls.cpvCode);
  private readonly titleText = this.valueOf(this.form.controls.title);
  private readonly descriptionText = this.valueOf(this.form.controls.description);
  private readonly unitDescriptionText = this.valueOf(this.form.controls.unitDescription);
  // Value, status and touched changes of the themes, which have no form field of their own.
  private readonly themesEvent = toSignal(this.form.controls.themeCodes.events);
  protected readonly isUnitNotListed = this.valueOf(this.form.controls.isUnitNotListed);
  protected readonly chosenUnit = computed(() => {
    const unit = this.unitValue();
    return unit && typeof unit === 'object' ? unit : null;
  });
  protected readonly chosenThemes = this.valueOf(this.form.controls.themeCodes);
  protected readonly cpvMatches = computed(() => {
    const text = this.cpvText().trim().toLocaleLowerCase();
    const options = this.referenceData.cpvOptions();
    if (text === '') {
      return options;
    }
    if (/^\d/.test(text)) {
      const prefix = text.slice(0, 2);
      return options.filter((option) => option.code.startsWith(prefix));
    }
    return options.filter((option) => option.label.toLocaleLowerCase().includes(text));
  });
  /** The CPV division of a valid code typed or chosen, to show what it means. */
  protected readonly cpvDivision = computed(() => {
    const text = this.cpvText().trim();
    return CPV_CODE_PATTERN.test(text)
      ? (this.referenceData.cpvOptions().find((option) => option.code === text.slice(0, 2)) ?? null)
      : null;
  });
  protected readonly titleCount = computed(() => characterCountMessage(this.titleText().length, TITLE_MAX));
  protected readonly descriptionCount = computed(() =>
    characterCountMessage(this.descriptionText().length, DESCRIPTION_MAX),
  );
  protected readonly unitDescriptionCount = computed(() =>
    characterCountMessage(this.unitDescriptionText().length, UNIT_DESCRIPTION_MAX),
  );
  protected readonly themesError = computed(() => {
    this.themesEvent();
    const control = this.form.controls.themeCodes;
    return control.touched ? control.errors : null;
  });

  protected readonly displayUnit = (value: UnitChoice): string =>
    value && typeof value === 'object' ? publicUnitName(value, this.language()) : (value ?? '');
  protected readonly unitName = (unit: PublicUnitDto): string => publicUnitName(unit, this.language());

  constructor() {
    void this.referenceData.load();
    const { unit, isUnitNotListed, unitDescription, requester } = this.form.controls;
    unit.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      if (typeof value === 'string') {
        this.unitSearch.search(value);
      }
    });
    isUnitNotListed.valueChanges.pipe(takeUntilDestroyed()).subscribe((isNotListed) => {
      if (isNotListed) {
        unit.disable();
        unitDescription.enable();
      } else {
        unitDescription.disable();
        unit.enable();
      }
    });
    // "Check the highlighted fields" is over once they are right.
    this.form.statusChanges.pipe(takeUntilDestroyed()).subscribe((status) => {
      if (status === 'VALID' && this.formMessage()?.key === 'errors.checkFields') {
        this.formMessage.set(null);
      }
    });
    // The emails follow the interface language until the requester picks another one.
    effect(() => {
      const language = this.language();
      untracked(() => {
        if (requester.controls.language.pristine) {
          requester.controls.language.setValue(language);
        }
      });
    });
  }

  protected isThemeChosen(code: string): boolean {
    return this.chosenThemes().includes(code);
  }

  protected toggleTheme(code: string, event: MatCheckboxChange): void {
    const control = this.form.controls.themeCodes;
    const others = control.value.filter((chosen) => chosen !== code);
    control.setValue(event.checked ? [...others, code] : others);
    control.markAsTouched();
    control.markAsDirty();
  }

  protected retryReferenceData(): void {
    void this.referenceData.load();
  }

  protected async submit(): Promise<void> {
    if (this.isSending()) {
      return;
    }
    this.formMessage.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formMessage.set({ key: 'errors.checkFields', isError: true });
      this.focusFirstInvalidField();
      return;
    }
    const body = this.requestBody();
    const result = await this.submission.submit(body);
    if (result.receipt) {
      this.receipt.set({ ...result.receipt, email: body.requester.email });
      afterNextRender(() => this.receivedHeading()?.nativeElement.focus(), { injector: this.injector });
      return;
    }
    this.showProblem(result.problem);
  }

  /** Back to an empty request; the organisation and the requester's details stay for the next one. */
  protected submitAnother(): void {
    const { unit, isUnitNotListed, unitDescription, requester } = this.form.getRawValue();
    this.form.reset({
      unit,
      isUnitNotListed,
      unitDescription,
      requester,
      title: '',
      description: '',
      themeCodes: [],
      cpvCode: '',
      procurementStage: null,
      urgency: 'normal',
      website: '',
    });
    this.formMessage.set(null);
    this.receipt.set(null);
    afterNextRender(() => this.pageHeading().nativeElement.focus(), { injector: this.injector });
  }

  private requestBody(): PublicRequestSubmissionDto {
    const value = this.form.getRawValue();
    const unit = value.unit;
    const cpvCode = value.cpvCode.trim();
    return {
      ...(value.isUnitNotListed
        ? { unitDescription: value.unitDescription.trim() }
        : unit && typeof unit === 'object'
          ? { unitId: unit.id }
          : {}),
      requester: {
        name: value.requester.name.trim(),
        email: value.requester.email.trim(),
        language: value.requester.language,
      },
      title: value.title.trim(),
      description: value.description.trim(),
      themeCodes: [...value.themeCodes],
      ...(cpvCode ? { cpvCode } : {}),
      // The validators have made sure a stage is chosen.
      procurementStage: value.procurementStage ?? 'strategy_and_planning',
      urgency: value.urgency,
      ...(value.website ? { website: value.website } : {}),
    };
  }

  private showProblem(problem: ApiProblem): void {
    if (problem.status === 429) {
      this.formMessage.set(tooManySubmissionsMessage(problem));
      return;
    }
    if (problem.code === IDEMPOTENCY_KEY_REUSED) {
      this.formMessage.set({ key: 'publicRequest.form.alreadyReceived', isError: true });
      return;
    }
    const errors = problem.errors.map(formField);
    const unmatched = applyServerErrors(this.form, errors);
    this.formMessage.set({
      key: errors.length > 0 && unmatched.length === 0 ? 'errors.checkFields' : generalProblemKey(problem),
      isError: true,
    });
    if (errors.length > unmatched.length) {
      this.focusFirstInvalidField();
    }
  }

  private focusFirstInvalidField(): void {
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>(INVALID_FIELD_SELECTOR)?.focus(),
      { injector: this.injector },
    );
  }

  /** A control's value as a signal (starting with its current value). */
  private valueOf<T>(control: FormControl<T>): Signal<T> {
    return toSignal(control.valueChanges, { initialValue: control.value, injector: this.injector });
  }
}
