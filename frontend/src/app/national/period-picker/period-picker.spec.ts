import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideNoMaterialAnimations } from '../../../testing/material-testing';
import type { Period } from '../coverage-period';
import { TODAY, provideCoverageTranslocoTesting } from '../testing/coverage-testing';
import { PeriodPicker } from './period-picker';

describe('PeriodPicker', () => {
  let fixture: ComponentFixture<PeriodPicker>;
  let emitted: Period[];

  async function render(period: Period): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideCoverageTranslocoTesting(), provideNoMaterialAnimations()],
    });
    fixture = TestBed.createComponent(PeriodPicker);
    fixture.componentRef.setInput('period', period);
    fixture.componentRef.setInput('today', TODAY);
    emitted = [];
    fixture.componentInstance.periodChange.subscribe((next) => emitted.push(next));
    await fixture.whenStable();
  }

  async function select(field: string): Promise<MatSelectHarness> {
    return TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness.with({ ancestor: field }));
  }

  afterEach(() => document.querySelector('.cdk-overlay-container')?.replaceChildren());

  it('keeps "year" chosen for this year, which is also "this year"', async () => {
    await render({ from: '2026-01-01', to: '2026-12-31' });
    const kind = await select('.kind');
    expect(await kind.getValueText()).toBe('Tämä vuosi');

    await kind.open();
    await kind.clickOptions({ text: 'Vuosi' });
    fixture.componentRef.setInput('period', emitted[0]);
    await fixture.whenStable();

    expect(emitted).toEqual([{ from: '2026-01-01', to: '2026-12-31' }]);
    expect(await kind.getValueText()).toBe('Vuosi');
    expect(await (await select('.year')).getValueText()).toBe('2026');
  });

  it('offers this year and the five before, and the year shown', async () => {
    await render({ from: '2018-01-01', to: '2018-12-31' });
    const year = await select('.year');
    await year.open();

    expect(await Promise.all((await year.getOptions()).map((option) => option.getText()))).toEqual([
      '2026',
      '2025',
      '2024',
      '2023',
      '2022',
      '2021',
      '2018',
    ]);
  });

  it('starts a quarter of another year from its first quarter', async () => {
    await render({ from: '2024-01-01', to: '2024-12-31' });
    const kind = await select('.kind');
    await kind.open();
    await kind.clickOptions({ text: 'Vuosineljännes' });

    expect(emitted).toEqual([{ from: '2024-01-01', to: '2024-03-31' }]);
  });

  it('goes back to this year', async () => {
    await render({ from: '2024-04-01', to: '2024-06-30' });
    const kind = await select('.kind');
    expect(await kind.getValueText()).toBe('Vuosineljännes');
    await kind.open();
    await kind.clickOptions({ text: 'Tämä vuosi' });

    expect(emitted).toEqual([{ from: '2026-01-01', to: '2026-12-31' }]);
  });
});
