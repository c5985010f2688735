import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

export interface ConfirmDialogData {
  /** Translation keys; `params` fill their placeholders. */
  titleKey: string;
  messageKey: string;
  confirmKey: string;
  params?: Record<string, unknown>;
}

/** Asks "are you sure?" before an action that is hard to undo. */
@Component({
  selector: 'crm-confirm-dialog',
  template: `
    <h2 mat-dialog-title>{{ data.titleKey | transloco: data.params }}</h2>
    <mat-dialog-content>
      <p>{{ data.messageKey | transloco: data.params }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ 'common.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">
        {{ data.confirmKey | transloco: data.params }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle, TranslocoPipe],
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/** Opens the dialog; resolves true when the user confirms. */
export async function confirmAction(dialog: MatDialog, data: ConfirmDialogData): Promise<boolean> {
  const reference = dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
    data,
    // The dialog itself takes the focus, so its title and question are read out first.
    autoFocus: 'dialog',
    role: 'alertdialog',
    maxWidth: 'min(560px, calc(100vw - 32px))',
  });
  return (await firstValueFrom(reference.afterClosed())) === true;
}
