import type { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { LocalizedPaginatorIntl } from '../core/i18n/localized-paginator-intl';
import { AgentStore } from './agents/agent.store';
import { AgentsStore } from './agents/agents.store';
import { AuditStore } from './audit/audit.store';
import { JobsStore } from './jobs/jobs.store';
import { OutboxEmailStore } from './outbox/outbox-email.store';
import { OutboxStore } from './outbox/outbox.store';
import { CoverageStore } from './regional-coverage/coverage.store';
import { RegionDirectory } from './region-directory';
import { UserStore } from './users/user.store';
import { UsersStore } from './users/users.store';

/**
 * Coordinators' administration: users, agents and their regions, coverage over time, audit trail, outgoing
 * email and the scheduled jobs.
 */
export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    providers: [RegionDirectory, { provide: MatPaginatorIntl, useClass: LocalizedPaginatorIntl }],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      {
        path: 'users',
        providers: [UsersStore, UserStore],
        children: [
          {
            path: '',
            title: 'admin.users.pageTitle',
            loadComponent: () => import('./users/user-list/user-list').then((module) => module.UserList),
          },
          {
            path: 'new',
            title: 'admin.userCreate.pageTitle',
            loadComponent: () =>
              import('./users/user-create/user-create').then((module) => module.UserCreate),
          },
          {
            path: ':id',
            title: 'admin.userEdit.pageTitle',
            loadComponent: () => import('./users/user-edit/user-edit').then((module) => module.UserEdit),
          },
        ],
      },
      {
        path: 'agents',
        providers: [AgentsStore, AgentStore],
        children: [
          {
            path: '',
            title: 'admin.agents.pageTitle',
            loadComponent: () => import('./agents/agent-list/agent-list').then((module) => module.AgentList),
          },
          {
            path: ':userId',
            title: 'admin.agent.pageTitle',
            loadComponent: () => import('./agents/agent-page/agent-page').then((module) => module.AgentPage),
          },
        ],
      },
      {
        path: 'regions',
        title: 'admin.coverage.pageTitle',
        providers: [CoverageStore],
        loadComponent: () =>
          import('./regional-coverage/region-coverage/region-coverage').then(
            (module) => module.RegionCoverage,
          ),
      },
      {
        path: 'audit',
        title: 'admin.audit.pageTitle',
        providers: [AuditStore],
        loadComponent: () => import('./audit/audit-trail/audit-trail').then((module) => module.AuditTrail),
      },
      {
        path: 'outbox',
        providers: [OutboxStore, OutboxEmailStore],
        children: [
          {
            path: '',
            title: 'admin.outbox.pageTitle',
            loadComponent: () =>
              import('./outbox/outbox-list/outbox-list').then((module) => module.OutboxList),
          },
          {
            path: ':id',
            title: 'admin.outbox.emailPageTitle',
            loadComponent: () =>
              import('./outbox/outbox-email/outbox-email').then((module) => module.OutboxEmail),
          },
        ],
      },
      {
        path: 'jobs',
        title: 'admin.jobs.pageTitle',
        providers: [JobsStore],
        loadComponent: () => import('./jobs/job-list/job-list').then((module) => module.JobList),
      },
    ],
  },
];
