import type { Routes } from '@angular/router';
import { RegionsPage } from './regions-page/regions-page';
import { RegionsStore } from './regions.store';

export const REGIONS_ROUTES: Routes = [
  {
    path: '',
    title: 'regions.pageTitle',
    providers: [RegionsStore],
    component: RegionsPage,
  },
];
