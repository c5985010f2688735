import { ChangeDetectionStrategy, Component } from '@angular/core';
import { Shell } from './core/layout/shell/shell';

@Component({
  selector: 'crm-root',
  template: '<crm-shell />',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Shell],
})
export class App {}
