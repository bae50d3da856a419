/**
 * 导入涉众户: the whole list is checked first, then written in one transaction — the
 * households, their parties (found or created by ID number) as applicants of the group
 * case, the case's people count and a timeline event — or nothing at all.
 */
import { validateHouseholdSheet } from '../../domain/households/rows.js';
import { AppError } from '../../errors.js';
import { HouseholdRepository } from '../../repositories/household-repository.js';
import type { Actor } from '../actor.js';
import type { CaseDeps } from '../cases/deps.js';
import { householdCase, stillOpen } from './access.js';
import { readSheet } from './sheet.js';

export async function importHouseholds(deps: CaseDeps, actor: Actor, caseId: string, file: { filename: string; content: Buffer }) {
  const c = await householdCase(deps, actor, caseId, true);
  const sheet = await readSheet(file.filename, file.content);
  const repo = new HouseholdRepository(deps.db);
  const now = deps.clock.now();

  return deps.db.transaction().execute(async (trx) => {
    // The case lock serializes imports: the duplicate check against the case holds until commit.
    const locked = stillOpen(await deps.cases.forUpdate(trx, c.id));
    const result = validateHouseholdSheet(sheet, await repo.idNumbers(c.id, trx));
    if (!result.ok) {
      const report = result.errors.map((e) => ({ row: e.row, column: e.column, message: e.message }));
      const fields = result.fileError ? { file: result.fileError } : Object.fromEntries(result.errors.map((e) => [`rows.${e.row}.${e.column}`, e.message]));
      throw new AppError(400, 'households_import_invalid', 'households_import_invalid', {}, fields, { fileError: result.fileError, report, badRows: new Set(report.map((r) => r.row)).size });
    }
    const rows = result.rows;
    const idNumbers = rows.map((r) => r.idNumber);
    const known = await repo.partiesByIdNumber(trx, idNumbers);
    await repo.insertParties(
      trx,
      rows.filter((r) => !known.has(r.idNumber)).map((r) => ({ kind: 'person' as const, name: r.name, id_number: r.idNumber, phone: r.phone, uscc: null, address: r.address, created_at: now, updated_at: now })),
    );
    const parties = await repo.partiesByIdNumber(trx, idNumbers);
    await repo.linkApplicants(trx, c.id, idNumbers.map((id) => parties.get(id)!));
    const from = await repo.maxRowNo(trx, c.id);
    await repo.insertMany(
      trx,
      rows.map((r, i) => ({
        group_case_id: c.id,
        row_no: from + i + 1,
        party_id: parties.get(r.idNumber)!,
        name: r.name,
        id_number: r.idNumber,
        phone: r.phone,
        address: r.address,
        representative: r.representative,
        claim_fen: r.claimFen,
      })),
    );
    const total = await repo.count(c.id, trx);
    const claimFen = rows.reduce((s, r) => s + r.claimFen, 0);
    await deps.cases.appendEvent(trx, c.id, {
      type: 'households_imported',
      actorId: actor.userId,
      actorName: actor.displayName,
      at: now,
      data: { count: rows.length, total, claimFen, representatives: rows.filter((r) => r.representative).length },
    });
    await deps.cases.update(trx, c.id, { people_count: Math.max(locked.people_count, total) }, now);
    return { imported: rows.length, total };
  });
}
