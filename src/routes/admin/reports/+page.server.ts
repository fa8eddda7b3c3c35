import { z } from 'zod';
import { messagesFor } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db/instance';
import { closeProblemReport, listProblemReports } from '$lib/server/db/queries/problem-reports';
import { recordAudit } from '$lib/server/db/queries/audit';
import { requirePageRole, requireRole } from '$lib/server/auth/guards';
import { readForm } from '$lib/server/editorial/form';
import { id } from '$lib/server/editorial/fields';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'editor');
	return { reports: await listProblemReports(getDb(), 'open', 200) };
};

const close = z.object({ report: id, state: z.enum(['resolved', 'dismissed']) });

export const actions: Actions = {
	close: async ({ request, locals }) => {
		const user = requireRole(locals, 'editor');
		const form = await readForm(request, close, locals.lang);
		if (!form.ok) return form.failure;
		const { report, state } = form.data;
		const closed = await getDb()
			.transaction()
			.execute(async (tx) => {
				const ok = await closeProblemReport(tx, report, state, user.id);
				if (ok) await recordAudit(tx, { userId: user.id, action: `report.${state}`, entity: 'problem_report', entityId: report, before: { state: 'open' }, after: { state } });
				return ok;
			});
		return { done: closed ? messagesFor(locals.lang).editor.reports.closed(String(report), messagesFor(locals.lang).editor.reports.states[state]) : messagesFor(locals.lang).editor.reports.alreadyClosed(String(report)) };
	}
};
