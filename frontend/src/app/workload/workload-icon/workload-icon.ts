import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

// Material Symbols (Apache License 2.0) path data; inline so that no icon font has to load.
const PATHS = {
  warning: 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z',
  add: 'M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6v2z',
} as const;

export type WorkloadIconName = keyof typeof PATHS;

/** A decorative icon next to text that says the same; hidden from assistive technology. */
@Component({
  selector: 'crm-workload-icon',
  template: `<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path [attr.d]="path()" /></svg>`,
  styles: `
    :host {
      display: inline-flex;
      flex: none;
      width: 1.25em;
      height: 1.25em;
    }
    svg {
      width: 100%;
      height: 100%;
      fill: currentColor;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkloadIcon {
  readonly name = input.required<WorkloadIconName>();

  protected readonly path = computed(() => PATHS[this.name()]);
}
