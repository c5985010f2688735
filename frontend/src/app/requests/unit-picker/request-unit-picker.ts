import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type OnInit,
  computed,
  inject,
  input,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  type FormControl,
  ReactiveFormsModule,
  type ValidationErrors,
} from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language-service';
import { RequestFieldError } from '../request-field-error/request-field-error';
import { RequestUnitSearch } from './request-unit-search';

/** What the picker needs of a unit (a typeahead item or a whole unit). */
export interface UnitOption {
  id: string;
  nameFi: string;
  nameSv: string | null;
  businessId: string;
  regionCode: string;
}

/** The picker's value: the chosen unit, or the text typed while searching. */
export type UnitChoice = UnitOption | string | null;

/** Requires a unit chosen from the list, not just typed text. */
export function unitChosenValidator(control: AbstractControl<UnitChoice>): ValidationErrors | null {
  const value = control.value;
  if (value === null || value === '') {
    return { required: true };
  }
  return typeof value === 'string' ? { unitNotChosen: true } : null;
}

export function unitOptionName(unit: UnitOption, language: string): string {
  return (language === 'sv' && unit.nameSv) || unit.nameFi;
}

/** Chooses a contracting unit by typing part of its name or business ID. */
@Component({
  selector: 'crm-request-unit-picker',
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="unit-field">
      <mat-label>{{ labelKey() | transloco }}</mat-label>
      <input
        matInput
        [formControl]="control()"
        [matAutocomplete]="autocomplete"
        [required]="isRequired()"
        autocomplete="off"
      />
      <mat-hint>{{ 'requests.unitPicker.hint' | transloco }}</mat-hint>
      <mat-autocomplete #autocomplete="matAutocomplete" [displayWith]="displayUnit">
        @for (unit of results(); track unit.id) {
          <mat-option [value]="unit">{{ nameOf(unit) }} ({{ unit.businessId }})</mat-option>
        }
        @if (hasNoResults()) {
          <mat-option disabled>{{ 'requests.unitPicker.noResults' | transloco }}</mat-option>
        }
      </mat-autocomplete>
      <mat-error><crm-request-field-error [errors]="control().errors" /></mat-error>
    </mat-form-field>
  `,
  styles: `
    :host,
    .unit-field {
      display: block;
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [RequestUnitSearch],
  imports: [
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    ReactiveFormsModule,
    RequestFieldError,
    TranslocoPipe,
  ],
})
export class RequestUnitPicker implements OnInit {
  private readonly search = inject(RequestUnitSearch);
  private readonly language = inject(LanguageService).language;
  private readonly destroyRef = inject(DestroyRef);

  readonly control = input.required<FormControl<UnitChoice>>();
  /** Translation key of the field's label. */
  readonly labelKey = input('requests.fields.unit');
  readonly isRequired = input(false);
  /** Only units of these regions are offered (an agent's own); null: every unit found. */
  readonly regionCodes = input<readonly string[] | null>(null);

  protected readonly results = computed(() => {
    const regions = this.regionCodes();
    const found = this.search.results();
    return regions ? found.filter((unit) => regions.includes(unit.regionCode)) : found;
  });
  protected readonly hasNoResults = computed(
    () => this.search.searchedFor() !== '' && this.results().length === 0,
  );
  protected readonly displayUnit = (value: UnitChoice): string =>
    value && typeof value === 'object' ? unitOptionName(value, this.language()) : (value ?? '');
  protected readonly nameOf = (unit: UnitOption): string => unitOptionName(unit, this.language());

  ngOnInit(): void {
    this.control()
      .valueChanges.pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((value) => {
        if (typeof value === 'string') {
          this.search.search(value);
        }
      });
  }
}
