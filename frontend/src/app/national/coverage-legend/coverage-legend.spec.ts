import { TestBed } from '@angular/core/testing';
import { LanguageService } from '../../core/i18n/language-service';
import { COVERAGE_CLASSES, NO_DATA_COLOUR } from '../coverage-classes';
import { plain, provideCoverageTranslocoTesting, text } from '../testing/coverage-testing';
import { CoverageLegend, coverageClassRange } from './coverage-legend';

describe('coverageClassRange', () => {
  it.each([
    ['fi', ['0–19,9 %', '20–39,9 %', '40–59,9 %', '60–79,9 %', '80–100 %']],
    ['en', ['0% – 19.9%', '20% – 39.9%', '40% – 59.9%', '60% – 79.9%', '80% – 100%']],
  ])('gives the class ranges in %s', (locale, ranges) => {
    expect(COVERAGE_CLASSES.map((coverageClass) => plain(coverageClassRange(coverageClass, locale)))).toEqual(
      ranges,
    );
  });
});

describe('CoverageLegend', () => {
  async function render(hasNoData: boolean): Promise<HTMLElement> {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideCoverageTranslocoTesting()] });
    const fixture = TestBed.createComponent(CoverageLegend);
    fixture.componentRef.setInput('hasNoData', hasNoData);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  it('lists the classes with their colours and ranges, and the hatching of no agent', async () => {
    const element = await render(false);
    const items = Array.from(element.querySelectorAll('li'));

    expect(items.map((item) => text(item))).toEqual([
      '0–19,9 %',
      '20–39,9 %',
      '40–59,9 %',
      '60–79,9 %',
      '80–100 %',
      'Ei muutosagenttia (viivoitus)',
    ]);
    expect(items.slice(0, 5).map((item) => item.querySelector('rect')?.getAttribute('fill'))).toEqual(
      COVERAGE_CLASSES.map((coverageClass) => coverageClass.colour),
    );
    const hatch = items[5].querySelector('pattern');
    expect(items[5].querySelector(`rect[fill="url(#${hatch?.id})"]`)).not.toBeNull();
    expect(element.querySelector('ul')?.getAttribute('aria-labelledby')).toBe(element.querySelector('p')?.id);
  });

  it('adds the grey of no units when a region has none', async () => {
    const element = await render(true);
    const noData = element.querySelector('li[data-class="none"]');

    expect(text(noData)).toBe('Ei aktiivisia yksiköitä');
    expect(noData?.querySelector('rect')?.getAttribute('fill')).toBe(NO_DATA_COLOUR);
  });

  it('follows the language', async () => {
    const element = await render(false);
    await TestBed.inject(LanguageService).use('sv');
    TestBed.tick();

    expect(text(element.querySelector('li[data-class="no-agent"]'))).toBe(
      'Ingen förändringsagent (streckad)',
    );
  });
});
