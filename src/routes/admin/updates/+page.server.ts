import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db/instance';
import { listSuggestedUpdates } from '$lib/server/db/queries/pledge-updates';
import { requirePageRole, requireRole } from '$lib/server/auth/guards';
import { decideSuggestion } from '$lib/server/editorial/pledge-status';
import { asFormResult, readForm } from '$lib/server/editorial/form';
import { id } from '$lib/server/editorial/fields';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'editor');
	return { suggestions: await listSuggestedUpdates(getDb(), 200) };
};

const decision = z.object({ update: id, decision: z.enum(['accept', 'dismiss']) });

export const actions: Actions = {
	decide: async ({ request, locals }) => {
		const user = requireRole(locals, 'editor');
		const form = await readForm(request, decision);
		if (!form.ok) return form.failure;
		return asFormResult(async () => {
			await decideSuggestion(getDb(), user.id, form.data.update, form.data.decision);
			return { done: form.data.decision === 'accept' ? 'Accepted.' : 'Dismissed.' };
		});
	}
};
