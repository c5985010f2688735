import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  MatButtonToggle,
  MatButtonToggleGroup,
  type MatButtonToggleChange,
} from '@angular/material/button-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../../i18n/language';
import { AuthStore } from '../../auth/auth.store';
import { LanguageService } from '../../i18n/language-service';

/**
 * Switches the interface language between Finnish, Swedish and English; for a signed-in user the
 * choice is also saved as their preferred language.
 */
@Component({
  selector: 'crm-language-switch',
  templateUrl: './language-switch.html',
  styleUrl: './language-switch.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonToggleGroup, MatButtonToggle, TranslocoPipe],
})
export class LanguageSwitch {
  private readonly authStore = inject(AuthStore);

  protected readonly language = inject(LanguageService).language;
  protected readonly options = LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }));
  protected readonly labelId = 'crm-language-switch-label';

  protected change(event: MatButtonToggleChange): void {
    const value: unknown = event.value;
    if (isLanguage(value)) {
      void this.authStore.changeLanguage(value);
    }
  }
}
