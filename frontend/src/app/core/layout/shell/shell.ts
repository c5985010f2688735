import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatListItem, MatNavList } from '@angular/material/list';
import { MatToolbar } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { QuickLogLauncher } from '../../../activities/quick-log/quick-log-launcher';
import { AuthStore } from '../../auth/auth.store';
import { SIGN_IN_PATH } from '../../auth/return-url';
import { LanguageSwitch } from '../language-switch/language-switch';
import { NAVIGATION_ITEMS } from '../navigation-items';

const CREATIVE_COMMONS_BY_4_URL = 'https://creativecommons.org/licenses/by/4.0/';

/**
 * The page frame: header, navigation, main content and footer. On narrow screens the navigation
 * is a disclosure behind a menu button (CSS decides which layout applies). The navigation shows
 * what the signed-in user's role may use.
 */
@Component({
  selector: 'crm-shell',
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.escape)': 'closeMenu()' },
  imports: [
    LanguageSwitch,
    MatButton,
    MatIconButton,
    MatListItem,
    MatNavList,
    MatToolbar,
    QuickLogLauncher,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslocoPipe,
  ],
})
export class Shell {
  private readonly authStore = inject(AuthStore);
  private readonly router = inject(Router);

  protected readonly user = this.authStore.user;
  protected readonly isAuthLoaded = this.authStore.isLoaded;
  protected readonly navigationItems = computed(() =>
    this.authStore.isSignedIn()
      ? NAVIGATION_ITEMS.filter((item) => !item.roles || this.authStore.hasRole(...item.roles))
      : [],
  );
  protected readonly licenceUrl = CREATIVE_COMMONS_BY_4_URL;
  protected readonly isMenuOpen = signal(false);
  protected readonly isSigningOut = signal(false);

  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly menuButton = viewChild<MatIconButton, ElementRef<HTMLButtonElement>>('menuButton', {
    read: ElementRef,
  });

  constructor() {
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.isMenuOpen.set(false));
  }

  protected skipToMain(event: Event): void {
    // A plain "#main" link would resolve against <base href="/"> and leave the current page.
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected toggleMenu(): void {
    this.isMenuOpen.update((isOpen) => !isOpen);
  }

  protected closeMenu(): void {
    if (this.isMenuOpen()) {
      this.isMenuOpen.set(false);
      this.menuButton()?.nativeElement.focus();
    }
  }

  protected async signOut(): Promise<void> {
    this.isSigningOut.set(true);
    await this.authStore.signOut();
    this.isSigningOut.set(false);
    await this.router.navigateByUrl(SIGN_IN_PATH);
  }
}
