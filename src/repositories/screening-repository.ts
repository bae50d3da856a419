import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { DB, ScreeningCampaignTable, ScreeningTable } from '../db/schema.js';

export type CampaignRow = Selectable<ScreeningCampaignTable>;
export type ScreeningRow = Selectable<ScreeningTable>;

/** A grid of a campaign with its community and street, target and counts so far. */
export interface CampaignGridRow {
  grid_id: string;
  grid_name: string;
  grid_path: string;
  community_id: string;
  community_name: string;
  street_id: string;
  street_name: string;
  target_households: number;
  screened: number;
  flagged: number;
}

export interface CampaignListRow extends CampaignRow {
  checklist_code: string;
  checklist_version: number;
  checklist_name: string;
  center_name: string;
}

/** `col` lies under one of the unit paths (a materialized-path prefix). */
export const likeAny = (col: string, paths: readonly string[]) => sql<boolean>`${sql.ref(col)} LIKE ANY(${sql.val(paths.map((p) => `${p}%`))}::text[])`;

/**
 * Screening campaigns (排查活动), their grids and the screenings (入户排查) made in them
 * (checklists and assessments: RiskRepository). Methods that take `db` run
 * on the executor given: inside a transaction, pass `trx`.
 */
export class ScreeningRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Grid units among `gridIds`, and every grid under the units `underIds` (communities, streets). */
  async gridsFor(gridIds: readonly string[], underPaths: readonly string[]) {
    if (gridIds.length === 0 && underPaths.length === 0) return [];
    return this.db
      .selectFrom('org_units')
      .select(['id', 'name', 'path', 'households', 'code'])
      .where('kind', '=', 'grid')
      .where((eb) => eb.or([...(gridIds.length ? [eb('id', 'in', gridIds)] : []), ...(underPaths.length ? [likeAny('path', underPaths)] : [])]))
      .orderBy('code')
      .execute();
  }

  async insertCampaign(trx: Kysely<DB>, row: Insertable<ScreeningCampaignTable>, grids: { gridId: string; targetHouseholds: number }[]): Promise<CampaignRow> {
    const c = await trx.insertInto('screening_campaigns').values(row).returningAll().executeTakeFirstOrThrow();
    for (let i = 0; i < grids.length; i += 500) {
      await trx
        .insertInto('screening_campaign_grids')
        .values(grids.slice(i, i + 500).map((g) => ({ campaign_id: c.id, grid_id: g.gridId, target_households: g.targetHouseholds })))
        .execute();
    }
    return c;
  }

  campaign(id: string, db: Kysely<DB> = this.db): Promise<CampaignRow | undefined> {
    return db.selectFrom('screening_campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Locks the campaign: screenings of one campaign are recorded one at a time (and not while it closes). */
  campaignForUpdate(trx: Kysely<DB>, id: string): Promise<CampaignRow | undefined> {
    return trx.selectFrom('screening_campaigns').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  }

  /** Whether any grid of the campaign lies under `paths` (null: no limit). */
  async campaignTouches(id: string, paths: readonly string[] | null): Promise<boolean> {
    if (paths === null) return true;
    if (paths.length === 0) return false;
    const row = await this.db
      .selectFrom('screening_campaign_grids as cg')
      .innerJoin('org_units as g', 'g.id', 'cg.grid_id')
      .select('cg.grid_id')
      .where('cg.campaign_id', '=', id)
      .where(likeAny('g.path', paths))
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  private listBase() {
    return this.db
      .selectFrom('screening_campaigns as c')
      .innerJoin('risk_checklists as k', 'k.id', 'c.checklist_id')
      .innerJoin('org_units as ctr', 'ctr.id', 'c.center_id')
      .selectAll('c')
      .select(['k.code as checklist_code', 'k.version as checklist_version', 'k.name as checklist_name', 'ctr.name as center_name']);
  }

  /** Campaigns with a grid under `paths` (null: all), newest first, keyset-paged by (created_at, id). */
  async listCampaigns(paths: readonly string[] | null, f: { status?: string; after?: { at: Date; id: string } }, limit: number): Promise<CampaignListRow[]> {
    if (paths !== null && paths.length === 0) return [];
    return this.listBase()
      .$if(paths !== null, (q) =>
        q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('screening_campaign_grids as cg')
              .innerJoin('org_units as g', 'g.id', 'cg.grid_id')
              .select('cg.grid_id')
              .whereRef('cg.campaign_id', '=', 'c.id')
              .where(likeAny('g.path', paths!)),
          ),
        ),
      )
      .$if(!!f.status, (q) => q.where('c.status', '=', f.status!))
      .$if(!!f.after, (q) => q.where((eb) => eb.or([eb('c.created_at', '<', f.after!.at), eb.and([eb('c.created_at', '=', f.after!.at), eb('c.id', '<', f.after!.id)])])))
      .orderBy('c.created_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(limit)
      .execute();
  }

  /** The grids of a campaign under `paths` (null: all) with their community, street and counts. */
  async campaignGrids(campaignIds: readonly string[], paths: readonly string[] | null): Promise<(CampaignGridRow & { campaign_id: string })[]> {
    if (campaignIds.length === 0 || (paths !== null && paths.length === 0)) return [];
    const rows = await this.db
      .selectFrom('screening_campaign_grids as cg')
      .innerJoin('org_units as g', 'g.id', 'cg.grid_id')
      .innerJoin('org_units as cm', 'cm.id', 'g.parent_id')
      .innerJoin('org_units as st', 'st.id', 'cm.parent_id')
      .select([
        'cg.campaign_id',
        'g.id as grid_id',
        'g.name as grid_name',
        'g.path as grid_path',
        'cm.id as community_id',
        'cm.name as community_name',
        'st.id as street_id',
        'st.name as street_name',
        'cg.target_households',
      ])
      .select((eb) => [
        eb
          .selectFrom('screenings as s')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('s.campaign_id', '=', 'cg.campaign_id')
          .whereRef('s.grid_id', '=', 'cg.grid_id')
          .as('screened'),
        eb
          .selectFrom('screenings as s')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('s.campaign_id', '=', 'cg.campaign_id')
          .whereRef('s.grid_id', '=', 'cg.grid_id')
          .where('s.level', 'in', ['medium', 'high'])
          .as('flagged'),
      ])
      .where('cg.campaign_id', 'in', campaignIds)
      .$if(paths !== null, (q) => q.where(likeAny('g.path', paths!)))
      .orderBy('st.code')
      .orderBy('cm.code')
      .orderBy('g.code')
      .execute();
    return rows.map((r) => ({ ...r, screened: Number(r.screened ?? 0), flagged: Number(r.flagged ?? 0) }));
  }

  campaignGrid(campaignId: string, gridId: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('screening_campaign_grids').selectAll().where('campaign_id', '=', campaignId).where('grid_id', '=', gridId).executeTakeFirst();
  }

  async closeCampaign(id: string, version: number, now: Date): Promise<CampaignRow | undefined> {
    return this.db
      .updateTable('screening_campaigns')
      .set({ status: 'closed', updated_at: now, version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', 'open')
      .returningAll()
      .executeTakeFirst();
  }

  screeningByClientId(clientId: string, db: Kysely<DB> = this.db): Promise<ScreeningRow | undefined> {
    return db.selectFrom('screenings').selectAll().where('client_id', '=', clientId).executeTakeFirst();
  }

  screeningAt(db: Kysely<DB>, campaignId: string, gridId: string, address: string): Promise<ScreeningRow | undefined> {
    return db.selectFrom('screenings').selectAll().where('campaign_id', '=', campaignId).where('grid_id', '=', gridId).where('address', '=', address).executeTakeFirst();
  }

  assessmentAnswers(id: string) {
    return this.db.selectFrom('risk_assessments').select(['checklist_id', 'answers']).where('id', '=', id).executeTakeFirst();
  }

  insertScreening(trx: Kysely<DB>, row: Insertable<ScreeningTable>): Promise<ScreeningRow> {
    return trx.insertInto('screenings').values(row).returningAll().executeTakeFirstOrThrow();
  }

  /** Screenings of a campaign under `paths`, newest first, with the grid and the recorder's names. */
  async screenings(campaignId: string, paths: readonly string[] | null, f: { gridId?: string; level?: string; after?: { at: Date; id: string } }, limit: number) {
    if (paths !== null && paths.length === 0) return [];
    return this.db
      .selectFrom('screenings as s')
      .innerJoin('org_units as g', 'g.id', 's.grid_id')
      .leftJoin('users as u', 'u.id', 's.screened_by')
      .selectAll('s')
      .select(['g.name as grid_name', 'g.path as grid_path', 'u.display_name as screened_by_name'])
      .where('s.campaign_id', '=', campaignId)
      .$if(paths !== null, (q) => q.where(likeAny('g.path', paths!)))
      .$if(!!f.gridId, (q) => q.where('s.grid_id', '=', f.gridId!))
      .$if(!!f.level, (q) => q.where('s.level', '=', f.level!))
      .$if(!!f.after, (q) => q.where((eb) => eb.or([eb('s.screened_at', '<', f.after!.at), eb.and([eb('s.screened_at', '=', f.after!.at), eb('s.id', '<', f.after!.id)])])))
      .orderBy('s.screened_at', 'desc')
      .orderBy('s.id', 'desc')
      .limit(limit)
      .execute();
  }

  /**
   * Open campaigns running on `day` and their grids under `paths` (the caller's grids),
   * with target and screened counts: the screening tasks of "today".
   */
  async tasks(paths: readonly string[], day: string) {
    if (paths.length === 0) return [];
    const rows = await this.db
      .selectFrom('screening_campaigns as c')
      .innerJoin('screening_campaign_grids as cg', 'cg.campaign_id', 'c.id')
      .innerJoin('org_units as g', 'g.id', 'cg.grid_id')
      .select(['c.id as campaign_id', 'c.name as campaign_name', 'c.ends_on', 'g.id as grid_id', 'g.name as grid_name', 'cg.target_households'])
      .select((eb) =>
        eb
          .selectFrom('screenings as s')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('s.campaign_id', '=', 'c.id')
          .whereRef('s.grid_id', '=', 'g.id')
          .as('screened'),
      )
      .where('c.status', '=', 'open')
      .where('c.starts_on', '<=', day)
      .where('c.ends_on', '>=', day)
      .where(likeAny('g.path', paths))
      .orderBy('c.ends_on')
      .orderBy('c.name')
      .orderBy('g.code')
      .execute();
    return rows.map((r) => ({ ...r, screened: Number(r.screened ?? 0) }));
  }
}
