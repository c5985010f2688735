import { readFile } from 'node:fs/promises';
import { type Download, type Page, expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectNoAccessibilityViolations } from './accessibility';
import { signIn } from './sign-in';

type Language = 'fi' | 'sv' | 'en';

const languages = [
  {
    code: 'fi',
    email: 'ministry@demo.keino.test',
    heading: 'Valtakunnallinen kattavuus',
    csv: 'Lataa CSV',
    xlsx: 'Lataa Excel (XLSX)',
    yes: 'Kyllä',
    wholeCountry: 'Koko maa',
    regionLabel: /^Uusimaa: kattavuus [\d,]+\s%, tavoitettu \d+\/\d+ yksikköä, muutosagentti: (kyllä|ei)$/,
  },
  {
    code: 'sv',
    email: 'ministry.sv@demo.keino.test',
    heading: 'Nationell täckning',
    csv: 'Ladda ned CSV',
    xlsx: 'Ladda ned Excel (XLSX)',
    yes: 'Ja',
    wholeCountry: 'Hela landet',
    regionLabel: /^Nyland: täckning [\d,]+\s%, \d+ av \d+ enheter nådda, förändringsagent: (ja|nej)$/,
  },
  {
    code: 'en',
    email: 'ministry.en@demo.keino.test',
    heading: 'National coverage',
    csv: 'Download CSV',
    xlsx: 'Download Excel (XLSX)',
    yes: 'Yes',
    wholeCountry: 'Whole country',
    regionLabel: /^Uusimaa: coverage [\d.]+%, \d+ of \d+ units reached, change agent: (yes|no)$/,
  },
] as const;

/** A row of the per-region table, or of a download, as figures (null where none is shown). */
interface FigureRow {
  code: string;
  name: string;
  hasAgent: boolean | null;
  figures: (number | null)[];
}

/** The table's figure columns in the order of the downloads' columns after code, name and agent. */
const FIGURE_COLUMNS = [
  'activeUnits',
  'reachedUnits',
  'coverage',
  'requestsReceived',
  'requestsResolved',
  'hours',
  'medianFirstResponseBusinessDays',
  'slaCompliance',
];

/** A number as the page shows it in the language ("7 237,8", "88,9 %", "−3"); null for "–". */
function shownNumber(text: string, language: Language): number | null {
  const match = /^[−-]?[\d\s\u00a0\u202f.,]+/.exec(text.trim());
  if (!match) {
    return null;
  }
  const digits = match[0].replace(/[\s\u00a0\u202f]/g, '').replace('−', '-');
  return Number(language === 'en' ? digits.replace(/,/g, '') : digits.replace(',', '.'));
}

/** The regions (and the whole country, code "") as the page's table shows them. */
async function tableRows(page: Page, language: Language, yes: string): Promise<FigureRow[]> {
  const cells = await page
    .locator('crm-coverage-table tr[data-code], crm-coverage-table tr.totals')
    .evaluateAll(
      (rows, columns) =>
        rows.map((row) => ({
          code: row.getAttribute('data-code') ?? '',
          name: row.querySelector('th.name')?.textContent?.trim() ?? '',
          agent: row.querySelector('.mat-column-agent')?.textContent?.trim() ?? '',
          figures: columns.map((column) => row.querySelector(`.mat-column-${column}`)?.textContent ?? ''),
        })),
      FIGURE_COLUMNS,
    );
  return cells.map(({ code, name, agent, figures }) => ({
    code,
    name,
    hasAgent: code === '' ? null : agent === yes,
    figures: figures.map((figure) => shownNumber(figure, language)),
  }));
}

/** Parses CSV as the download writes it: quoted fields where needed, CRLF line ends. */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (isQuoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') {
        isQuoted = false;
      } else {
        field += character;
      }
    } else if (character === '"') {
      isQuoted = true;
    } else if (character === delimiter) {
      row.push(field);
      field = '';
    } else if (character === '\n') {
      rows.push([...row, field.replace(/\r$/, '')]);
      row = [];
      field = '';
    } else {
      field += character;
    }
  }
  if (field !== '' || row.length > 0) {
    rows.push([...row, field]);
  }
  return rows;
}

async function downloadOf(page: Page, linkName: string): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: linkName }).click();
  const download = await downloading;
  expect(await download.failure()).toBeNull();
  return download;
}

async function csvRows(download: Download, language: Language): Promise<FigureRow[]> {
  const bytes = await readFile(await download.path());
  // UTF-8 with a byte order mark, so that Excel reads "ä" right.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const isDecimalComma = language !== 'en';
  const [, ...rows] = parseCsv(text, isDecimalComma ? ';' : ',');
  return rows.map(([code, name, hasAgent, ...figures]) => ({
    code,
    name,
    hasAgent: hasAgent === '' ? null : hasAgent === '1',
    figures: figures.map((figure) =>
      figure === '' ? null : Number(isDecimalComma ? figure.replace(',', '.') : figure),
    ),
  }));
}

async function xlsxRows(download: Download): Promise<FigureRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const rows: FigureRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) {
      return;
    }
    const value = (column: number): ExcelJS.CellValue => row.getCell(column).value;
    const hasAgent = value(3);
    rows.push({
      code: String(value(1) ?? ''),
      name: String(value(2) ?? ''),
      hasAgent: typeof hasAgent === 'boolean' ? hasAgent : null,
      figures: FIGURE_COLUMNS.map((_, index) => {
        const figure = value(index + 4);
        return typeof figure === 'number' ? figure : null;
      }),
    });
  });
  return rows;
}

/**
 * Runs `compare` (read the table, download, compare) until it passes, reloading the page between tries: the
 * other browser tests log activities and resolve requests against the same server meanwhile, and a write that
 * lands between reading the table and downloading changes this year's figures (the download is then right and
 * the table a moment old). Figures that never match still fail.
 */
