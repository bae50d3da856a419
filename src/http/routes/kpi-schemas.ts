import { z } from 'zod';
import { CHANNELS } from '../../domain/case/taxonomy.js';
import { GROUP_BYS } from '../../domain/kpi/compute.js';
import { rule } from '../zod-i18n.js';

/** The schemas of GET /api/kpis, shared with the drill-down (GET /api/kpis/cases). */

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, rule('日期格式应为 YYYY-MM-DD', 'Expected a date YYYY-MM-DD'));

export const kpiQuery = z.object({
  from: day.optional().describe('first local day (Asia/Shanghai), YYYY-MM-DD; default: 364 days before `to`'),
  to: day.optional().describe('last local day, inclusive; default: today'),
  groupBy: z.enum(GROUP_BYS).default('none'),
  category: z.string().trim().min(1).max(40).optional(),
  channel: z.enum(CHANNELS).optional(),
  streetId: z.uuid().optional(),
  communityId: z.uuid().optional(),
  gridId: z.uuid().optional(),
  handlerId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
});

const distribution = z.object({ median: z.number().nullable(), p90: z.number().nullable() });
const counts = z.record(z.string(), z.number());
const rate = z.number().min(0).max(1).nullable();

export const kpisSchema = z.object({
  registered: z.number(),
  accepted: z.number(),
  concluded: z.number(),
  resolved: z.number(),
  closureRate: rate,
  resolutionRate: rate,
  onTimeResponseRate: rate,
  responseMinutes: distribution,
  durationDays: distribution,
  durationWorkingDays: distribution,
  satisfactionRate: rate,
  reboundRate: rate,
  moneyRecoveredFen: z.number().int(),
  followUpOnTimeRate: rate,
  screeningCoverage: rate,
  byChannel: counts,
  byCategory: counts,
  byStatus: counts,
  bases: z.object({
    responded: z.number(),
    respondedOnTime: z.number(),
    concludedInPeriod: z.number(),
    resolvedInPeriod: z.number(),
    rebounded: z.number(),
    rated: z.number(),
    satisfied: z.number(),
    dissatisfied: z.number(),
    cases: z.number(),
    visitsDue: z.number(),
    visitsOnTime: z.number(),
    followUpLateCases: z.number(),
    screeningTarget: z.number(),
    screeningDone: z.number(),
  }),
});

const dayPeriod = z.object({ from: z.string(), to: z.string() });

export const kpiReportSchema = z.object({
  period: dayPeriod,
  groupBy: z.enum(GROUP_BYS),
  definitions: z.record(
    z.string(),
    z.object({ zh: z.string(), en: z.string(), formula: z.string(), unit: z.string().nullable(), available: z.boolean() }),
  ),
  total: kpisSchema,
  groups: z.array(
    z.object({
      key: z.string().nullable(),
      label: z.string(),
      period: dayPeriod.optional(),
      kpis: kpisSchema,
      sample: z.number(),
      ranked: z.boolean(),
    }),
  ),
});

