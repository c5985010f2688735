import type { Routes } from '@angular/router';
import { PasswordSetupPage } from './password-setup-page/password-setup-page';
import { PasswordSetupStore } from './password-setup.store';

export const PASSWORD_SETUP_ROUTES: Routes = [
  {
    path: '',
    title: 'passwordSetup.pageTitle',
    providers: [PasswordSetupStore],
    component: PasswordSetupPage,
  },
];
