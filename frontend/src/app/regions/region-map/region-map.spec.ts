import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { REGION_DTOS, fakeRegionShapes } from '../../../testing/region-fixtures';
import { provideTranslocoTesting } from '../../../testing/transloco-testing';
import { RegionMap, type RegionMapItem } from './region-map';

const FINNISH_ITEMS: RegionMapItem[] = REGION_DTOS.map(({ code, nuts3Code, names }) => ({
  code,
  nuts3Code,
  name: names.fi,
}));

describe('RegionMap', () => {
  let fixture: ComponentFixture<RegionMap>;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] });
    fixture = TestBed.createComponent(RegionMap);
    fixture.componentRef.setInput('shapes', fakeRegionShapes());
    fixture.componentRef.setInput('regions', FINNISH_ITEMS);
    fixture.componentRef.setInput('label', 'Suomen maakunnat kartalla');
    fixture.componentRef.setInput('describedBy', 'regions-table-caption');
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  function regionPaths(): SVGPathElement[] {
    return Array.from(element.querySelectorAll<SVGPathElement>('path.region'));
  }

  function pathOf(code: string): SVGPathElement {
    const path = element.querySelector<SVGPathElement>(`path.region[data-code="${code}"]`);
    if (!path) {
      throw new Error(`no path for region ${code}`);
    }
    return path;
  }

  it('draws the 19 regions as focusable buttons named after the region and its NUTS code', () => {
    const paths = regionPaths();

    expect(paths).toHaveLength(19);
    for (const path of paths) {
      expect(path.getAttribute('tabindex')).toBe('0');
      expect(path.getAttribute('role')).toBe('button');
      expect(path.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    }
    expect(pathOf('01').getAttribute('aria-label')).toBe('Uusimaa, NUTS 3 FI1B1');
    expect(pathOf('21').getAttribute('aria-label')).toBe('Ahvenanmaa, NUTS 3 FI200');
  });

  it('draws each region as its own small shape, not the rest of the globe', () => {
    const [, , width, height] = (element.querySelector('svg')?.getAttribute('viewBox') ?? '')
      .split(' ')
      .map(Number);

    for (const path of regionPaths()) {
      const numbers = (path.getAttribute('d') ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
      const xs = numbers.filter((_, index) => index % 2 === 0);
      const ys = numbers.filter((_, index) => index % 2 === 1);
      // Each fake region is one cell of a 5 × 4 grid.
      expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(width / 4);
      expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(height / 3);
    }
  });

  it('labels the regions with their names and refers to the table as its description', () => {
    const labels = Array.from(element.querySelectorAll('text.label')).map((text) => text.textContent?.trim());
    const svg = element.querySelector('svg');

    expect(labels).toContain('Uusimaa');
    expect(labels).toContain('Pohjois-Pohjanmaa');
    expect(svg?.getAttribute('aria-describedby')).toBe('regions-table-caption');
    expect(svg?.querySelector('title')?.textContent).toBe('Suomen maakunnat kartalla');
    expect(svg?.getAttribute('aria-labelledby')).toBe(svg?.querySelector('title')?.id);
  });

  it('follows the language of the names it is given', async () => {
    fixture.componentRef.setInput(
      'regions',
      REGION_DTOS.map(({ code, nuts3Code, names }) => ({ code, nuts3Code, name: names.en })),
    );
    await fixture.whenStable();

    expect(pathOf('02').getAttribute('aria-label')).toBe('Southwest Finland, NUTS 3 FI1C1');
  });

  it.each([
    ['Enter', 'Enter'],
    ['Space', ' '],
  ])('selects a region with %s', (_name, key) => {
    const selected: string[] = [];
    fixture.componentInstance.regionSelect.subscribe((code) => selected.push(code));

    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    pathOf('06').dispatchEvent(event);

    expect(selected).toEqual(['06']);
    expect(event.defaultPrevented).toBe(true);
  });

  it('selects a region on click', () => {
    const selected: string[] = [];
    fixture.componentInstance.regionSelect.subscribe((code) => selected.push(code));

    pathOf('19').dispatchEvent(new MouseEvent('click', { bubbles: true }));

    expect(selected).toEqual(['19']);
  });

  it('marks the selected region', async () => {
    fixture.componentRef.setInput('selectedCode', '12');
    await fixture.whenStable();

    expect(pathOf('12').getAttribute('aria-pressed')).toBe('true');
    expect(pathOf('12').classList).toContain('is-selected');
    expect(pathOf('01').getAttribute('aria-pressed')).toBe('false');
    expect(element.querySelector('path.selected-outline')?.getAttribute('d')).toBe(
      pathOf('12').getAttribute('d'),
    );
  });
});
