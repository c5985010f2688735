import type { Routes } from '@angular/router';

export const BALANCE_ROUTES: Routes = [];
