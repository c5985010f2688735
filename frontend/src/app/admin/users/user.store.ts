import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { type ApiProblem, toApiProblem } from '../../core/api/api-problem';
import { Api } from '../../core/api/generated/api';
import { unitsGet } from '../../core/api/generated/fn/units/units-get';
import { usersCreate } from '../../core/api/generated/fn/users/users-create';
import { usersGet } from '../../core/api/generated/fn/users/users-get';
import { usersIssuePasswordSetup } from '../../core/api/generated/fn/users/users-issue-password-setup';
import { usersUpdate } from '../../core/api/generated/fn/users/users-update';
import type { CreateUserDto } from '../../core/api/generated/models/create-user-dto';
import type { UnitDto } from '../../core/api/generated/models/unit-dto';
import type { UpdateUserDto } from '../../core/api/generated/models/update-user-dto';
import type { UserDto } from '../../core/api/generated/models/user-dto';
import { STALE_VERSION } from '../problem-codes';

interface UserState {
  user: UserDto | null;
  /** The contracting unit of a unit user. */
  unit: UnitDto | null;
  isLoading: boolean;
  loadProblem: ApiProblem | null;
  /** The user created last in this visit, to greet on their page. */
  createdId: string | null;
}

export type CreateUserResult = { user: UserDto; problem: null } | { user: null; problem: ApiProblem };

/** One user being created or edited. Commands resolve to the problem, if any. */
@Injectable()
export class UserStore {
  private readonly api = inject(Api);
  private readonly state = signal<UserState>({
    user: null,
    unit: null,
    isLoading: false,
    loadProblem: null,
    createdId: null,
  });

  readonly user = computed(() => this.state().user);
  readonly unit = computed(() => this.state().unit);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly loadProblem = computed(() => this.state().loadProblem);
  readonly createdId = computed(() => this.state().createdId);

  async load(id: string): Promise<void> {
    this.patch({
      user: this.state().user?.id === id ? this.state().user : null,
      isLoading: true,
      loadProblem: null,
    });
    try {
      const user = await firstValueFrom(this.api.invoke(usersGet, { id }));
      const unit = user.unitId ? await this.loadUnit(user.unitId) : null;
      this.patch({ user, unit, isLoading: false });
    } catch (error: unknown) {
      this.patch({ user: null, unit: null, isLoading: false, loadProblem: toApiProblem(error) });
    }
  }

  async create(body: CreateUserDto): Promise<CreateUserResult> {
    try {
      const user = await firstValueFrom(this.api.invoke(usersCreate, { body }));
      this.patch({ createdId: user.id });
      return { user, problem: null };
    } catch (error: unknown) {
      return { user: null, problem: toApiProblem(error) };
    }
  }

  /** Saves changes to the loaded user, sending the version it was loaded at; a stale version reloads it. */
  async update(changes: Omit<UpdateUserDto, 'version'>): Promise<ApiProblem | null> {
    const current = this.state().user;
    if (!current) {
      return null;
    }
    try {
      const user = await firstValueFrom(
        this.api.invoke(usersUpdate, { id: current.id, body: { ...changes, version: current.version } }),
      );
      const unit = user.unitId
        ? user.unitId === this.state().unit?.id
          ? this.state().unit
          : await this.loadUnit(user.unitId)
        : null;
      this.patch({ user, unit });
      return null;
    } catch (error: unknown) {
      const problem = toApiProblem(error);
      if (problem.code === STALE_VERSION) {
        await this.load(current.id);
      }
      return problem;
    }
  }

  /** Issues a new one-time password link, which the server emails to the user. */
  async issuePasswordSetup(): Promise<ApiProblem | null> {
    const current = this.state().user;
    if (!current) {
      return null;
    }
    try {
      await firstValueFrom(this.api.invoke(usersIssuePasswordSetup, { id: current.id }));
      return null;
    } catch (error: unknown) {
      return toApiProblem(error);
    }
  }

  private async loadUnit(id: string): Promise<UnitDto | null> {
    try {
      return await firstValueFrom(this.api.invoke(unitsGet, { id }));
    } catch {
      // The unit's name is not essential to editing the user.
      return null;
    }
  }

  private patch(changes: Partial<UserState>): void {
    this.state.update((state) => ({ ...state, ...changes }));
  }
}
