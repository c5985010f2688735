import type { Routes } from '@angular/router';
import { ProfilePage } from './profile-page/profile-page';
import { ProfileStore } from './profile.store';

export const PROFILE_ROUTES: Routes = [
  { path: '', title: 'profile.pageTitle', providers: [ProfileStore], component: ProfilePage },
];
