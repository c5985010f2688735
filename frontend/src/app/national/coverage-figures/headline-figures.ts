import type { NationalTotalsDto } from '../../core/api/generated/models/national-totals-dto';
import type { PeriodFiguresDto } from '../../core/api/generated/models/period-figures-dto';
import { type FigureChange, figureChange, formatNumber, formatShare } from '../coverage-format';

export const HEADLINE_KEYS = [
  'coverage',
  'reachedUnits',
  'regionsWithAgent',
  'hours',
  'requestsReceived',
  'requestsResolved',
  'medianFirstResponse',
  'slaCompliance',
] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

/** One headline figure as shown: its value, an optional detail line and the change from the last period. */
export interface HeadlineFigure {
  key: HeadlineKey;
  value: string;
  /** Translation key (`coverage.figures.details.…`) and its parameters, when the figure has a detail line. */
  detail: { key: string; params: Record<string, string> } | null;
  change: FigureChange | null;
}

/** The period's headline figures, each compared with the previous period; national ones add the agents. */
export function headlineFigures(
  totals: PeriodFiguresDto | NationalTotalsDto,
  previous: PeriodFiguresDto | NationalTotalsDto,
  locale: string,
): HeadlineFigure[] {
  const count = (value: number): string => formatNumber(value, locale);
  const figures: HeadlineFigure[] = [
    {
      key: 'coverage',
      value: formatShare(totals.coverage, locale),
      detail: null,
      change: figureChange('share', totals.coverage, previous.coverage, locale),
    },
    {
      key: 'reachedUnits',
      value: `${count(totals.reachedUnits)} / ${count(totals.activeUnits)}`,
      detail: null,
      change: figureChange('count', totals.reachedUnits, previous.reachedUnits, locale),
    },
  ];
  if ('regionsWithAgent' in totals && 'regionsWithAgent' in previous) {
    figures.push({
      key: 'regionsWithAgent',
      value: `${count(totals.regionsWithAgent)} / ${count(totals.regionCount)}`,
      detail: null,
      change: figureChange('count', totals.regionsWithAgent, previous.regionsWithAgent, locale),
    });
  }
  figures.push(
    {
      key: 'hours',
      value: formatNumber(totals.hours, locale, 1),
      detail: null,
      change: figureChange('decimal', totals.hours, previous.hours, locale),
    },
    {
      key: 'requestsReceived',
      value: count(totals.requestsReceived),
      detail: null,
      change: figureChange('count', totals.requestsReceived, previous.requestsReceived, locale),
    },
    {
      key: 'requestsResolved',
      value: count(totals.requestsResolved),
      detail: null,
      change: figureChange('count', totals.requestsResolved, previous.requestsResolved, locale),
    },
    {
      key: 'medianFirstResponse',
      value: formatNumber(totals.medianFirstResponseBusinessDays, locale, 1),
      detail: totals.medianFirstResponseBusinessDays === null ? null : { key: 'businessDays', params: {} },
      change: figureChange(
        'decimal',
        totals.medianFirstResponseBusinessDays,
        previous.medianFirstResponseBusinessDays,
        locale,
      ),
    },
    {
      key: 'slaCompliance',
      value: formatShare(totals.slaCompliance, locale),
      detail:
        totals.requestsResolved === 0
          ? null
          : {
              key: 'slaMet',
              params: { met: count(totals.slaMet), resolved: count(totals.requestsResolved) },
            },
      change: figureChange('share', totals.slaCompliance, previous.slaCompliance, locale),
    },
  );
  return figures;
}
