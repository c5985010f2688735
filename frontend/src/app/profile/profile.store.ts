import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { type ApiProblem, toApiProblem } from '../core/api/api-problem';
import { Api } from '../core/api/generated/api';
import { authChangePassword } from '../core/api/generated/fn/auth/auth-change-password';
import { authCreateToken } from '../core/api/generated/fn/auth/auth-create-token';
import { authListTokens } from '../core/api/generated/fn/auth/auth-list-tokens';
import { authRevokeToken } from '../core/api/generated/fn/auth/auth-revoke-token';
import { regionsList } from '../core/api/generated/fn/reference-data/regions-list';
import type { ApiTokenDto } from '../core/api/generated/models/api-token-dto';
import type { CreatedApiTokenDto } from '../core/api/generated/models/created-api-token-dto';
import type { RegionDto } from '../core/api/generated/models/region-dto';
import type { UpdateMeDto } from '../core/api/generated/models/update-me-dto';
import { AuthStore } from '../core/auth/auth.store';

interface ProfileState {
  tokens: readonly ApiTokenDto[];
  isLoadingTokens: boolean;
  hasTokensError: boolean;
  /** The token just created: its secret is shown this once. */
  createdToken: CreatedApiTokenDto | null;
  regions: readonly RegionDto[];
}

const INITIAL_STATE: ProfileState = {
  tokens: [],
  isLoadingTokens: false,
  hasTokensError: false,
  createdToken: null,
  regions: [],
};

/** The signed-in user's own account: details, password and personal API tokens. Commands resolve to the problem, if any. */
@Injectable()
export class ProfileStore {
  private readonly api = inject(Api);
  private readonly authStore = inject(AuthStore);
  private readonly state = signal<ProfileState>(INITIAL_STATE);

  readonly user = this.authStore.user;
  readonly tokens = computed(() => this.state().tokens);
  readonly isLoadingTokens = computed(() => this.state().isLoadingTokens);
  readonly hasTokensError = computed(() => this.state().hasTokensError);
  readonly createdToken = computed(() => this.state().createdToken);
  readonly regions = computed(() => this.state().regions);

  async loadTokens(): Promise<void> {
    this.patch({ isLoadingTokens: true, hasTokensError: false });
    try {
      const tokens = await firstValueFrom(this.api.invoke(authListTokens));
      this.patch({ tokens, isLoadingTokens: false });
    } catch {
      this.patch({ isLoadingTokens: false, hasTokensError: true });
    }
  }

  /** Region names for an agent's regions. */
  async loadRegions(): Promise<void> {
    try {
      const page = await firstValueFrom(this.api.invoke(regionsList, { pageSize: 100 }));
      this.patch({ regions: page.items });
    } catch {
      // The codes are shown instead of the names.
    }
  }

  saveDetails(changes: UpdateMeDto): Promise<ApiProblem | null> {
    return this.attempt(() => this.authStore.updateMe(changes));
  }

  changePassword(currentPassword: string, newPassword: string): Promise<ApiProblem | null> {
    return this.attempt(() =>
      firstValueFrom(this.api.invoke(authChangePassword, { body: { currentPassword, newPassword } })),
    );
  }

  createToken(name: string, expiresInDays: number): Promise<ApiProblem | null> {
    return this.attempt(async () => {
      const created = await firstValueFrom(
        this.api.invoke(authCreateToken, { body: { name, expiresInDays } }),
      );
      this.patch({ createdToken: created });
      await this.loadTokens();
    });
  }

  /** Forgets the new token's secret; it cannot be shown again. */
  dismissCreatedToken(): void {
    this.patch({ createdToken: null });
  }

  revokeToken(id: string): Promise<ApiProblem | null> {
    return this.attempt(async () => {
      await firstValueFrom(this.api.invoke(authRevokeToken, { id }));
      this.state.update((state) => ({
        ...state,
        tokens: state.tokens.filter((token) => token.id !== id),
        createdToken: state.createdToken?.id === id ? null : state.createdToken,
      }));
    });
  }

  private async attempt(action: () => Promise<unknown>): Promise<ApiProblem | null> {
    try {
      await action();
      return null;
    } catch (error: unknown) {
      return toApiProblem(error);
    }
  }

  private patch(changes: Partial<ProfileState>): void {
    this.state.update((state) => ({ ...state, ...changes }));
  }
}
