import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { ReplaySubject, map, switchMap } from 'rxjs';

const APP_TITLE_KEY = 'app.name';
const DOCUMENT_TITLE_KEY = 'app.documentTitle';

/**
 * Route `title`s are translation keys; the document title is translated and follows language
 * changes, e.g. "Maakunnat – KEINO CRM".
 */
@Injectable()
export class LocalizedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly pageTitleKey = new ReplaySubject<string | undefined>(1);

  constructor() {
    super();
    this.pageTitleKey
      .pipe(
        switchMap((key) =>
          this.transloco
            .selectTranslate<string>(key ?? APP_TITLE_KEY)
            .pipe(
              map((page) => (key ? this.transloco.translate<string>(DOCUMENT_TITLE_KEY, { page }) : page)),
            ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((documentTitle) => this.title.setTitle(documentTitle));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageTitleKey.next(this.buildTitle(snapshot));
  }
}
