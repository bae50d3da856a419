import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { isValidMobile } from '../domain/identity.js';
import { personName, pickGender } from './names.js';
import { demoIdNumber, demoMobile } from './people.js';
import { createRng, hashString } from './random.js';

const DAY_MS = 86_400_000;
/** 5万元 recovered for the 531 households (SPEC seed report), split to the fen. */
const RECOVERED_FEN = 5_000_000;

const HOUSEHOLDS = 531;

/**
 * The 景泰花园 case of the seed report as the group case it is: its 531
 * households (the applicants' representatives first, then generated owners) listed with their share of the 5万元 rent, all told, agreed, signed and
 * paid by the time the case was concluded (11 days), so that the case page shows
 * 「531 / 531 已签约」 and the money that came back. Deterministic: from the generated case.
 */
export async function seedJingtaiHouseholds(trx: Kysely<DB>): Promise<void> {
  const c = await trx
    .selectFrom('cases as c')
    .innerJoin('compounds as k', 'k.id', 'c.compound_id')
    .select(['c.id', 'c.registered_at', 'c.concluded_at', 'c.status'])
    .where('k.name', '=', '景泰花园')
    .where('c.people_count', '>=', 531)
    .orderBy('c.registered_at')
    .executeTakeFirst();
  if (!c || !c.concluded_at) return;
  const applicants = await trx
    .selectFrom('case_parties as cp')
    .innerJoin('parties as p', 'p.id', 'cp.party_id')
    .select(['p.id', 'p.name', 'p.id_number', 'p.phone', 'p.address'])
    .where('cp.case_id', '=', c.id)
    .where('cp.role', '=', 'applicant')
    .where('p.kind', '=', 'person')
    .orderBy('cp.ordinal')
    .execute();
  if (applicants.length === 0) return;
  const registered = new Date(c.registered_at).getTime();
  const concluded = new Date(c.concluded_at).getTime();
  const base = Math.floor(RECOVERED_FEN / HOUSEHOLDS);
  const extra = RECOVERED_FEN - base * HOUSEHOLDS;
  const owners = generatedOwners(HOUSEHOLDS - applicants.length, new Date(c.registered_at).getUTCFullYear(), new Set(applicants.map((a) => a.id_number ?? '')));
  const people = [...applicants.map((p) => ({ ...p, party: p.id as string | null })), ...owners.map((o) => ({ ...o, party: null }))];
  const rows = people.map((p, i) => {
    const share = base + (i < extra ? 1 : 0);
    const signedAt = new Date(concluded - (i % 3) * 3_600_000);
    return {
      group_case_id: c.id,
      row_no: i + 1,
      party_id: p.party,
      name: p.name,
      id_number: p.id_number,
      phone: p.phone,
      address: p.address ?? flat(i),
      representative: p.party !== null,
      claim_fen: share,
      agreed_fen: share,
      paid_fen: share,
      notified_at: new Date(registered + DAY_MS),
      attended_at: new Date(registered + (3 + (i % 5)) * DAY_MS),
      agreed_at: signedAt,
      signed_at: signedAt,
      paid_at: new Date(concluded),
    };
  });
  await trx.updateTable('cases').set({ is_group: true }).where('id', '=', c.id).execute();
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('group_households').values(rows.slice(i, i + 500)).execute();
}

/** 景泰花园 flats: 12 buildings, 3 units, 15 floors, 2 flats a floor (only as many as needed). */
function flat(i: number): string {
  const perBuilding = 3 * 15 * 2;
  const b = Math.floor(i / perBuilding) + 1;
  const r = i % perBuilding;
  const unit = Math.floor(r / 30) + 1;
  const floor = Math.floor((r % 30) / 2) + 1;
  return `景泰花园${b}号楼${unit}单元${floor}0${(r % 2) + 1}室`;
}

/** Generated owners (names, valid-format ID numbers and mobiles, no real people), deterministic. */
function generatedOwners(n: number, year: number, usedIds: Set<string>) {
  const rng = createRng(hashString('demo:jingtai-households'));
  const phones = new Set<string>();
  const out: { name: string; id_number: string; phone: string | null; address: null }[] = [];
  while (out.length < n) {
    const gender = pickGender(rng);
    const id = demoIdNumber(rng, year, rng.int(24, 80), gender);
    if (usedIds.has(id)) continue;
    usedIds.add(id);
    let phone: string | null = null;
    if (rng.chance(0.93)) {
      do phone = demoMobile(rng);
      while (phones.has(phone) || !isValidMobile(phone));
      phones.add(phone);
    }
    out.push({ name: personName(rng, gender), id_number: id, phone, address: null });
  }
  return out;
}
