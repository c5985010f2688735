import type { MigrationInterface } from 'typeorm';
import { ReferenceData1795312117498 } from './1795312117498-reference-data';
import { AccountsAndAudit1795314369910 } from './1795314369910-accounts-and-audit';
import { UnitsAndContacts1795314863692 } from './1795314863692-units-and-contacts';
import { OutboxEmails1795317701419 } from './1795317701419-outbox-emails';
import { SupportRequests1795318845044 } from './1795318845044-support-requests';
import { RequestEventSequence1795320613648 } from './1795320613648-request-event-sequence';
import { ActivitiesFollowUpsJobs1795325170808 } from './1795325170808-activities-follow-ups-jobs';
import { Dashboards1795330022533 } from './1795330022533-dashboards';
import { RegionCodesNuts31795334419608 } from './1795334419608-region-codes-nuts3';
import { DashboardAggregates1795340000000 } from './1795340000000-dashboard-aggregates';
import { ThemeActivityCounts1795350000000 } from './1795350000000-theme-activity-counts';
import { ReachCounts1795360000000 } from './1795360000000-reach-counts';
import { RequestCounts1795370000000 } from './1795370000000-request-counts';
import { RequestThemeCounts1795380000000 } from './1795380000000-request-theme-counts';
import { RefreshPlans1795390000000 } from './1795390000000-refresh-plans';
import { UnitRegionTrigramIndex1795400000000 } from './1795400000000-unit-region-trigram-index';
import { TrigramCosts1795410000000 } from './1795410000000-trigram-costs';
import { DashboardRollups1795420000000 } from './1795420000000-dashboard-rollups';
import { RequestListSorts1795430000000 } from './1795430000000-request-list-sorts';
import { WorkloadIndexes1795440000000 } from './1795440000000-workload-indexes';
import { ReachDaysAdded1795450000000 } from './1795450000000-reach-days-added';
import { ReachDayMaps1795460000000 } from './1795460000000-reach-day-maps';
import { ThemeDayActivities1795470000000 } from './1795470000000-theme-day-activities';
import { EdgeDayIndexes1795480000000 } from './1795480000000-edge-day-indexes';
import { AgentDashboardIndexes1795490000000 } from './1795490000000-agent-dashboard-indexes';
import { RequestStatusCounts1795500000000 } from './1795500000000-request-status-counts';
import { FirstResponseMedians1795510000000 } from './1795510000000-first-response-medians';

type MigrationClass = new () => MigrationInterface;

// Every migration, oldest first. `nx run backend:migration-generate --name=…` appends here.
export const migrations: MigrationClass[] = [
  ReferenceData1795312117498,
  AccountsAndAudit1795314369910,
  UnitsAndContacts1795314863692,
  OutboxEmails1795317701419,
  SupportRequests1795318845044,
  RequestEventSequence1795320613648,
  ActivitiesFollowUpsJobs1795325170808,
  Dashboards1795330022533,
  RegionCodesNuts31795334419608,
  DashboardAggregates1795340000000,
  ThemeActivityCounts1795350000000,
  ReachCounts1795360000000,
  RequestCounts1795370000000,
  RequestThemeCounts1795380000000,
  RefreshPlans1795390000000,
  UnitRegionTrigramIndex1795400000000,
  TrigramCosts1795410000000,
  DashboardRollups1795420000000,
  RequestListSorts1795430000000,
  WorkloadIndexes1795440000000,
  ReachDaysAdded1795450000000,
  ReachDayMaps1795460000000,
  ThemeDayActivities1795470000000,
  EdgeDayIndexes1795480000000,
  AgentDashboardIndexes1795490000000,
  RequestStatusCounts1795500000000,
  FirstResponseMedians1795510000000,
];
