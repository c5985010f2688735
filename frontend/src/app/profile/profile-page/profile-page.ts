import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language-service';
import { ApiTokens } from '../api-tokens/api-tokens';
import { PasswordForm } from '../password-form/password-form';
import { ProfileForm } from '../profile-form/profile-form';
import { ProfileStore } from '../profile.store';

/** The signed-in user's own page: who they are, their settings, password and API tokens. */
@Component({
  selector: 'crm-profile-page',
  templateUrl: './profile-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ApiTokens, PasswordForm, ProfileForm, TranslocoPipe],
})
export class ProfilePage {
  private readonly store = inject(ProfileStore);
  private readonly language = inject(LanguageService).language;

  protected readonly user = this.store.user;
  protected readonly regionNames = computed(() => {
    const codes = this.user()?.agent?.regionCodes ?? [];
    const language = this.language();
    return codes.map(
      (code) => this.store.regions().find((region) => region.code === code)?.names[language] ?? code,
    );
  });

  constructor() {
    void this.store.loadTokens();
    if (this.user()?.agent) {
      void this.store.loadRegions();
    }
  }
}
