import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  PERIOD_KINDS,
  type Period,
  type PeriodKind,
  QUARTERS,
  type Quarter,
  choiceOf,
  fitsKind,
  periodError,
  quarterOf,
  quarterPeriod,
  yearOf,
  yearPeriod,
} from '../coverage-period';

/** Past years offered besides the current one (older ones come through the address or custom days). */
const PAST_YEARS_OFFERED = 5;

/**
 * The period of the figures: this year, a quarter or a year of a chosen year, or custom days (applied with
 * a button, so that half-typed dates load nothing). Emits the new period; the page puts it in the address.
 */
@Component({
  selector: 'crm-period-picker',
  templateUrl: './period-picker.html',
  styleUrl: './period-picker.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
})
export class PeriodPicker {
  readonly period = input.required<Period>();
  /** Helsinki's today, "YYYY-MM-DD". */
  readonly today = input.required<string>();

  readonly periodChange = output<Period>();

  protected readonly kinds = PERIOD_KINDS;
  protected readonly quarters = QUARTERS;
  /** The kind chosen; a period from the address picks the simplest kind that fits it. */
  protected readonly kind = linkedSignal<{ period: Period; today: string }, PeriodKind>({
    source: () => ({ period: this.period(), today: this.today() }),
    computation: ({ period, today }, previous) =>
      previous && fitsKind(previous.value, period, today) ? previous.value : choiceOf(period, today).kind,
  });
  protected readonly year = computed(() => yearOf(this.period().from));
  protected readonly quarter = computed(() => quarterOf(this.period().from));
  protected readonly years = computed(() => {
    const current = yearOf(this.today());
    const offered = Array.from({ length: PAST_YEARS_OFFERED + 1 }, (_, index) => current - index);
    return offered.includes(this.year()) ? offered : [...offered, this.year()].sort((a, b) => b - a);
  });
  protected readonly customForm = new FormGroup({
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });
  protected readonly customError = signal<ReturnType<typeof periodError>>(null);

  constructor() {
    effect(() => {
      const { from, to } = this.period();
      this.customForm.setValue({ from, to });
      this.customError.set(null);
    });
  }

  protected chooseKind(kind: PeriodKind): void {
    this.kind.set(kind);
    const today = this.today();
    switch (kind) {
      case 'thisYear':
        this.periodChange.emit(yearPeriod(yearOf(today)));
        break;
      case 'year':
        this.periodChange.emit(yearPeriod(this.year()));
        break;
      case 'quarter':
        // This year's current quarter, or the first quarter of another year.
        this.periodChange.emit(
          quarterPeriod(this.year(), this.year() === yearOf(today) ? quarterOf(today) : 1),
        );
        break;
      case 'custom':
        break;
    }
  }

  protected chooseYear(year: number): void {
    this.periodChange.emit(
      this.kind() === 'quarter' ? quarterPeriod(year, this.quarter()) : yearPeriod(year),
    );
  }

  protected chooseQuarter(quarter: Quarter): void {
    this.periodChange.emit(quarterPeriod(this.year(), quarter));
  }

  protected applyCustom(): void {
    const period = this.customForm.getRawValue();
    const error = periodError(period);
    this.customError.set(error);
    if (!error) {
      this.periodChange.emit(period);
    }
  }
}
