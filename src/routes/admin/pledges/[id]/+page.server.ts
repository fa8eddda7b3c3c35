import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { messagesFor } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { PLEDGE_STATUSES } from '$lib/domain/vocabulary';
import { getDb } from '$lib/server/db/instance';
import { findPledgeSummary, listPledgeUpdates } from '$lib/server/db/queries/pledge-updates';
import { requirePageRole, requireRole } from '$lib/server/auth/guards';
import { decideSuggestion, recordStatusChange } from '$lib/server/editorial/pledge-status';
import { asFormResult, readForm } from '$lib/server/editorial/form';
import { id, isoDate, optionalHttpUrl, optionalId, requiredText } from '$lib/server/editorial/fields';

function statementId(param: string): number {
	const parsed = id.safeParse(param);
	if (!parsed.success) error(404, 'No such statement.');
	return parsed.data;
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requirePageRole(locals, url, 'editor');
	const sid = statementId(params.id);
	const db = getDb();
	const [pledge, updates] = await Promise.all([findPledgeSummary(db, sid, { includeRejected: true }), listPledgeUpdates(db, sid)]);
	if (!pledge) error(404, 'No such statement.');
	return { pledge, updates, statuses: PLEDGE_STATUSES, today: new Date().toISOString().slice(0, 10) };
};

const statusForm = z.object({
	status: z.enum(PLEDGE_STATUSES),
	effectiveOn: isoDate,
	reason: requiredText(2000),
	sourceArticleId: optionalId,
	sourceUrl: optionalHttpUrl
});
const decision = z.object({ update: id });

export const actions: Actions = {
	status: async ({ request, locals, params }) => {
		const user = requireRole(locals, 'editor');
		const sid = statementId(params.id);
		const form = await readForm(request, statusForm, locals.lang);
		if (!form.ok) return form.failure;
		return asFormResult(locals.lang, async () => {
			await recordStatusChange(getDb(), user.id, sid, form.data);
			return { done: messagesFor(locals.lang).editor.pledge.recorded(messagesFor(locals.lang).statuses[form.data.status].toLowerCase()) };
		});
	},
	accept: async ({ request, locals }) => {
		const user = requireRole(locals, 'editor');
		const form = await readForm(request, decision, locals.lang);
		if (!form.ok) return form.failure;
		return asFormResult(locals.lang, async () => {
			await decideSuggestion(getDb(), user.id, form.data.update, 'accept');
			return { done: messagesFor(locals.lang).editor.pledge.accepted };
		});
	},
	dismiss: async ({ request, locals }) => {
		const user = requireRole(locals, 'editor');
		const form = await readForm(request, decision, locals.lang);
		if (!form.ok) return form.failure;
		return asFormResult(locals.lang, async () => {
			await decideSuggestion(getDb(), user.id, form.data.update, 'dismiss');
			return { done: messagesFor(locals.lang).editor.pledge.dismissed };
		});
	}
};
