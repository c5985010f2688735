import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Shown when the signed-in user's role does not give access to the page they opened. */
@Component({
  selector: 'crm-forbidden',
  template: `
    <div class="page page--narrow">
      <h1 class="page-title">{{ 'forbidden.heading' | transloco }}</h1>
      <p class="page-intro">{{ 'forbidden.text' | transloco }}</p>
      <a class="text-link" routerLink="/">{{ 'forbidden.home' | transloco }}</a>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe],
})
export class Forbidden {}
