import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { isValidDate, shanghaiDate } from '../../domain/agreements/dates.js';
import { TERM_KINDS } from '../../domain/agreements/terms.js';
import { AgreementRepository } from '../../repositories/agreement-repository.js';
import { markTermFulfilled, recordSignature, saveDraft, submitForSigning, voidAgreement } from '../../services/agreements/agreements.js';
import { type AgreementDeps, mayHandle } from '../../services/agreements/guard.js';
import { applyForConfirmation, recordAcceptance, recordRuling, withdrawConfirmation } from '../../services/agreements/judicial.js';
import { recordReferralReceipt } from '../../services/agreements/referral-receipt.js';
import { agreementView } from '../../services/agreements/view.js';
import { visibleCase } from '../../services/cases/visible-case.js';
import { requireActor } from '../auth.js';
import { rule } from '../zod-i18n.js';

const idParams = z.object({ id: z.uuid() });
const version = z.number().int().min(1).optional();
// refine, not regex(): only a custom issue carries rule()'s message in both languages
const date = z.string().refine(isValidDate, rule('日期无效，格式应为 YYYY-MM-DD', 'Invalid date (YYYY-MM-DD)'));
const reason = z.string().trim().min(1).max(500);
const fen = z.number().int().min(0).max(1e13);

const term = z.object({
  obligorPartyId: z.uuid(),
  obligeePartyId: z.uuid().nullish(),
  kind: z.enum(TERM_KINDS),
  description: z.string().trim().min(1).max(1000),
  amountFen: fen.nullish(),
  dueOn: date.nullish(),
});

const jcView = z.object({
  id: z.string(),
  courtUnitId: z.string(),
  courtName: z.string(),
  appliedOn: z.string(),
  status: z.string(),
  acceptedOn: z.string().nullable(),
  rulingNumber: z.string().nullable(),
  ruledOn: z.string().nullable(),
  resultNote: z.string().nullable(),
  version: z.number(),
});
const view = z.object({
  /** the caller handles the case and it is not archived: the card shows its controls */
  canEdit: z.boolean(),
  /** today at the center (Asia/Shanghai, the app clock): the default of the date fields */
  today: z.string(),
  agreement: z
    .object({
      id: z.string(),
      caseId: z.string(),
      sessionId: z.string().nullable(),
      summary: z.string(),
      totalFen: z.number(),
      status: z.enum(['draft', 'signing', 'signed', 'void']),
      concludedOn: z.string().nullable(),
      enforceable: z.boolean(),
      version: z.number(),
      updatedAt: z.string(),
      terms: z.array(
        z.object({
          ordinal: z.number(),
          obligorPartyId: z.string().nullable(),
          obligeePartyId: z.string().nullable(),
          kind: z.enum(TERM_KINDS),
          description: z.string(),
          amountFen: z.number().nullable(),
          dueOn: z.string().nullable(),
          fulfilledAt: z.string().nullable(),
        }),
      ),
      signatures: z.array(z.object({ partyId: z.string(), name: z.string(), status: z.enum(['pending', 'signed', 'refused']), signedAt: z.string().nullable(), recordedByName: z.string().nullable() })),
      jcWindow: z.object({ lastDay: z.string(), daysLeft: z.number(), open: z.boolean() }).nullable(),
    })
    .nullable(),
  judicialConfirmation: jcView.nullable(),
});

