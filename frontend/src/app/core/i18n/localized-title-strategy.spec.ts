import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslocoTesting } from '../../../testing/transloco-testing';
import { LanguageService } from './language-service';
import { LocalizedTitleStrategy } from './localized-title-strategy';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class EmptyPage {}

describe('LocalizedTitleStrategy', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoTesting(),
        provideRouter([
          { path: 'regions', title: 'regions.pageTitle', component: EmptyPage },
          { path: 'untitled', component: EmptyPage },
        ]),
        { provide: TitleStrategy, useClass: LocalizedTitleStrategy },
      ],
    });
  });

  it('translates the route title and follows the language', async () => {
    const harness = await RouterTestingHarness.create();
    const title = TestBed.inject(Title);

    await harness.navigateByUrl('/regions');
    expect(title.getTitle()).toBe('Maakunnat – KEINO CRM');

    await TestBed.inject(LanguageService).use('sv');
    expect(title.getTitle()).toBe('Landskap – KEINO CRM');
  });

  it('uses the product name for routes without a title', async () => {
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/untitled');

    expect(TestBed.inject(Title).getTitle()).toBe('KEINO CRM');
  });
});
