import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Shown for any address the application does not know. */
@Component({
  selector: 'crm-not-found',
  template: `
    <div class="page">
      <h1>{{ 'notFound.heading' | transloco }}</h1>
      <p>{{ 'notFound.text' | transloco }}</p>
      <a routerLink="/">{{ 'notFound.home' | transloco }}</a>
    </div>
  `,
  styles: `
    .page {
      padding: 16px;
      max-width: 70ch;
      margin: 0 auto;
      font: var(--mat-sys-body-large);
    }
    h1 {
      font: var(--mat-sys-headline-medium);
    }
    a {
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe],
})
export class NotFound {}
