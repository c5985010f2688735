import type { Routes } from '@angular/router';

export const COVERAGE_ROUTES: Routes = [];
