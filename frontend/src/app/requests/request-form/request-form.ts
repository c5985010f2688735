import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { type ApiProblem, generalProblemKey } from '../../core/api/api-problem';
import { Api } from '../../core/api/generated/api';
import { contactsList } from '../../core/api/generated/fn/contacts/contacts-list';
import type { ContactDto } from '../../core/api/generated/models/contact-dto';
import type { CreateRequestDto } from '../../core/api/generated/models/create-request-dto';
import { AuthStore } from '../../core/auth/auth.store';
import { applyServerErrors } from '../../core/forms/server-errors';
import { LANGUAGES, LANGUAGE_NAMES } from '../../core/i18n/language';
import { LanguageService } from '../../core/i18n/language-service';
import { FormMessage, type FormOutcome } from '../../shared/ui/form-message/form-message';
import { requestContent, requestContentForm } from '../content-fields/request-content-form';
import { RequestContentFields } from '../content-fields/request-content-fields';
import { RequestFieldError } from '../request-field-error/request-field-error';
import { STAFF_REQUEST_SOURCES, type StaffRequestSource } from '../request-options';
import { RequestReferenceData } from '../request-reference-data';
import { RequestStore } from '../request.store';
import {
  RequestUnitPicker,
  type UnitChoice,
  type UnitOption,
  unitChosenValidator,
} from '../unit-picker/request-unit-picker';

type RequesterMode = 'contact' | 'new';

const CONTACTS_PAGE_SIZE = 100;

/**
 * `/requests/new`: a support request. Staff make it on a unit's behalf (unit, requester, how it came);
 * a unit user makes it for their own unit, as its requester. `?unitId=` chooses the unit in advance.
 */
@Component({
  selector: 'crm-request-form',
  templateUrl: './request-form.html',
  styleUrl: './request-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [RequestStore],
  imports: [
    FormMessage,
    MatAnchor,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    ReactiveFormsModule,
    RequestContentFields,
    RequestFieldError,
    RequestUnitPicker,
    RouterLink,
    TranslocoPipe,
  ],
})
export class RequestForm {
  private readonly store = inject(RequestStore);
  private readonly api = inject(Api);
  private readonly referenceData = inject(RequestReferenceData);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly user = inject(AuthStore).user;
  private readonly language = inject(LanguageService).language;
  private contactLoads = 0;

  /** `?unitId=`: the unit chosen in advance (staff). */
  readonly unitId = input<string | undefined>();

