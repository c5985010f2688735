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
import type { UnitDto } from '../../../core/api/generated/models/unit-dto';
import { LanguageService } from '../../../core/i18n/language-service';
import { FieldError } from '../../../shared/ui/field-error/field-error';
import { UnitSearch } from '../unit-search';

/** The picker's value: the chosen unit, or the text typed while searching. */
export type UnitChoice = UnitDto | string | null;

/** Requires a unit chosen from the list, not just typed text. */
export function unitChosenValidator(control: AbstractControl<UnitChoice>): ValidationErrors | null {
  const value = control.value;
  if (value === null || value === '') {
    return { required: true };
  }
  return typeof value === 'string' ? { unitNotChosen: true } : null;
}

export function unitName(unit: UnitDto, language: string): string {
  return (language === 'sv' && unit.nameSv) || unit.nameFi;
}

/** Chooses a contracting unit by typing part of its name or business ID. */
@Component({
  selector: 'crm-unit-picker',
  templateUrl: './unit-picker.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [UnitSearch],
  imports: [
    FieldError,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
})
export class UnitPicker implements OnInit {
  private readonly search = inject(UnitSearch);
  private readonly language = inject(LanguageService).language;
  private readonly destroyRef = inject(DestroyRef);

  readonly control = input.required<FormControl<UnitChoice>>();

  protected readonly results = this.search.results;
  protected readonly hasNoResults = computed(
    () => this.search.searchedFor() !== '' && this.search.results().length === 0,
  );
  protected readonly displayUnit = (value: UnitChoice): string =>
    value && typeof value === 'object' ? unitName(value, this.language()) : (value ?? '');
  protected readonly nameOf = (unit: UnitDto): string => unitName(unit, this.language());

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
