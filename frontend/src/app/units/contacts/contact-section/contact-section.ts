import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { generalProblemKey } from '../../../core/api/api-problem';
import type { ContactDto } from '../../../core/api/generated/models/contact-dto';
import { LANGUAGE_NAMES } from '../../../core/i18n/language';
import { confirmAction } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { FormMessage, type FormOutcome } from '../../../shared/ui/form-message/form-message';
import { saveFile } from '../../save-file';
import { ContactDialog, type ContactDialogData } from '../contact-dialog/contact-dialog';
import { ContactsStore } from '../contacts.store';

/** A unit's contact persons: list, add, edit, delete; GDPR export and erasure for coordinators. */
@Component({
  selector: 'crm-contact-section',
  templateUrl: './contact-section.html',
  styleUrl: './contact-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ContactsStore],
  imports: [FormMessage, MatButton, MatProgressBar, TranslocoPipe],
})
export class ContactSection {
  private readonly store = inject(ContactsStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  readonly unitId = input.required<string>();
  /** Agents and coordinators add, edit and delete contacts. */
  readonly canEdit = input(false);
  /** Coordinators export and erase a person's data (SPEC §7). */
  readonly canManagePersonalData = input(false);

  protected readonly items = this.store.items;
  protected readonly isLoading = this.store.isLoading;
  protected readonly loadProblem = this.store.loadProblem;
  protected readonly message = signal<FormOutcome | null>(null);
  protected readonly generalProblemKey = generalProblemKey;
  protected readonly languageName = (contact: ContactDto): string =>
    LANGUAGE_NAMES[contact.preferredLanguage];

  constructor() {
    effect(() => {
      const unitId = this.unitId();
      untracked(() => void this.store.load(unitId));
    });
  }

  protected async add(): Promise<void> {
    const saved = await this.openDialog({ unitId: this.unitId() });
    if (saved) {
      this.message.set({ key: 'units.contacts.added', params: { name: saved.name }, isError: false });
    }
  }

  protected async edit(contact: ContactDto): Promise<void> {
    const saved = await this.openDialog({ unitId: this.unitId(), contact });
    if (saved) {
      this.message.set({ key: 'units.contacts.saved', params: { name: saved.name }, isError: false });
    }
  }

  protected async remove(contact: ContactDto): Promise<void> {
    const isConfirmed = await confirmAction(this.dialog, {
      titleKey: 'units.contacts.deleteTitle',
      messageKey: 'units.contacts.deleteMessage',
      confirmKey: 'units.contacts.delete',
      params: { name: contact.name ?? '' },
    });
    if (!isConfirmed) {
      return;
    }
    const problem = await this.store.remove(contact);
    this.message.set(
      problem
        ? { key: generalProblemKey(problem), isError: true }
        : { key: 'units.contacts.deleted', params: { name: contact.name ?? '' }, isError: false },
    );
  }

  protected async erase(contact: ContactDto): Promise<void> {
    const isConfirmed = await confirmAction(this.dialog, {
      titleKey: 'units.contacts.eraseTitle',
      messageKey: 'units.contacts.eraseMessage',
      confirmKey: 'units.contacts.erase',
      params: { name: contact.name ?? '' },
    });
    if (!isConfirmed) {
      return;
    }
    const problem = await this.store.erase(contact);
    this.message.set(
      problem
        ? { key: generalProblemKey(problem), isError: true }
        : { key: 'units.contacts.erased', isError: false },
    );
  }

  protected async exportPersonalData(contact: ContactDto): Promise<void> {
    const result = await this.store.personalData(contact);
    if (result.problem) {
      this.message.set({ key: generalProblemKey(result.problem), isError: true });
      return;
    }
    const json = JSON.stringify(result.data, null, 2);
    saveFile(
      this.document,
      new Blob([json], { type: 'application/json' }),
      `personal-data-${contact.id}.json`,
    );
    this.message.set({ key: 'units.contacts.exported', isError: false });
  }

  protected retry(): void {
    void this.store.load(this.unitId());
  }

  private async openDialog(data: ContactDialogData): Promise<ContactDto | undefined> {
    this.message.set(null);
    const reference = this.dialog.open<ContactDialog, ContactDialogData, ContactDto>(ContactDialog, {
      data,
      // The dialog saves through this section's store.
      injector: this.injector,
      width: 'min(560px, calc(100vw - 32px))',
      maxWidth: 'calc(100vw - 32px)',
    });
    return firstValueFrom(reference.afterClosed());
  }
}