  protected readonly isUnitUser = computed(() => this.user()?.role === 'unit');
  /** The unit a unit user asks for; they have no other. */
  protected readonly ownUnit = computed(() => this.user()?.unit ?? null);
  // An agent can make requests only for units of their own regions; the server checks it too.
  protected readonly agentRegionCodes = computed(() => this.user()?.agent?.regionCodes ?? null);
  protected readonly sources = STAFF_REQUEST_SOURCES;
  protected readonly languages = LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }));
  protected readonly form = inject(NonNullableFormBuilder).group({
    unitId: new FormControl<UnitChoice>(null, unitChosenValidator),
    requesterMode: new FormControl<RequesterMode>('contact', { nonNullable: true }),
    requesterContactId: new FormControl<string | null>(null, Validators.required),
    requester: inject(NonNullableFormBuilder).group({
      name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
      email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
      language: [this.language()],
    }),
    source: new FormControl<StaffRequestSource>('agent_created', { nonNullable: true }),
  });
  protected readonly content = requestContentForm();
  protected readonly contacts = signal<readonly ContactDto[]>([]);
  protected readonly isLoadingContacts = signal(false);
  protected readonly isSaving = signal(false);
  protected readonly formMessage = signal<FormOutcome | null>(null);
  protected readonly requesterMode = toSignal(this.form.controls.requesterMode.valueChanges, {
    initialValue: this.form.controls.requesterMode.value,
  });
  private readonly chosenUnit = toSignal(this.form.controls.unitId.valueChanges, { initialValue: null });
  protected readonly hasUnit = computed(() => {
    const unit = this.chosenUnit();
    return unit !== null && typeof unit === 'object';
  });

  constructor() {
    effect(() => {
      if (this.isUnitUser()) {
        // The unit user's own unit and person are used; none of these fields apply.
        untracked(() => this.form.disable({ emitEvent: false }));
      }
    });
    effect(() => {
      const mode = this.requesterMode();
      untracked(() => {
        if (this.isUnitUser()) {
          return;
        }
        const { requesterContactId, requester } = this.form.controls;
        if (mode === 'contact') {
          requesterContactId.enable({ emitEvent: false });
          requester.disable({ emitEvent: false });
        } else {
          requesterContactId.disable({ emitEvent: false });
          requester.enable({ emitEvent: false });
        }
      });
    });
    effect(() => {
      const unit = this.chosenUnit();
      untracked(() => void this.loadContacts(unit && typeof unit === 'object' ? unit : null));
    });
    effect(() => {
      const unitId = this.unitId();
      untracked(() => {
        if (unitId && !this.isUnitUser()) {
          void this.preselect(unitId);
        }
      });
    });
  }

  protected async save(): Promise<void> {
    this.formMessage.set(null);
    if (this.form.invalid || this.content.invalid) {
      this.form.markAllAsTouched();
      this.content.markAllAsTouched();
      this.formMessage.set({ key: 'errors.checkFields', isError: true });
      return;
    }
    const body = this.requestBody();
    if (!body) {
      this.formMessage.set({ key: 'requests.form.noOwnUnit', isError: true });
      return;
    }
    this.isSaving.set(true);
    const result = await this.store.create(body);
    this.isSaving.set(false);
    if (result.request) {
      void this.router.navigate(['..', result.request.id], { relativeTo: this.route });
      return;
    }
    this.showProblem(result.problem);
  }

  private requestBody(): CreateRequestDto | null {
    const content = requestContent(this.content);
    if (this.isUnitUser()) {
      const unit = this.ownUnit();
      return unit ? { ...content, unitId: unit.id } : null;
    }
    const value = this.form.getRawValue();
    const unit = value.unitId;
    if (!unit || typeof unit !== 'object') {
      return null;
    }
    return {
      ...content,
      unitId: unit.id,
      source: value.source,
      ...(value.requesterMode === 'contact' && value.requesterContactId
        ? { requesterContactId: value.requesterContactId }
        : {
            requester: {
              name: value.requester.name.trim(),
              email: value.requester.email.trim(),
              language: value.requester.language,
            },
          }),
    };
  }

  private showProblem(problem: ApiProblem): void {
    const unmatched = applyServerErrors(this.form, applyServerErrors(this.content, problem.errors));
    this.formMessage.set({
      key:
        problem.errors.length > 0 && unmatched.length === 0
          ? 'errors.checkFields'
          : generalProblemKey(problem),
      isError: true,
    });
  }

  /** The chosen unit's contact persons to pick the requester from; someone else when it has none. */
  private async loadContacts(unit: UnitOption | null): Promise<void> {
    const current = ++this.contactLoads;
    this.contacts.set([]);
    this.form.controls.requesterContactId.setValue(null);
    if (!unit) {
      this.isLoadingContacts.set(false);
      return;
    }
    this.isLoadingContacts.set(true);
    let contacts: readonly ContactDto[] = [];
    try {
      const page = await firstValueFrom(
        this.api.invoke(contactsList, { id: unit.id, pageSize: CONTACTS_PAGE_SIZE }),
      );
      contacts = page.items.filter((contact) => !contact.isErased);
    } catch {
      // Without the list the requester is entered as a new person.
    }
    if (current !== this.contactLoads) {
      return;
    }
    this.isLoadingContacts.set(false);
    this.contacts.set(contacts);
    this.form.controls.requesterMode.setValue(contacts.length > 0 ? 'contact' : 'new');
  }

  private async preselect(unitId: string): Promise<void> {
    const unit = await this.referenceData.unit(unitId);
    const shown = this.form.controls.unitId.value;
    if (unit && (shown === null || shown === '')) {
      this.form.controls.unitId.setValue(unit);
    }
  }
}
