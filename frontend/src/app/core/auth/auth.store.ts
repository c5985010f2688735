import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Api } from '../api/generated/api';
import { authLogin } from '../api/generated/fn/auth/auth-login';
import { authLogout } from '../api/generated/fn/auth/auth-logout';
import { authMe } from '../api/generated/fn/auth/auth-me';
import { authUpdateMe } from '../api/generated/fn/auth/auth-update-me';
import type { LoginDto } from '../api/generated/models/login-dto';
import type { MeDto } from '../api/generated/models/me-dto';
import type { UpdateMeDto } from '../api/generated/models/update-me-dto';
import { type Language, isLanguage } from '../i18n/language';
import { LanguageService } from '../i18n/language-service';
import type { Role } from './role';

/**
 * Who is signed in. The session itself is an httpOnly cookie the browser sends; this store only
 * knows the answer of `GET /auth/me`, asked once at start-up and updated by sign-in and sign-out.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(Api);
  private readonly languageService = inject(LanguageService);
  private readonly currentUser = signal<MeDto | null>(null);
  private readonly loaded = signal(false);
  private loading: Promise<void> | null = null;

  readonly user = this.currentUser.asReadonly();
  /** True once the server has said whether anybody is signed in. */
  readonly isLoaded = this.loaded.asReadonly();
  readonly isSignedIn = computed(() => this.currentUser() !== null);
  readonly role = computed<Role | null>(() => this.currentUser()?.role ?? null);

  hasRole(...roles: readonly Role[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }

  /** Asks the server who is signed in, once; later calls wait for the same answer. */
  load(): Promise<void> {
    this.loading ??= firstValueFrom(this.api.invoke(authMe)).then(
      (me) => this.signedIn(me),
      (error: unknown) => {
        // 401 is the ordinary "nobody is signed in"; any other failure leaves the visitor signed out
        // too, and the sign-in page then reports what is wrong.
        if (!(error instanceof HttpErrorResponse)) {
          throw error;
        }
        this.currentUser.set(null);
        this.loaded.set(true);
      },
    );
    return this.loading;
  }

  /** Signs in and switches to the user's preferred language; rejects with the HTTP error. */
  async signIn(credentials: LoginDto): Promise<MeDto> {
    const me = await firstValueFrom(this.api.invoke(authLogin, { body: credentials }));
    this.loading = Promise.resolve();
    await this.signedIn(me);
    return me;
  }

  /** Ends the session on the server; the user is signed out here even when that call fails. */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.api.invoke(authLogout));
    } catch {
      // An expired session is already signed out on the server.
    } finally {
      this.clear();
    }
  }

  /** Forgets the user without asking the server (the session has expired). */
  clear(): void {
    this.currentUser.set(null);
    this.loaded.set(true);
    this.loading = Promise.resolve();
  }

  /** Saves the user's own name and language; rejects with the HTTP error. */
  async updateMe(changes: UpdateMeDto): Promise<MeDto> {
    const me = await firstValueFrom(this.api.invoke(authUpdateMe, { body: changes }));
    this.currentUser.set(me);
    if (isLanguage(me.preferredLanguage) && me.preferredLanguage !== this.languageService.language()) {
      await this.languageService.use(me.preferredLanguage);
    }
    return me;
  }

  /** The header's language switch: applies the language and, when signed in, saves it as preferred. */
  async changeLanguage(language: Language): Promise<void> {
    await this.languageService.use(language);
    const user = this.currentUser();
    if (user && user.preferredLanguage !== language) {
      try {
        await this.updateMe({ preferredLanguage: language });
      } catch {
        // The interface already speaks the chosen language; it is only not remembered on the server.
      }
    }
  }

  private async signedIn(me: MeDto): Promise<void> {
    this.currentUser.set(me);
    this.loaded.set(true);
    if (isLanguage(me.preferredLanguage)) {
      await this.languageService.use(me.preferredLanguage);
    }
  }
}
