import { z } from 'zod';
import { messagesFor } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { AMOUNT_QUALIFIERS, CATEGORIES, STATEMENT_KINDS, STRENGTHS } from '$lib/domain/vocabulary';
import { getDb } from '$lib/server/db/instance';
import { countReviewQueue, listInstitutionChoices, listReviewQueue } from '$lib/server/db/queries/review';
import { countQueuedSuggestions } from '$lib/server/db/queries/followup-queue';
import { requirePageRole, requireRole } from '$lib/server/auth/guards';
import { decideStatements, editStatement } from '$lib/server/editorial/review';
import { asFormResult, readForm } from '$lib/server/editorial/form';
import { id, optionalSlug, optionalText, rule } from '$lib/server/editorial/fields';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'editor');
	const page = Math.max(1, Math.min(10_000, Number(url.searchParams.get('page')) || 1));
	const db = getDb();
	const [items, total, institutions, suggestions] = await Promise.all([
		listReviewQueue(db, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
		countReviewQueue(db),
		listInstitutionChoices(db),
		countQueuedSuggestions(db)
	]);
	return { items, total, suggestions, page, pageSize: PAGE_SIZE, institutions, vocab: { CATEGORIES, STATEMENT_KINDS, STRENGTHS, AMOUNT_QUALIFIERS } };
};

const reason = optionalText(1000);
const decision = z.object({ id, reason });
const bulk = z.object({ ids: z.array(id).min(1, rule('selectOne')).max(200), decision: z.enum(['confirm', 'reject']), reason });
const edit = z.object({
	id,
	kind: z.enum(STATEMENT_KINDS),
	category: z.enum(CATEGORIES),
	strength: z.enum(STRENGTHS),
	actor: optionalSlug,
	target: optionalSlug,
	targetText: optionalText(500),
	amount: z
		.string()
		.trim()
		.regex(/^(\d{1,20})?$/, rule('wholeRupiah'))
		.optional()
		.transform((s) => (s ? Number(s) : null)),
	amountQualifier: z.union([z.literal(''), z.enum(AMOUNT_QUALIFIERS)]).optional().transform((s) => (s ? s : null)),
	reason
});

export const actions: Actions = {
	confirm: async ({ request, locals }) => {
		const user = requireRole(locals, 'editor');
		const form = await readForm(request, decision, locals.lang);
		if (!form.ok) return form.failure;
		const changed = await decideStatements(getDb(), user.id, [form.data.id], 'confirm', form.data.reason);
		return { done: messagesFor(locals.lang).editor.review.confirmed(changed) };
	},
	reject: async ({ request, locals }) => {
		const user = requireRole(locals, 'editor');
		const form = await readForm(request, decision, locals.lang);
		if (!form.ok) return form.failure;
		const changed = await decideStatements(getDb(), user.id, [form.data.id], 'reject', form.data.reason);
		return { done: messagesFor(locals.lang).editor.review.rejected(changed) };
	},
	bulk: async ({ request, locals }) => {
		const user = requireRole(locals, 'editor');
		const form = await readForm(request, bulk, locals.lang, ['ids']);
		if (!form.ok) return form.failure;
		const { ids, decision: d, reason: r } = form.data;
		const changed = await decideStatements(getDb(), user.id, ids, d, r);
		return { done: d === 'confirm' ? messagesFor(locals.lang).editor.review.confirmed(changed) : messagesFor(locals.lang).editor.review.rejected(changed) };
	},
	edit: async ({ request, locals }) => {
		const user = requireRole(locals, 'editor');
		const form = await readForm(request, edit, locals.lang);
		if (!form.ok) return form.failure;
		const { id: statementId, actor, target, reason: r, ...fields } = form.data;
		return asFormResult(locals.lang, async () => {
			await editStatement(getDb(), user.id, statementId, { ...fields, actorSlug: actor, targetSlug: target }, r);
			return { done: messagesFor(locals.lang).editor.review.saved(String(statementId)) };
		});
	}
};
