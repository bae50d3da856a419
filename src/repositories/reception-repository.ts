import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { DB, ReceptionBookingTable, ReceptionThemeTable } from '../db/schema.js';
import type { BookingStatus } from '../domain/reception/bookings.js';

export type ReceptionThemeRow = Selectable<ReceptionThemeTable>;
export type ReceptionBookingRow = Selectable<ReceptionBookingTable>;
export type BookingListRow = ReceptionBookingRow & { case_code: string | null; booked_by_name: string | null; station_id: string | null };

export interface ThemeWrite {
  center_id: string;
  theme: ReceptionThemeRow['theme'];
  weekday: number;
  host_unit_id: string;
  slots: string[];
  capacity: number;
  note: string | null;
}

/** Which bookings of a center a caller may read when they do not manage the center. */
export interface BookingFilter {
  themes: readonly string[];
  stationIds: readonly string[];
  bookedBy: string;
}

/** Themed reception days (主题接待日): the themes of each center and the bookings of their slots. */
export class ReceptionRepository {
  constructor(private readonly db: Kysely<DB>) {}

  themes(centerId: string, db: Kysely<DB> = this.db): Promise<ReceptionThemeRow[]> {
    return db.selectFrom('reception_themes').selectAll().where('center_id', '=', centerId).orderBy('weekday').execute();
  }

  /** Centers with at least one theme, in code order. */
  centersWithThemes(): Promise<{ id: string; name: string }[]> {
    return this.db
      .selectFrom('org_units as u')
      .select(['u.id', 'u.name'])
      .where('u.kind', '=', 'center')
      .where((eb) => eb.exists(eb.selectFrom('reception_themes as t').select('t.center_id').whereRef('t.center_id', '=', 'u.id')))
      .orderBy('u.code')
      .execute();
  }

  /** The departments of a center, the possible hosts of its themes. */
  hostUnits(centerId: string): Promise<{ id: string; name: string; department_type: string | null }[]> {
    return this.db
      .selectFrom('org_units')
      .select(['id', 'name', 'department_type'])
      .where('kind', '=', 'department')
      .where('center_id', '=', centerId)
      .orderBy('code')
      .execute();
  }

