import type { Routes } from '@angular/router';
import { SignInPage } from './sign-in-page/sign-in-page';
import { SignInStore } from './sign-in.store';

export const SIGN_IN_ROUTES: Routes = [
  { path: '', title: 'signIn.pageTitle', providers: [SignInStore], component: SignInPage },
];
