import { MatPaginatorIntl } from '@angular/material/paginator';
import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { roleGuard } from '../core/auth/guards';
import { LocalizedPaginatorIntl } from '../core/i18n/localized-paginator-intl';
import { UnitImportApi, provideUploadHttpClient } from './import/unit-import.api';
import { UnitReferenceData } from './unit-reference-data';
import { UnitStore } from './unit.store';
import { UNITS_SCOPE, unitsTranslationsResolver } from './units-translations';

// Agents (in their own regions) and coordinators write units and contacts; the server checks the region.
const canWriteUnits = roleGuard('agent', 'coordinator');

/** Contracting units: list, unit page with contacts, unit form and CSV import. Titles are translation keys. */
export const UNITS_ROUTES: Routes = [
  {
    path: '',
    providers: [
      provideTranslocoScope(UNITS_SCOPE),
      UnitReferenceData,
      UnitStore,
      { provide: MatPaginatorIntl, useClass: LocalizedPaginatorIntl },
    ],
    resolve: { unitsTranslations: unitsTranslationsResolver },
    children: [
      {
        path: '',
        title: 'units.list.pageTitle',
        loadComponent: () => import('./unit-list/unit-list').then((module) => module.UnitList),
      },
      {
        path: 'new',
        title: 'units.form.newPageTitle',
        canActivate: [canWriteUnits],
        loadComponent: () => import('./unit-form/unit-form').then((module) => module.UnitForm),
      },
      {
        path: 'import',
        title: 'units.import.pageTitle',
        canActivate: [canWriteUnits],
        providers: [provideUploadHttpClient(), UnitImportApi],
        loadComponent: () => import('./import/unit-import/unit-import').then((module) => module.UnitImport),
      },
      {
        path: ':id',
        title: 'units.page.pageTitle',
        loadComponent: () => import('./unit-page/unit-page').then((module) => module.UnitPage),
      },
      {
        path: ':id/edit',
        title: 'units.form.editPageTitle',
        canActivate: [canWriteUnits],
        loadComponent: () => import('./unit-form/unit-form').then((module) => module.UnitForm),
      },
    ],
  },
];
