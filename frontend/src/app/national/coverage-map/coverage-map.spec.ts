import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { REGION_DTOS, fakeRegionShapes } from '../../../testing/region-fixtures';
import { LanguageService } from '../../core/i18n/language-service';
import { COVERAGE_CLASSES, NO_DATA_COLOUR } from '../coverage-classes';
import { plain, provideCoverageTranslocoTesting } from '../testing/coverage-testing';
import { CoverageMap, type CoverageMapRegion } from './coverage-map';

function regions(language: 'fi' | 'sv' | 'en'): CoverageMapRegion[] {
  return REGION_DTOS.map(({ code, names }, index) => ({
    code,
    name: names[language],
    // Uusimaa 45/45, Päijät-Häme 9/17 without an agent, Ahvenanmaa without units.
    coverage: code === '21' ? null : code === '07' ? 9 / 17 : code === '01' ? 1 : index / 20,
    reachedUnits: code === '01' ? 45 : code === '07' ? 9 : code === '21' ? 0 : index,
    activeUnits: code === '01' ? 45 : code === '07' ? 17 : code === '21' ? 0 : 20,
    hasAgent: !['07', '12', '21'].includes(code),
  }));
}

describe('CoverageMap', () => {
  let fixture: ComponentFixture<CoverageMap>;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideCoverageTranslocoTesting()] });
    fixture = TestBed.createComponent(CoverageMap);
    // The shapes in reverse order: the map still lists the regions by code.
    const shapes = fakeRegionShapes();
    fixture.componentRef.setInput('shapes', { ...shapes, features: [...shapes.features].reverse() });
    fixture.componentRef.setInput('regions', regions('fi'));
    fixture.componentRef.setInput('label', 'Maakuntien kattavuus kartalla');
    fixture.componentRef.setInput('describedBy', 'crm-coverage-table-caption');
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  function pathOf(code: string): SVGPathElement {
    const path = element.querySelector<SVGPathElement>(`path.region[data-code="${code}"]`);
    if (!path) {
      throw new Error(`no path for region ${code}`);
    }
    return path;
  }

  it('draws the 19 regions as links in the tab order, in region-code order', () => {
    const paths = Array.from(element.querySelectorAll<SVGPathElement>('path.region'));

    expect(paths.map((path) => path.dataset['code'])).toEqual(REGION_DTOS.map(({ code }) => code));
    for (const path of paths) {
      expect(path.getAttribute('tabindex')).toBe('0');
      expect(path.getAttribute('role')).toBe('link');
    }
  });

  it.each([
    ['01', 'Uusimaa: kattavuus 100,0 %, tavoitettu 45/45 yksikköä, muutosagentti: kyllä'],
    ['07', 'Päijät-Häme: kattavuus 52,9 %, tavoitettu 9/17 yksikköä, muutosagentti: ei'],
    [
      '21',
      'Ahvenanmaa: kattavuus ei laskettavissa, ei aktiivisia yksiköitä, tavoitettu 0/0 yksikköä, muutosagentti: ei',
    ],
  ])('names region %s after its figures', (code, name) => {
    expect(plain(pathOf(code).getAttribute('aria-label') ?? '')).toBe(name);
  });

  it.each([
    ['sv', 'Päijänne-Tavastland: täckning 52,9 %, 9 av 17 enheter nådda, förändringsagent: nej'],
    ['en', 'Päijät-Häme: coverage 52.9%, 9 of 17 units reached, change agent: no'],
  ] as const)('names the regions in %s', async (language, name) => {
    await TestBed.inject(LanguageService).use(language);
    fixture.componentRef.setInput('regions', regions(language));
    await fixture.whenStable();

    expect(plain(pathOf('07').getAttribute('aria-label') ?? '')).toBe(name);
  });

  it('fills each region with its coverage class, grey without units', () => {
    expect(pathOf('01').getAttribute('fill')).toBe(COVERAGE_CLASSES[4].colour);
    expect(pathOf('02').getAttribute('fill')).toBe(COVERAGE_CLASSES[0].colour);
    expect(pathOf('07').getAttribute('fill')).toBe(COVERAGE_CLASSES[2].colour);
    expect(pathOf('19').getAttribute('fill')).toBe(COVERAGE_CLASSES[4].colour);
    expect(pathOf('21').getAttribute('fill')).toBe(NO_DATA_COLOUR);
  });

  it('hatches the regions without an agent, and only those', () => {
    const hatched = Array.from(element.querySelectorAll<SVGPathElement>('path.no-agent'));
    const patternId = element.querySelector('pattern')?.id;

    expect(hatched.map((path) => path.dataset['code'])).toEqual(['07', '12', '21']);
    expect(hatched[0].getAttribute('fill')).toBe(`url(#${patternId})`);
    expect(hatched[0].getAttribute('d')).toBe(pathOf('07').getAttribute('d'));
    expect(hatched[0].closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('is a named group described by the table', () => {
    const svg = element.querySelector('svg');

    expect(svg?.getAttribute('role')).toBe('group');
    expect(svg?.getAttribute('aria-describedby')).toBe('crm-coverage-table-caption');
    expect(svg?.querySelector(`#${svg.getAttribute('aria-labelledby')}`)?.textContent).toBe(
      'Maakuntien kattavuus kartalla',
    );
  });

  it('opens a region with Enter and on click', () => {
    const opened: string[] = [];
    fixture.componentInstance.regionSelect.subscribe((code) => opened.push(code));

    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    pathOf('06').dispatchEvent(enter);
    pathOf('19').dispatchEvent(new MouseEvent('click', { bubbles: true }));

    expect(opened).toEqual(['06', '19']);
    expect(enter.defaultPrevented).toBe(true);
  });

  it.each([
    ['ArrowRight', '05', '06'],
    ['ArrowDown', '05', '06'],
    ['ArrowLeft', '05', '04'],
    ['ArrowUp', '01', '01'],
    ['ArrowDown', '21', '21'],
    ['Home', '12', '01'],
    ['End', '12', '21'],
  ])('%s from %s moves the focus to %s', (key, from, to) => {
    pathOf(from).focus();
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    pathOf(from).dispatchEvent(event);

    expect(document.activeElement).toBe(pathOf(to));
    expect(event.defaultPrevented).toBe(true);
  });

  it('outlines the focused region on top of the others', async () => {
    pathOf('13').dispatchEvent(new FocusEvent('focus'));
    await fixture.whenStable();

    expect(element.querySelector('path.highlight-outline')?.getAttribute('d')).toBe(
      pathOf('13').getAttribute('d'),
    );
  });
});
