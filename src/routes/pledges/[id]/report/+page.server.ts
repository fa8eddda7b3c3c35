import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import type { Db } from '$lib/server/db/connect';
import { getDb } from '$lib/server/db/instance';
import { getReadDb } from '$lib/server/db/public-reads';
import { findPledgeSummary } from '$lib/server/db/queries/pledge-updates';
import { insertProblemReport } from '$lib/server/db/queries/problem-reports';
import { recordAudit } from '$lib/server/db/queries/audit';
import { takeRateLimit } from '$lib/server/auth/throttle';
import { readForm } from '$lib/server/editorial/form';
import { id, optionalText, rule } from '$lib/server/editorial/fields';
import { messagesFor } from '$lib/i18n';

/** Per address: enough for a reader with several real problems, too few to flood editors. */
const REPORTS_PER_HOUR = 5;

async function findPledge(db: Db, param: string) {
	const parsed = id.safeParse(param);
	const pledge = parsed.success ? await findPledgeSummary(db, parsed.data, { includeRejected: false }) : null;
	if (!pledge) error(404, 'No such pledge.');
	return pledge;
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const pledge = await findPledge(getReadDb(locals), params.id);
	return { pledge: { id: pledge.id, kind: pledge.kind, evidenceText: pledge.evidenceText, actorName: pledge.actorName } };
};

const report = z.object({
	message: z.string().trim().min(10, rule('sentence')).max(4000),
	contact: optionalText(200),
	// A field people never see: bots that fill every input give themselves away.
	website: z.string().max(0, rule('mustBeEmpty')).optional()
});

export const actions: Actions = {
	default: async ({ request, params, getClientAddress, locals }) => {
		// A write: everything it reads comes from the primary it writes to.
		const db = getDb();
		const pledge = await findPledge(db, params.id);
		const form = await readForm(request, report, locals.lang);
		if (!form.ok) return form.failure;
		if (!(await takeRateLimit(db, 'report-ip', getClientAddress(), REPORTS_PER_HOUR, 3600))) {
			return fail(429, { message: messagesFor(locals.lang).forms.report.tooMany });
		}
		await db.transaction().execute(async (tx) => {
			const reportId = await insertProblemReport(tx, { statementId: pledge.id, message: form.data.message, contact: form.data.contact });
			// The audit entry names the report, not its text or the reader's contact (those stay in problem_reports).
			await recordAudit(tx, { userId: null, action: 'report.add', entity: 'problem_report', entityId: reportId, after: { statementId: pledge.id } });
		});
		return { sent: true };
	}
};