  /**
   * Writes one theme if nobody changed it since `version` was read (0: not configured yet).
   * Returns false on a lost race; the caller rolls the whole configuration back.
   */
  async putTheme(trx: Kysely<DB>, t: ThemeWrite, version: number): Promise<boolean> {
    if (version === 0) {
      const r = await trx.insertInto('reception_themes').values(t).onConflict((oc) => oc.columns(['center_id', 'theme']).doNothing()).executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
    }
    const r = await trx
      .updateTable('reception_themes')
      .set({ weekday: t.weekday, host_unit_id: t.host_unit_id, slots: t.slots, capacity: t.capacity, note: t.note, version: sql`version + 1` })
      .where('center_id', '=', t.center_id)
      .where('theme', '=', t.theme)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Locks a theme of a center: bookings of its slots are taken one at a time. */
  lockTheme(trx: Kysely<DB>, centerId: string, theme: string): Promise<ReceptionThemeRow | undefined> {
    return trx
      .selectFrom('reception_themes')
      .selectAll()
      .where('center_id', '=', centerId)
      .where('theme', '=', theme as ReceptionThemeRow['theme'])
      .forUpdate()
      .executeTakeFirst();
  }

  /** Places taken (non-cancelled bookings) per day and slot of a center. */
  async taken(centerIds: readonly string[], from: string, to: string): Promise<{ center_id: string; date: string; slot: string; n: number }[]> {
    if (!centerIds.length) return [];
    const rows = await this.db
      .selectFrom('reception_bookings')
      .select(['center_id', 'date', 'slot', sql<number>`count(*)::int`.as('n')])
      .where('center_id', 'in', [...centerIds])
      .where('date', '>=', from)
      .where('date', '<=', to)
      .where('status', '<>', 'cancelled')
      .groupBy(['center_id', 'date', 'slot'])
      .execute();
    return rows.map((r) => ({ ...r, n: Number(r.n) }));
  }

  async takenInSlot(trx: Kysely<DB>, centerId: string, date: string, slot: string): Promise<number> {
    const r = await trx
      .selectFrom('reception_bookings')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('center_id', '=', centerId)
      .where('date', '=', date)
      .where('slot', '=', slot)
      .where('status', '<>', 'cancelled')
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** An active booking of the same enterprise at the center on the day, if any. */
  sameEnterpriseSameDay(trx: Kysely<DB>, centerId: string, date: string, uscc: string) {
    return trx
      .selectFrom('reception_bookings')
      .select('id')
      .where('center_id', '=', centerId)
      .where('date', '=', date)
      .where('uscc', '=', uscc)
      .where('status', '<>', 'cancelled')
      .executeTakeFirst();
  }

  /** The next number of a reception day's booking codes (the row lock orders concurrent bookings). */
  async nextSequence(trx: Kysely<DB>, day: string): Promise<number> {
    const r = await trx
      .insertInto('reception_booking_sequences')
      .values({ day, last: 1 })
      .onConflict((oc) => oc.column('day').doUpdateSet({ last: sql`reception_booking_sequences.last + 1` }))
      .returning('last')
      .executeTakeFirstOrThrow();
    return r.last;
  }

  insertBooking(trx: Kysely<DB>, row: Insertable<ReceptionBookingTable>): Promise<ReceptionBookingRow> {
    return trx.insertInto('reception_bookings').values(row).returningAll().executeTakeFirstOrThrow();
  }

  byId(id: string, db: Kysely<DB> = this.db): Promise<ReceptionBookingRow | undefined> {
    return db.selectFrom('reception_bookings').selectAll().where('id', '=', id).executeTakeFirst();
  }

  byCode(code: string): Promise<ReceptionBookingRow | undefined> {
    return this.db.selectFrom('reception_bookings').selectAll().where('code', '=', code).executeTakeFirst();
  }

  /** Bookings of a center on one day, by slot; `filter` narrows them for callers who do not manage the center. */
  list(centerId: string, date: string, filter: BookingFilter | null): Promise<BookingListRow[]> {
    return this.db
      .selectFrom('reception_bookings as b')
      .leftJoin('cases as c', 'c.id', 'b.case_id')
      .leftJoin('users as u', 'u.id', 'b.booked_by')
      .leftJoin('enterprises as e', 'e.id', 'b.enterprise_id')
      .selectAll('b')
      .select(['c.code as case_code', 'u.display_name as booked_by_name', 'e.station_id'])
      .where('b.center_id', '=', centerId)
      .where('b.date', '=', date)
      .$if(filter !== null, (q) =>
        q.where((eb) =>
          eb.or([
            eb('b.booked_by', '=', filter!.bookedBy),
            ...(filter!.themes.length ? [eb('b.theme', 'in', [...filter!.themes])] : []),
            ...(filter!.stationIds.length ? [eb('e.station_id', 'in', [...filter!.stationIds])] : []),
          ]),
        ),
      )
      .orderBy('b.slot')
      .orderBy('b.booked_at')
      .execute();
  }

  /** Moves a booking from one of `from` to `to`; undefined when it was no longer in one of them. */
  setStatus(id: string, from: readonly BookingStatus[], to: BookingStatus, db: Kysely<DB> = this.db): Promise<ReceptionBookingRow | undefined> {
    return db.updateTable('reception_bookings').set({ status: to }).where('id', '=', id).where('status', 'in', [...from]).returningAll().executeTakeFirst();
  }

  /** Links the case registered from a booking; false when another registration got there first. */
  async linkCase(trx: Kysely<DB>, id: string, caseId: string, attended: boolean): Promise<boolean> {
    const r = await trx
      .updateTable('reception_bookings')
      // Only booked or attended bookings get here, so "attended" is right for both.
      .set(attended ? { case_id: caseId, status: 'attended' as const } : { case_id: caseId })
      .where('id', '=', id)
      .where('case_id', 'is', null)
      .where('status', 'in', ['booked', 'attended'])
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  enterpriseByUscc(uscc: string) {
    return this.db.selectFrom('enterprises').select(['id', 'name', 'uscc', 'station_id']).where('uscc', '=', uscc).executeTakeFirst();
  }

  enterpriseById(id: string) {
    return this.db.selectFrom('enterprises').select(['id', 'name', 'uscc', 'station_id']).where('id', '=', id).executeTakeFirst();
  }
}
