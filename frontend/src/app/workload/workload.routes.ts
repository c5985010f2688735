import type { Routes } from '@angular/router';

export const WORKLOAD_ROUTES: Routes = [];