/** 调解协议 (structured terms, signing), 司法确认, 转办回执 of a case. */
export function agreementRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const deps: AgreementDeps = { ...ctx.caseDeps, agreements: new AgreementRepository(ctx.database.db) };
  const tags = ['agreements'];
  const answer = async (req: FastifyRequest, caseId: string) => {
    const actor = requireActor(req);
    const c = await visibleCase(deps, actor, caseId);
    return { canEdit: c.status !== 'archived' && mayHandle(c, actor), today: shanghaiDate(deps.clock.now()), ...(await agreementView(deps, caseId)) };
  };
  return async (app) => {
    app.get('/api/cases/:id/agreement', { schema: { tags, summary: '调解协议 / The settlement agreement of a case, its signatures and judicial confirmation', params: idParams, response: { 200: view } } }, async (req) => {
      return answer(req, req.params.id);
    });

    app.get('/api/courts', { schema: { tags, summary: '人民法院 / Courts to apply to for judicial confirmation', response: { 200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }) } } }, async (req) => {
      requireActor(req);
      return { items: await deps.agreements.courts() };
    });

    app.put(
      '/api/cases/:id/agreement',
      {
        schema: {
          tags,
          summary: '起草调解协议 / Save the draft agreement: terms whose payments add up to the total',
          params: idParams,
          body: z.object({ summary: z.string().trim().min(1).max(2000), totalFen: fen, sessionId: z.uuid().nullish(), terms: z.array(term).max(50), version }),
          response: { 200: view },
        },
      },
      async (req) => {
        await saveDraft(deps, requireActor(req), req.params.id, req.body);
        return answer(req, req.params.id);
      },
    );

    app.post('/api/cases/:id/agreement/submit', { schema: { tags, summary: '提交签署 / Submit the draft for signing by every applicant and respondent', params: idParams, body: z.object({ version }).optional(), response: { 200: view } } }, async (req) => {
      await submitForSigning(deps, requireActor(req), req.params.id, req.body?.version);
      return answer(req, req.params.id);
    });

    app.post(
      '/api/cases/:id/agreement/signatures/:partyId',
      {
        schema: {
          tags,
          summary: '登记签字 / Record that a party signed or refused (a refusal returns the agreement to draft)',
          params: z.object({ id: z.uuid(), partyId: z.uuid() }),
          body: z.object({ status: z.enum(['signed', 'refused']), reason: z.string().trim().max(500).nullish(), version }),
          response: { 200: view },
        },
      },
      async (req) => {
        await recordSignature(deps, requireActor(req), req.params.id, req.params.partyId, req.body);
        return answer(req, req.params.id);
      },
    );

    app.post('/api/cases/:id/agreement/void', { schema: { tags, summary: '作废调解协议 / Void the agreement', params: idParams, body: z.object({ reason, version }), response: { 200: view } } }, async (req) => {
      await voidAgreement(deps, requireActor(req), req.params.id, req.body);
      return answer(req, req.params.id);
    });

    app.post(
      '/api/cases/:id/agreement/terms/:ordinal/fulfilled',
      {
        schema: {
          tags,
          summary: '条款履行 / Mark a term of the signed agreement fulfilled (or not)',
          params: z.object({ id: z.uuid(), ordinal: z.coerce.number().int().min(1).max(50) }),
          body: z.object({ fulfilled: z.boolean().default(true) }).optional(),
          response: { 200: view },
        },
      },
      async (req) => {
        await markTermFulfilled(deps, requireActor(req), req.params.id, req.params.ordinal, req.body?.fulfilled ?? true);
        return answer(req, req.params.id);
      },
    );

    app.post(
      '/api/cases/:id/judicial-confirmation',
      {
        schema: {
          tags,
          summary: '申请司法确认 / Apply to a court within 30 days of the agreement taking effect',
          params: idParams,
          body: z.object({ courtUnitId: z.uuid(), appliedOn: date.nullish() }),
          response: { 200: view },
        },
      },
      async (req) => {
        await applyForConfirmation(deps, requireActor(req), req.params.id, req.body);
        return answer(req, req.params.id);
      },
    );

    app.post(
      '/api/cases/:id/judicial-confirmation/accept',
      { schema: { tags, summary: '法院受理 / Record the court accepting the application', params: idParams, body: z.object({ acceptedOn: date, version }), response: { 200: view } } },
      async (req) => {
        await recordAcceptance(deps, requireActor(req), req.params.id, req.body);
        return answer(req, req.params.id);
      },
    );

    app.post(
      '/api/cases/:id/judicial-confirmation/ruling',
      {
        schema: {
          tags,
          summary: '法院裁定 / Record the ruling: confirmed makes the agreement enforceable',
          params: idParams,
          body: z.object({ rulingNumber: z.string().trim().min(1).max(100), ruledOn: date, result: z.enum(['confirmed', 'rejected']), note: z.string().trim().max(2000).nullish(), version }),
          response: { 200: view },
        },
      },
      async (req) => {
        await recordRuling(deps, requireActor(req), req.params.id, req.body);
        return answer(req, req.params.id);
      },
    );

    app.post(
      '/api/cases/:id/judicial-confirmation/withdraw',
      {
        schema: {
          tags,
          summary: '撤回司法确认申请 / Withdraw an application the court has not ruled on',
          params: idParams,
          body: z.object({ reason: z.string().trim().min(1).max(2000), version }),
          response: { 200: view },
        },
      },
      async (req) => {
        await withdrawConfirmation(deps, requireActor(req), req.params.id, req.body);
        return answer(req, req.params.id);
      },
    );

    app.post(
      '/api/cases/:id/referral-receipt',
      {
        schema: {
          tags: ['cases'],
          summary: '转办回执 / Record the receipt of a referred case from its destination',
          params: idParams,
          body: z.object({ receiptNo: z.string().trim().min(1).max(100), receivedAt: z.iso.datetime({ offset: true }), version }),
          response: { 200: z.object({ receiptNo: z.string(), receivedAt: z.string(), version: z.number() }) },
        },
      },
      async (req) => {
        const c = await recordReferralReceipt(deps, requireActor(req), req.params.id, req.body);
        return { receiptNo: c.referral_receipt_no!, receivedAt: new Date(c.referral_received_at!).toISOString(), version: c.version };
      },
    );
  };
}
