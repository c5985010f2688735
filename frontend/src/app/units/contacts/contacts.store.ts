import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { type ApiProblem, toApiProblem } from '../../core/api/api-problem';
import { Api } from '../../core/api/generated/api';
import { contactsCreate } from '../../core/api/generated/fn/contacts/contacts-create';
import { contactsErase } from '../../core/api/generated/fn/contacts/contacts-erase';
import { contactsExportPersonalData } from '../../core/api/generated/fn/contacts/contacts-export-personal-data';
import { contactsList } from '../../core/api/generated/fn/contacts/contacts-list';
import { contactsRemove } from '../../core/api/generated/fn/contacts/contacts-remove';
import { contactsUpdate } from '../../core/api/generated/fn/contacts/contacts-update';
import type { ContactDto } from '../../core/api/generated/models/contact-dto';
import type { CreateContactDto } from '../../core/api/generated/models/create-contact-dto';
import type { PersonalDataExportDto } from '../../core/api/generated/models/personal-data-export-dto';

// A unit has a handful of contact persons; one page of the API's largest size shows them all.
const CONTACTS_PAGE_SIZE = 100;

interface ContactsState {
  unitId: string | null;
  items: readonly ContactDto[];
  total: number;
  isLoading: boolean;
  loadProblem: ApiProblem | null;
}

export type ContactResult = { contact: ContactDto; problem: null } | { contact: null; problem: ApiProblem };
export type PersonalDataResult =
  { data: PersonalDataExportDto; problem: null } | { data: null; problem: ApiProblem };

/** The contact persons of one unit. Commands resolve to their outcome and keep the list up to date. */
@Injectable()
export class ContactsStore {
  private readonly api = inject(Api);
  private readonly state = signal<ContactsState>({
    unitId: null,
    items: [],
    total: 0,
    isLoading: false,
    loadProblem: null,
  });

  readonly items = computed(() => this.state().items);
  readonly total = computed(() => this.state().total);
  readonly isLoading = computed(() => this.state().isLoading);
  readonly loadProblem = computed(() => this.state().loadProblem);

  async load(unitId: string): Promise<void> {
    const keep = this.state().unitId === unitId;
    this.state.update((state) => ({
      unitId,
      items: keep ? state.items : [],
      total: keep ? state.total : 0,
      isLoading: true,
      loadProblem: null,
    }));
    try {
      const page = await firstValueFrom(
        this.api.invoke(contactsList, { id: unitId, page: 1, pageSize: CONTACTS_PAGE_SIZE }),
      );
      if (this.state().unitId === unitId) {
        this.patch({ items: page.items, total: page.total, isLoading: false });
      }
    } catch (error: unknown) {
      if (this.state().unitId === unitId) {
        this.patch({ isLoading: false, loadProblem: toApiProblem(error) });
      }
    }
  }

  async create(unitId: string, body: CreateContactDto): Promise<ContactResult> {
    try {
      const contact = await firstValueFrom(this.api.invoke(contactsCreate, { id: unitId, body }));
      this.patch({ items: [...this.state().items, contact], total: this.state().total + 1 });
      return { contact, problem: null };
    } catch (error: unknown) {
      return { contact: null, problem: toApiProblem(error) };
    }
  }

  /** Saves changes with the version the contact was loaded at (optimistic locking). */
  async update(contact: ContactDto, changes: CreateContactDto): Promise<ContactResult> {
    try {
      const saved = await firstValueFrom(
        this.api.invoke(contactsUpdate, { id: contact.id, body: { ...changes, version: contact.version } }),
      );
      this.replace(saved);
      return { contact: saved, problem: null };
    } catch (error: unknown) {
      return { contact: null, problem: toApiProblem(error) };
    }
  }

  async remove(contact: ContactDto): Promise<ApiProblem | null> {
    try {
      await firstValueFrom(this.api.invoke(contactsRemove, { id: contact.id }));
      this.patch({
        items: this.state().items.filter((item) => item.id !== contact.id),
        total: Math.max(0, this.state().total - 1),
      });
      return null;
    } catch (error: unknown) {
      return toApiProblem(error);
    }
  }

  /** GDPR erasure (coordinators): the contact stays listed without any personal data. */
  async erase(contact: ContactDto): Promise<ApiProblem | null> {
    try {
      this.replace(await firstValueFrom(this.api.invoke(contactsErase, { id: contact.id })));
      return null;
    } catch (error: unknown) {
      return toApiProblem(error);
    }
  }

  /** Everything held about the person (coordinators), for a GDPR access request. */
  async personalData(contact: ContactDto): Promise<PersonalDataResult> {
    try {
      const data = await firstValueFrom(this.api.invoke(contactsExportPersonalData, { id: contact.id }));
      return { data, problem: null };
    } catch (error: unknown) {
      return { data: null, problem: toApiProblem(error) };
    }
  }

  private replace(contact: ContactDto): void {
    this.patch({ items: this.state().items.map((item) => (item.id === contact.id ? contact : item)) });
  }

  private patch(changes: Partial<ContactsState>): void {
    this.state.update((state) => ({ ...state, ...changes }));
  }
}
