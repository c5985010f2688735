import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language-service';
import { Icon } from '../../shared/ui/icon/icon';
import { type CapacityLoad, formatHours, formatShare } from '../capacity-load';

/**
 * Hours this month against capacity: the figures as text, a bar, and over capacity a warning with an icon
 * and words (the bar's colour only repeats it).
 */
@Component({
  selector: 'crm-capacity-meter',
  templateUrl: './capacity-meter.html',
  styleUrl: './capacity-meter.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Icon, MatProgressBar, TranslocoPipe],
})
export class CapacityMeter {
  readonly load = input.required<CapacityLoad>();
  /** Whose hours, to name the bar. */
  readonly agentName = input.required<string>();

  private readonly locale = inject(LanguageService).locale;

  protected readonly hours = computed(() => formatHours(this.load().hours, this.locale()));
  protected readonly capacity = computed(() => formatHours(this.load().capacity, this.locale()));
  protected readonly share = computed(() => {
    const share = this.load().share;
    return share === null ? null : formatShare(share, this.locale());
  });
}
