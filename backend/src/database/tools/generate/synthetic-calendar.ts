import { addDays, addMonths } from '../../../common/time/calendar-dates';
import { endOfHelsinkiDay, isBusinessDay } from '../../../service-levels/business-calendar';

// How busy a month is, January first: summer holidays make July quiet, Christmas December.
const MONTH_ACTIVITY = [0.9, 1, 1.1, 1, 1, 0.6, 0.15, 0.8, 1.1, 1.1, 1.1, 0.7];

/**
 * The days of the generated history (plus a year ahead for due dates), with the product's business
 * calendar and Helsinki day boundaries precomputed, so generating millions of rows does no date parsing.
 */
export class SyntheticCalendar {
  readonly days: string[] = [];
  readonly todayIndex: number;
  /** Epoch milliseconds at which each Helsinki day starts. */
  private readonly starts: number[] = [];
  private readonly businessOrdinal: number[] = [];
  private readonly businessDays: number[] = [];
  /** Relative activity per day of the history: seasons, weekends and slow growth of the network. */
  readonly historyWeights: Float64Array;

  constructor(today: string, years: number) {
    const first = addMonths(today, -12 * years);
    const last = addDays(today, 400);
    for (let day = first; day <= last; day = addDays(day, 1)) {
      this.days.push(day);
    }
    this.todayIndex = this.days.indexOf(today);
    let ordinal = 0;
    for (const [index, day] of this.days.entries()) {
      this.starts.push(endOfHelsinkiDay(addDays(day, -1)).getTime() + 1);
      if (isBusinessDay(day)) {
        ordinal++;
        this.businessDays[ordinal] = index;
      }
      this.businessOrdinal.push(ordinal);
    }
    this.historyWeights = new Float64Array(this.todayIndex + 1);
    for (let index = 0; index <= this.todayIndex; index++) {
      const day = this.days[index];
      const growth = 0.75 + (0.35 * index) / this.todayIndex;
      this.historyWeights[index] =
        (isBusinessDay(day) ? 1 : 0.02) * MONTH_ACTIVITY[Number(day.slice(5, 7)) - 1] * growth;
    }
  }

  /** The Helsinki calendar date `count` business days after day `index` (as the SLA clocks count). */
  businessDayAfter(index: number, count: number): number {
    return this.businessDays[this.businessOrdinal[index] + count] ?? this.days.length - 1;
  }

  /** An instant `minutes` after the start of Helsinki day `index`. */
  instant(index: number, minutes: number): Date {
    return new Date(this.starts[index] + minutes * 60_000);
  }

  /** The Helsinki day (index) an instant falls on. */
  dayOf(at: Date): number {
    const time = at.getTime();
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.starts[middle] <= time) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  /** The last instant of Helsinki day `index` (SLA due times are ends of business days). */
  endOfDay(index: number): Date {
    return new Date((this.starts[index + 1] ?? this.starts[index] + 86_400_000) - 1);
  }
}
