import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  type OnInit,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocomplete,
  type MatAutocompleteSelectedEvent,
  MatAutocompleteTrigger,
} from '@angular/material/autocomplete';
import { MatChipGrid, MatChipInput, MatChipRemove, MatChipRow } from '@angular/material/chips';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ActivityUnitDto } from '../../core/api/generated/models/activity-unit-dto';
import { LanguageService } from '../../core/i18n/language-service';
// The same typeahead search as the requests' unit picker: the server scopes it to the caller's regions.
import { RequestUnitSearch } from '../../requests/unit-picker/request-unit-search';
import { ActivityFieldError } from '../activity-field-error/activity-field-error';
import { Icon } from '../../shared/ui/icon/icon';
import { activityUnitName } from '../activity-reference-data';

/**
 * Chooses one or more contracting units by typing part of a name or business ID; the chosen ones are
 * removable chips (Backspace in the empty field moves to them, Delete removes the focused one).
 */
@Component({
  selector: 'crm-activity-unit-picker',
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="unit-field">
      <mat-label>{{ labelKey() | transloco }}</mat-label>
      <!-- The chips' values are the units, so that the grid (a form control) reports the same value. -->
      <mat-chip-grid #grid [formControl]="control()" [required]="isRequired()">
        @for (unit of chosen(); track unit.id) {
          <mat-chip-row [value]="unit" (removed)="remove(unit)" [attr.data-unit-id]="unit.id">
            {{ nameOf(unit) }}
            <button
              matChipRemove
              type="button"
              [attr.aria-label]="'activities.unitPicker.remove' | transloco: { name: nameOf(unit) }"
            >
              <crm-icon name="remove" />
            </button>
          </mat-chip-row>
        }
      </mat-chip-grid>
      <!-- Next to the grid, not in it: a grid holds only rows of chips. -->
      <input
        #input
        class="unit-input"
        [class.is-hidden]="isFull()"
        [matChipInputFor]="grid"
        [matChipInputSeparatorKeyCodes]="noSeparators"
        [matAutocomplete]="autocomplete"
        [matAutocompleteDisabled]="isFull()"
        [disabled]="isFull()"
        autocomplete="off"
        (input)="search(input.value)"
        (keydown.enter)="enter($event, input.value)"
      />
      <mat-autocomplete #autocomplete="matAutocomplete" autoActiveFirstOption (optionSelected)="add($event)">
        @for (unit of results(); track unit.id) {
          <mat-option [value]="unit">{{ nameOf(unit) }} ({{ unit.businessId }})</mat-option>
        }
        @if (hasNoResults()) {
          <mat-option disabled>{{ 'activities.unitPicker.noResults' | transloco }}</mat-option>
        }
      </mat-autocomplete>
      @if (hintKey(); as hintKey) {
        <mat-hint>{{ hintKey | transloco }}</mat-hint>
      }
      <mat-error><crm-activity-field-error [errors]="control().errors" /></mat-error>
    </mat-form-field>
  `,
  styles: `
    :host,
    .unit-field {
      display: block;
      width: 100%;
    }
    // A clearly visible focus on the chip the arrow keys are on (Material's own is a faint tint).
    .mat-mdc-chip-row:focus-within {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .unit-input {
      flex: 1 1 120px;
      min-width: 120px;
    }
    // Full (a single-unit filter with its unit): only the chip shows; the field is disabled, out of the tab order.
    .unit-input.is-hidden {
      flex: 0 0 0;
      min-width: 0;
      width: 0;
      opacity: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [RequestUnitSearch],
  imports: [
    ActivityFieldError,
    Icon,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatChipGrid,
    MatChipInput,
    MatChipRemove,
    MatChipRow,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatOption,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
})
export class ActivityUnitPicker implements OnInit {
  private readonly unitSearch = inject(RequestUnitSearch);
  private readonly language = inject(LanguageService).language;
  private readonly destroyRef = inject(DestroyRef);
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('input');
  private readonly trigger = viewChild.required(MatAutocompleteTrigger);

  readonly control = input.required<FormControl<readonly ActivityUnitDto[]>>();
  /** Translation key of the field's label. */
  readonly labelKey = input('activities.fields.units');
  readonly hintKey = input<string | null>('activities.unitPicker.hint');
  readonly isRequired = input(false);
  /** 1 makes it a single-unit choice (a filter). */
  readonly maxUnits = input(100);

  protected readonly noSeparators: readonly number[] = [];
  // The control's value as a signal, so that changes made outside (a filter from the address) show too.
  private readonly chosenUnits = signal<readonly ActivityUnitDto[]>([]);
  protected readonly chosen = this.chosenUnits.asReadonly();
  protected readonly isFull = computed(() => this.chosen().length >= this.maxUnits());
  protected readonly results = computed(() => {
    const chosen = new Set(this.chosen().map((unit) => unit.id));
    return this.unitSearch.results().filter((unit) => !chosen.has(unit.id));
  });
  protected readonly hasNoResults = computed(
    () => this.unitSearch.searchedFor() !== '' && this.results().length === 0,
  );
  protected readonly nameOf = (unit: Pick<ActivityUnitDto, 'nameFi' | 'nameSv'>): string =>
    activityUnitName(unit, this.language());

  ngOnInit(): void {
    const control = this.control();
    this.chosenUnits.set(control.value);
    control.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.chosenUnits.set(control.value));
  }

  protected search(text: string): void {
    this.unitSearch.search(text);
  }

  protected add(event: MatAutocompleteSelectedEvent): void {
    this.choose(event.option.value as ActivityUnitDto);
  }

  private choose(unit: ActivityUnitDto): void {
    const control = this.control();
    if (!control.value.some((chosen) => chosen.id === unit.id)) {
      control.setValue([
        ...control.value,
        { id: unit.id, nameFi: unit.nameFi, nameSv: unit.nameSv, regionCode: unit.regionCode },
      ]);
      control.markAsTouched();
    }
    this.input().nativeElement.value = '';
    this.unitSearch.search('');
  }

  protected remove(unit: ActivityUnitDto): void {
    const control = this.control();
    control.setValue(control.value.filter((chosen) => chosen.id !== unit.id));
    control.markAsTouched();
    if (this.chosen().length === 0 || this.isFull()) {
      this.input().nativeElement.focus();
    }
  }

  /**
   * Enter with a name typed: the autocomplete chooses its active option; when there is none yet (a fast
   * typist), the first unit found for exactly this text; while the results are on their way, nothing. It
   * never submits the form.
   */
  protected enter(event: Event, text: string): void {
    const typed = text.trim();
    if (typed === '') {
      return;
    }
    event.preventDefault();
    const [first] = this.results();
    if (!this.trigger().activeOption && first && this.unitSearch.searchedFor() === typed) {
      this.choose(first);
      this.trigger().closePanel();
    }
  }
}