async function expectDownloadToMatchTable(page: Page, compare: () => Promise<void>): Promise<void> {
  let tries = 0;
  await expect(async () => {
    if (tries > 0) {
      await page.reload();
      await expect(page.locator('crm-coverage-table tr[data-code]')).toHaveCount(19);
    }
    tries += 1;
    await compare();
  }).toPass({ timeout: 30_000 });
}

async function openNationalPage(page: Page, email: string, heading: string): Promise<void> {
  await signIn(page, email);
  // The ministry's home page.
  await expect(page).toHaveURL(/\/coverage$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await expect(page.locator('crm-coverage-table tr[data-code]')).toHaveCount(19);
  await expect(page.locator('crm-coverage-map path.region')).toHaveCount(19);
}

for (const language of languages) {
  test(`the national page in ${language.code}: figures, map, table and charts, accessible; the CSV download matches the table`, async ({
    page,
  }, testInfo) => {
    await openNationalPage(page, language.email, language.heading);
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    await expect(page).toHaveTitle(new RegExp(`^${language.heading}`));
    await expect(page.locator('crm-coverage-figures [data-figure]')).toHaveCount(8);
    await expect(page.locator('crm-coverage-map path.region[data-code="01"]')).toHaveAttribute(
      'aria-label',
      language.regionLabel,
    );
    await expect(page.locator('crm-coverage-trend canvas')).toHaveCount(3);
    await expect(page.locator('crm-coverage-table tr.totals th')).toHaveText(language.wholeCountry);

    await expectNoAccessibilityViolations(page);
    await testInfo.attach(`coverage-${language.code}`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });

    await expectDownloadToMatchTable(page, async () => {
      const table = await tableRows(page, language.code, language.yes);
      const csv = await csvRows(await downloadOf(page, language.csv), language.code);
      expect(csv).toHaveLength(20);
      expect(csv).toEqual(table);
    });
  });
}

test('the Excel download matches the table', async ({ page }) => {
  await openNationalPage(page, 'ministry@demo.keino.test', 'Valtakunnallinen kattavuus');

  await expectDownloadToMatchTable(page, async () => {
    const table = await tableRows(page, 'fi', 'Kyllä');
    const xlsx = await xlsxRows(await downloadOf(page, 'Lataa Excel (XLSX)'));
    expect(xlsx).toHaveLength(20);
    expect(xlsx).toEqual(table);
  });
});

test('the map is used region by region with the keyboard, and Enter opens the region', async ({ page }) => {
  await openNationalPage(page, 'ministry@demo.keino.test', 'Valtakunnallinen kattavuus');
  const table = await tableRows(page, 'fi', 'Kyllä');
  const format = (value: number | null, digits: number): string =>
    (value ?? 0).toLocaleString('fi', { minimumFractionDigits: digits, maximumFractionDigits: digits });

  // The downloads come just before the map in the tab order.
  await page.getByRole('link', { name: 'Lataa Excel (XLSX)' }).focus();
  for (const region of table.filter((row) => row.code !== '')) {
    await page.keyboard.press('Tab');
    const [active, reached, coverage] = region.figures;
    const coverageText =
      coverage === null ? 'ei laskettavissa, ei aktiivisia yksiköitä' : `${format(coverage, 1)} %`;
    const name = `${region.name}: kattavuus ${coverageText}, tavoitettu ${reached}/${active} yksikköä, muutosagentti: ${
      region.hasAgent ? 'kyllä' : 'ei'
    }`;
    const focused = page.locator(`crm-coverage-map path.region[data-code="${region.code}"]`);
    await expect(focused).toBeFocused();
    await expect(page.getByRole('link', { name, exact: true })).toBeFocused();
  }

  // The arrow keys move between regions too: back from Åland (21) to Lapland (19).
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('crm-coverage-map path.region[data-code="19"]')).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/coverage\/regions\/19$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lappi');
  await expect(page.locator('crm-coverage-figures [data-figure]')).toHaveCount(7);
  await expect(page.locator('crm-agent-history li').first()).toContainText('toistaiseksi');
  // Ministry users see no agents' names.
  await expect(page.locator('crm-agent-history li').first()).toContainText('Muutosagentti');
  await expectNoAccessibilityViolations(page);

  await page.getByRole('link', { name: 'Takaisin valtakunnalliseen kattavuuteen' }).click();
  await expect(page).toHaveURL(/\/coverage$/);
});

test('a quarter chosen is kept in the address, on the region links and on the downloads', async ({
  page,
}) => {
  await openNationalPage(page, 'ministry@demo.keino.test', 'Valtakunnallinen kattavuus');

  await page.getByRole('combobox', { name: 'Jakso' }).click();
  await page.getByRole('option', { name: 'Vuosineljännes' }).click();
  await page.getByRole('combobox', { name: 'Neljännes' }).click();
  await page.getByRole('option', { name: /^Q2/ }).click();

  const year = new Date().getFullYear();
  await expect(page).toHaveURL(new RegExp(`\\?from=${year}-04-01&to=${year}-06-30$`));
  await expect(page.locator('.period-text')).toContainText(`1.4.–30.6.${year}`);
  await expect(page.getByRole('link', { name: 'Lataa CSV' })).toHaveAttribute(
    'href',
    `/api/v1/dashboards/national/export?format=csv&from=${year}-04-01&to=${year}-06-30`,
  );
  await page.getByRole('link', { name: 'Pirkanmaa', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/coverage/regions/06\\?from=${year}-04-01&to=${year}-06-30$`));
  await expect(page.locator('.period-text')).toContainText(`1.4.–30.6.${year}`);
});
