import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** The regions no active change agent covers today; their requests wait in the queue. */
@Component({
  selector: 'crm-regions-without-agent',
  template: `
    <section class="panel stack" aria-labelledby="crm-balance-regions">
      <h2 class="section-title" id="crm-balance-regions">{{ 'balance.regions.heading' | transloco }}</h2>
      @if (names().length > 0) {
        <ul class="regions">
          @for (name of names(); track name) {
            <li class="badge badge--muted">{{ name }}</li>
          }
        </ul>
        <p class="note">{{ 'balance.regions.note' | transloco }}</p>
      } @else {
        <p>{{ 'balance.regions.none' | transloco }}</p>
      }
    </section>
  `,
  styles: `
    .regions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .badge {
      font: var(--mat-sys-label-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
})
export class RegionsWithoutAgent {
  /** Region names, in the order to show. */
  readonly names = input.required<readonly string[]>();
}
