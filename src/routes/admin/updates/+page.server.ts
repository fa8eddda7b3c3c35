import { z } from 'zod';
import { messagesFor } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db/instance';
import { countQueuedSuggestions, listQueuedSuggestions } from '$lib/server/db/queries/followup-queue';
import { requirePageRole, requireRole } from '$lib/server/auth/guards';
import { decideSuggestion } from '$lib/server/editorial/pledge-status';
import { suggestUpdatesForRecentArticles } from '$lib/server/editorial/suggest-updates';
import { recordAudit } from '$lib/server/db/queries/audit';
import { asFormResult, readForm } from '$lib/server/editorial/form';
import { id } from '$lib/server/editorial/fields';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'editor');
	const page = Math.max(1, Math.min(10_000, Number(url.searchParams.get('page')) || 1));
	const db = getDb();
	const [suggestions, total] = await Promise.all([listQueuedSuggestions(db, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), countQueuedSuggestions(db)]);
	return { suggestions, total, page, pageSize: PAGE_SIZE };
};

const decision = z.object({ update: id, decision: z.enum(['accept', 'dismiss']) });

const SCAN_ARTICLES = 200;

export const actions: Actions = {
	scan: async ({ locals }) => {
		const user = requireRole(locals, 'editor');
		const db = getDb();
		const added = await suggestUpdatesForRecentArticles(db, SCAN_ARTICLES);
		await recordAudit(db, { userId: user.id, action: 'pledge.suggest-scan', entity: 'pledge_updates', entityId: 'recent', after: { articles: SCAN_ARTICLES, added } });
		return { done: messagesFor(locals.lang).editor.updates.scanned(String(SCAN_ARTICLES), added) };
	},
	decide: async ({ request, locals }) => {
		const user = requireRole(locals, 'editor');
		const form = await readForm(request, decision, locals.lang);
		if (!form.ok) return form.failure;
		return asFormResult(locals.lang, async () => {
			await decideSuggestion(getDb(), user.id, form.data.update, form.data.decision);
			const t = messagesFor(locals.lang).editor.updates;
			return { done: form.data.decision === 'accept' ? t.accepted(String(form.data.update)) : t.dismissed(String(form.data.update)) };
		});
	}
};
