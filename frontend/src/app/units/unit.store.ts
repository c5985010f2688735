import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { type ApiProblem, toApiProblem } from '../core/api/api-problem';
import { Api } from '../core/api/generated/api';
import { unitsCreate } from '../core/api/generated/fn/units/units-create';
import { unitsGet } from '../core/api/generated/fn/units/units-get';
import { unitsRemove } from '../core/api/generated/fn/units/units-remove';
import { unitsUpdate } from '../core/api/generated/fn/units/units-update';
import type { CreateUnitDto } from '../core/api/generated/models/create-unit-dto';
import type { MunicipalityDto } from '../core/api/generated/models/municipality-dto';
import type { UnitDto } from '../core/api/generated/models/unit-dto';
import type { UpdateUnitDto } from '../core/api/generated/models/update-unit-dto';
import { UnitReferenceData } from './unit-reference-data';

interface UnitState {
  unit: UnitDto | null;
  municipality: MunicipalityDto | null;
  isLoading: boolean;
  loadProblem: ApiProblem | null;
}

export type SaveUnitResult = { unit: UnitDto; problem: null } | { unit: null; problem: ApiProblem };
export type RemoveUnitResult =
  { isDeactivated: boolean; problem: null } | { isDeactivated: null; problem: ApiProblem };

/** One contracting unit being shown, created or edited. Commands resolve to their outcome. */
@Injectable()
export class UnitStore {
  private readonly api = inject(Api);
  private readonly referenceData = inject(UnitReferenceData);
  private readonly state = signal<UnitState>({
    unit: null,
    municipality: null,
    isLoading: false,
    loadProblem: null,
  });
  private loadCount = 0;

  readonly unit = computed(() => this.state().unit);
  /** The unit's municipality, once loaded. */
  readonly municipality = computed(() => this.state().municipality);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly loadProblem = computed(() => this.state().loadProblem);

  /** Loads the unit and its municipality; the answer to an older call is dropped. */
  async load(id: string): Promise<void> {
    const current = ++this.loadCount;
    const keep = this.state().unit?.id === id;
    this.state.update((state) => ({
      unit: keep ? state.unit : null,
      municipality: keep ? state.municipality : null,
      isLoading: true,
      loadProblem: null,
    }));
    try {
      const unit = await firstValueFrom(this.api.invoke(unitsGet, { id }));
      const municipality = unit.municipalityCode
        ? await this.referenceData.municipality(unit.municipalityCode)
        : null;
      if (current === this.loadCount) {
        this.state.set({ unit, municipality, isLoading: false, loadProblem: null });
      }
    } catch (error: unknown) {
      if (current === this.loadCount) {
        this.state.set({
          unit: null,
          municipality: null,
          isLoading: false,
          loadProblem: toApiProblem(error),
        });
      }
    }
  }

  async create(body: CreateUnitDto): Promise<SaveUnitResult> {
    try {
      const unit = await firstValueFrom(this.api.invoke(unitsCreate, { body }));
      return { unit, problem: null };
    } catch (error: unknown) {
      return { unit: null, problem: toApiProblem(error) };
    }
  }

  /** Saves changes to the loaded unit with the version it was loaded at (optimistic locking). */
  async update(
    id: string,
    changes: Omit<UpdateUnitDto, 'version'>,
    version: number,
  ): Promise<SaveUnitResult> {
    try {
      const unit = await firstValueFrom(this.api.invoke(unitsUpdate, { id, body: { ...changes, version } }));
      this.state.update((state) => ({ ...state, unit }));
      return { unit, problem: null };
    } catch (error: unknown) {
      return { unit: null, problem: toApiProblem(error) };
    }
  }

  /** Deletes the unit, or deactivates it when it has history (the server decides). */
  async remove(id: string): Promise<RemoveUnitResult> {
    try {
      const { deactivated } = await firstValueFrom(this.api.invoke(unitsRemove, { id }));
      return { isDeactivated: deactivated, problem: null };
    } catch (error: unknown) {
      return { isDeactivated: null, problem: toApiProblem(error) };
    }
  }
}
