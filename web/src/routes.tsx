// The single route registry: it drives the router, the sidebar menu, the breadcrumb
// and the workbench shortcuts. An entry without `page` is an area not built yet; it is
// shown in the menu as disabled ("后续版本开放") and has no route. A `hidden` entry is
// a page without a menu item (e.g. one case); `publicRoutes` are the portal's pages,
// outside the signed-in shell.
import {
  AccountBookOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BranchesOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  ClusterOutlined,
  CommentOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FormOutlined,
  InboxOutlined,
  MailOutlined,
  NodeIndexOutlined,
  OrderedListOutlined,
  ProfileOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  SettingOutlined,
  ShopOutlined,
  SolutionOutlined,
  TagsOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { FileWordOutlined } from '@ant-design/icons';
import { HomeOutlined } from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { Role } from './api/types';
import type { MessageKey } from './i18n';

export interface AppRoute {
  /** Stable key (menu key); equals `path` for leaves. */
  key: string;
  labelKey: MessageKey;
  /** Short explanation, shown on the workbench and under the page title. */
  descriptionKey?: MessageKey;
  icon: ReactNode;
  /** Roles allowed to see the entry; absent = any signed-in user. */
  roles?: readonly Role[];
  /** Leaf entries have a path. */
  path?: string;
  /** The page; `undefined` while the area is not built yet. */
  page?: LazyExoticComponent<ComponentType>;
  /** A routed page that is not a menu item (reached by links, e.g. `/cases/:id`). */
  hidden?: boolean;
  children?: AppRoute[];
}

/** A public page (no login), rendered inside the portal layout. */
export interface PublicRoute {
  path: string;
  page: LazyExoticComponent<ComponentType>;
}

const ADMIN: readonly Role[] = ['admin'];
const CENTER_STAFF: readonly Role[] = ['admin', 'director', 'dispatcher'];
const FOLLOWUP_STAFF: readonly Role[] = ['admin', 'director', 'dispatcher', 'mediator', 'grid_worker', 'unit_head', 'building_head'];

export const appRoutes: AppRoute[] = [
  {
    key: '/',
    path: '/',
    labelKey: 'menu.home',
    icon: <DashboardOutlined />,
    page: lazy(() => import('./pages/HomePage')),
  },
  {
    key: 'cases',
    labelKey: 'menu.cases',
    icon: <ProfileOutlined />,
    children: [
      {
        key: '/cases/new',
        path: '/cases/new',
        labelKey: 'menu.cases.register',
        descriptionKey: 'menuDesc.cases.register',
        icon: <FormOutlined />,
        roles: CENTER_STAFF,
        page: lazy(() => import('./pages/cases/intake/IntakePage')),
      },
      {
        key: '/cases/mine',
        path: '/cases/mine',
        labelKey: 'menu.cases.mine',
        descriptionKey: 'menuDesc.cases.mine',
        icon: <InboxOutlined />,
        page: lazy(() => import('./pages/cases/list/MyCasesPage')),
      },
      {
        key: '/cases',
        path: '/cases',
        labelKey: 'menu.cases.queue',
        descriptionKey: 'menuDesc.cases.queue',
        icon: <OrderedListOutlined />,
        roles: CENTER_STAFF,
        page: lazy(() => import('./pages/cases/list/CenterQueuePage')),
      },
      {
        key: '/cases/:id',
        path: '/cases/:id',
        labelKey: 'menu.cases.detail',
        icon: <FileSearchOutlined />,
        hidden: true,
        page: lazy(() => import('./pages/cases/detail/CaseDetailPage')),
      },
    ],
  },
  {
    key: 'routing',
    labelKey: 'menu.routing',
    icon: <BranchesOutlined />,
    roles: ['admin', 'director', 'dispatcher', 'mediator', 'department_liaison'],
    children: [
      {
        key: '/routing',
        path: '/routing',
        labelKey: 'menu.routing.board',
        descriptionKey: 'menuDesc.routing',
        icon: <BranchesOutlined />,
        roles: CENTER_STAFF,
        page: lazy(() => import('./pages/routing/RoutingBoardPage')),
      },
      {
        key: '/routing/rules',
        path: '/routing/rules',
        labelKey: 'menu.routingRules',
        descriptionKey: 'menuDesc.routingRules',
        icon: <NodeIndexOutlined />,
        roles: CENTER_STAFF,
        page: lazy(() => import('./pages/routing/rules/RoutingRulesPage')),
      },
      {
        key: '/routing/rosters',
        path: '/routing/rosters',
        labelKey: 'menu.routing.rosters',
        descriptionKey: 'menuDesc.routing.rosters',
        icon: <CalendarOutlined />,
        roles: ['admin', 'director', 'dispatcher', 'mediator'],
        page: lazy(() => import('./pages/routing/RostersPage')),
      },
      {
        key: '/oncall',
        path: '/oncall',
        labelKey: 'menu.oncall',
        descriptionKey: 'menuDesc.oncall',
        icon: <CustomerServiceOutlined />,
        roles: ['admin', 'director', 'dispatcher', 'department_liaison'],
        page: lazy(() => import('./pages/oncall/OncallInboxPage')),
      },
    ],
  },
  {
    key: 'experts',
    labelKey: 'menu.experts',
    icon: <SolutionOutlined />,
    roles: ['admin', 'director', 'dispatcher', 'mediator', 'department_liaison', 'expert'],
    children: [
      {
        key: '/experts',
        path: '/experts',
        labelKey: 'menu.experts.pool',
        descriptionKey: 'menuDesc.experts',
        icon: <SolutionOutlined />,
        roles: ['admin', 'director', 'dispatcher', 'mediator', 'department_liaison'],
        page: lazy(() => import('./pages/experts/ExpertsPage')),
      },
      {
        key: '/experts/invitations',
        path: '/experts/invitations',
        labelKey: 'menu.expertInvitations',
        descriptionKey: 'menuDesc.expertInvitations',
        icon: <MailOutlined />,
        roles: ['expert'],
        page: lazy(() => import('./pages/experts/InvitationsPage')),
      },
    ],
  },
  {
    key: 'handling',
    labelKey: 'menu.handling',
    descriptionKey: 'menuDesc.handling',
    icon: <AuditOutlined />,
    roles: ['admin', 'director', 'dispatcher', 'mediator', 'expert', 'department_liaison'],
    children: [
      {
        key: '/handling/calendar',
        path: '/handling/calendar',
        labelKey: 'menu.handling.calendar',
        descriptionKey: 'menuDesc.handling.calendar',
        icon: <CalendarOutlined />,
        page: lazy(() => import('./pages/handling/SessionCalendarPage')),
      },
      {
        key: '/handling/circuits',
        path: '/handling/circuits',
        labelKey: 'menu.handling.circuits',
        descriptionKey: 'menuDesc.handling.circuits',
        icon: <NodeIndexOutlined />,
        roles: ['admin', 'director', 'dispatcher', 'mediator'],
        page: lazy(() => import('./pages/handling/CircuitPlansPage')),
      },
    ],
  },
  {
    key: '/follow-ups',
    labelKey: 'menu.followUps',
    descriptionKey: 'menuDesc.followUps',
    icon: <CarryOutOutlined />,
    // Department liaisons come for the assistance referrals sent to their unit, nothing else here.
    roles: [...FOLLOWUP_STAFF, 'department_liaison'],
    children: [
      {
        key: '/m/today',
        path: '/m/today',
        labelKey: 'menu.followUps.today',
        descriptionKey: 'menuDesc.followUps.today',
        icon: <ScheduleOutlined />,
        roles: ['grid_worker', 'unit_head', 'building_head'],
        page: lazy(() => import('./pages/followup/today/TodayPage')),
      },
      {
        key: '/follow-ups/plans',
        path: '/follow-ups/plans',
        roles: FOLLOWUP_STAFF,
        labelKey: 'menu.followUps.plans',
        descriptionKey: 'menuDesc.followUps.plans',
        icon: <CarryOutOutlined />,
        page: lazy(() => import('./pages/followup/PlansPage')),
      },
      {
        key: '/follow-ups/plans/:id',
        path: '/follow-ups/plans/:id',
        roles: FOLLOWUP_STAFF,
        labelKey: 'menu.followUps.planDetail',
        icon: <CarryOutOutlined />,
        hidden: true,
        page: lazy(() => import('./pages/followup/PlanDetailPage')),
      },
      {
        key: '/follow-ups/screening',
        path: '/follow-ups/screening',
        roles: FOLLOWUP_STAFF,
        labelKey: 'menu.followUps.screening',
        descriptionKey: 'menuDesc.followUps.screening',
        icon: <FileSearchOutlined />,
        page: lazy(() => import('./pages/followup/screening/CampaignsPage')),
      },
      {
        key: '/follow-ups/screening/:id',
        path: '/follow-ups/screening/:id',
        roles: FOLLOWUP_STAFF,
        labelKey: 'menu.followUps.screening',
        icon: <FileSearchOutlined />,
        hidden: true,
        page: lazy(() => import('./pages/followup/screening/CampaignPage')),
      },
      {
        key: '/follow-ups/households',
        path: '/follow-ups/households',
        roles: FOLLOWUP_STAFF,
        labelKey: 'menu.followUps.households',
        descriptionKey: 'menuDesc.followUps.households',
        icon: <HomeOutlined />,
        page: lazy(() => import('./pages/followup/households/HouseholdsPage')),
      },
      {
        key: '/follow-ups/households/:id',
        path: '/follow-ups/households/:id',
        roles: FOLLOWUP_STAFF,
        labelKey: 'menu.followUps.households',
        icon: <HomeOutlined />,
        hidden: true,
        page: lazy(() => import('./pages/followup/households/HouseholdProfilePage')),
      },
      {
        key: '/follow-ups/assistance',
        path: '/follow-ups/assistance',
        labelKey: 'menu.followUps.assistance',
        descriptionKey: 'menuDesc.followUps.assistance',
        icon: <SolutionOutlined />,
        page: lazy(() => import('./pages/assistance/AssistancePage')),
      },
    ],
  },
  {
    key: '/enterprise',
    labelKey: 'menu.enterprise',
    descriptionKey: 'menuDesc.enterprise',
    icon: <ShopOutlined />,
    roles: ['admin', 'director', 'dispatcher', 'mediator', 'expert', 'department_liaison', 'enterprise_liaison'],
    children: [
      {
        key: '/reception',
        path: '/reception',
        labelKey: 'menu.enterprise.reception',
        descriptionKey: 'menuDesc.enterprise.reception',
        icon: <ScheduleOutlined />,
        roles: ['admin', 'director', 'dispatcher', 'mediator', 'department_liaison', 'enterprise_liaison'],
        page: lazy(() => import('./pages/reception/ReceptionPage')),
      },
    ],
  },
  {
    key: '/coordination',
    path: '/coordination',
    labelKey: 'menu.coordination',
    descriptionKey: 'menuDesc.coordination',
    icon: <CommentOutlined />,
    roles: ['admin', 'director', 'dispatcher', 'department_liaison'],
  },
  {
    key: '/property-fees',
    path: '/property-fees',
    labelKey: 'menu.propertyFees',
    descriptionKey: 'menuDesc.propertyFees',
    icon: <AccountBookOutlined />,
    roles: ['admin', 'director', 'dispatcher', 'grid_worker', 'property_manager'],
  },
  {
    key: '/reports',
    path: '/reports',
    labelKey: 'menu.reports',
    descriptionKey: 'menuDesc.reports',
    icon: <BarChartOutlined />,
    roles: CENTER_STAFF,
    page: lazy(() => import('./pages/dashboard/DashboardPage')),
  },
  {
    key: 'admin',
    labelKey: 'menu.admin',
    icon: <SettingOutlined />,
    roles: ADMIN,
    children: [
      {
        key: '/admin/org-units',
        path: '/admin/org-units',
        labelKey: 'menu.admin.orgUnits',
        descriptionKey: 'menuDesc.admin.orgUnits',
        icon: <ApartmentOutlined />,
        roles: ADMIN,
        page: lazy(() => import('./pages/admin/org/OrgUnitsPage')),
      },
      {
        key: '/admin/departments',
        path: '/admin/departments',
        labelKey: 'menu.admin.departments',
        descriptionKey: 'menuDesc.admin.departments',
        icon: <ClusterOutlined />,
        roles: ADMIN,
        page: lazy(() => import('./pages/admin/departments/DepartmentsPage')),
      },
      {
        key: '/admin/users',
        path: '/admin/users',
        labelKey: 'menu.admin.users',
        descriptionKey: 'menuDesc.admin.users',
        icon: <TeamOutlined />,
        roles: ADMIN,
        page: lazy(() => import('./pages/admin/users/UsersPage')),
      },
      {
        key: '/admin/categories',
        path: '/admin/categories',
        labelKey: 'menu.admin.categories',
        descriptionKey: 'menuDesc.admin.categories',
        icon: <TagsOutlined />,
        roles: ADMIN,
        page: lazy(() => import('./pages/admin/categories/CategoriesPage')),
      },
      {
        key: '/admin/calendar',
        path: '/admin/calendar',
        labelKey: 'menu.admin.calendar',
        descriptionKey: 'menuDesc.admin.calendar',
        icon: <CalendarOutlined />,
        roles: ADMIN,
        page: lazy(() => import('./pages/admin/calendar/CalendarPage')),
      },
      {
        key: '/admin/case-policy',
        path: '/admin/case-policy',
        labelKey: 'menu.admin.casePolicy',
        descriptionKey: 'menuDesc.admin.casePolicy',
        icon: <SafetyOutlined />,
        roles: ADMIN,
        page: lazy(() => import('./pages/admin/policy/CasePolicyPage')),
      },
      {
        key: '/admin/followup-policy',
        path: '/admin/followup-policy',
        labelKey: 'menu.admin.followupPolicy',
        descriptionKey: 'menuDesc.admin.followupPolicy',
        icon: <CarryOutOutlined />,
        roles: ADMIN,
        page: lazy(() => import('./pages/followup/FollowupPolicyPage')),
      },
      {
        key: '/admin/templates',
        path: '/admin/templates',
        labelKey: 'menu.admin.templates',
        descriptionKey: 'menuDesc.admin.templates',
        icon: <FileWordOutlined />,
        roles: ADMIN,
        page: lazy(() => import('./pages/admin/templates/TemplatesPage')),
      },
      {
        key: '/admin/rooms',
        path: '/admin/rooms',
        labelKey: 'menu.admin.rooms',
        descriptionKey: 'menuDesc.admin.rooms',
        icon: <HomeOutlined />,
        roles: ADMIN,
        page: lazy(() => import('./pages/admin/rooms/RoomsPage')),
      },
    ],
  },
];

/** The layout around the public pages (lazy: staff never download the portal). */
export const PortalLayout = lazy(() => import('./pages/portal/PortalLayout'));

export const publicRoutes: PublicRoute[] = [
  { path: '/portal', page: lazy(() => import('./pages/portal/PortalHomePage')) },
  { path: '/portal/guide', page: lazy(() => import('./pages/portal/guide/PortalGuidePage')) },
  { path: '/portal/new', page: lazy(() => import('./pages/portal/PortalFilePage')) },
  { path: '/portal/track', page: lazy(() => import('./pages/portal/PortalTrackPage')) },
  { path: '/portal/reception', page: lazy(() => import('./pages/portal/PortalReceptionPage')) },
];
