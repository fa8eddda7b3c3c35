import { z } from 'zod';
import { messagesFor } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { INSTITUTION_KINDS, LEVELS } from '$lib/domain/vocabulary';
import { getDb } from '$lib/server/db/instance';
import { listInstitutionsForAdmin } from '$lib/server/db/queries/institutions-admin';
import { requirePageRole, requireRole } from '$lib/server/auth/guards';
import { mergeInstitution, renameInstitution, setInstitutionDetails } from '$lib/server/editorial/institutions';
import { asFormResult, readForm } from '$lib/server/editorial/form';
import { isoDate, optionalSlug, optionalText, requiredText, rule, slug } from '$lib/server/editorial/fields';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'editor');
	const q = (url.searchParams.get('q') ?? '').slice(0, 200);
	const institutions = await listInstitutionsForAdmin(getDb(), { q, limit: 200 });
	return { q, institutions, vocab: { INSTITUTION_KINDS, LEVELS } };
};

const details = z.object({
	slug,
	kind: z.enum(INSTITUTION_KINDS),
	level: z.union([z.literal(''), z.enum(LEVELS)]).optional().transform((s) => (s ? s : null)),
	regionCode: z
		.string()
		.trim()
		.regex(/^(\d{2}(\.\d{2})?)?$/, rule('regionCode'))
		.optional()
		.transform((s) => (s ? s : null)),
	parent: optionalSlug,
	reason: optionalText(1000)
});
const rename = z.object({
	slug,
	newName: requiredText(300),
	newSlug: optionalSlug,
	effectiveOn: z.union([z.literal(''), isoDate]).optional().transform((s) => (s ? s : null)),
	reason: requiredText(1000)
});
const merge = z.object({ from: slug, into: slug, reason: requiredText(1000) });

export const actions: Actions = {
	details: async ({ request, locals }) => {
		const user = requireRole(locals, 'editor');
		const form = await readForm(request, details, locals.lang);
		if (!form.ok) return form.failure;
		const { slug: s, parent, reason, ...rest } = form.data;
		return asFormResult(locals.lang, async () => {
			await setInstitutionDetails(getDb(), user.id, s, { ...rest, parentSlug: parent }, reason);
			return { done: messagesFor(locals.lang).editor.institutions.saved(s) };
		});
	},
	rename: async ({ request, locals }) => {
		const user = requireRole(locals, 'editor');
		const form = await readForm(request, rename, locals.lang);
		if (!form.ok) return form.failure;
		const { slug: s, ...change } = form.data;
		return asFormResult(locals.lang, async () => {
			await renameInstitution(getDb(), user.id, s, change);
			return { done: messagesFor(locals.lang).editor.institutions.renamed(change.newName) };
		});
	},
	merge: async ({ request, locals }) => {
		const user = requireRole(locals, 'editor');
		const form = await readForm(request, merge, locals.lang);
		if (!form.ok) return form.failure;
		const { from, into, reason } = form.data;
		return asFormResult(locals.lang, async () => {
			const moved = await mergeInstitution(getDb(), user.id, from, into, reason);
			return { done: messagesFor(locals.lang).editor.institutions.merged(from, into, String(moved.statements), String(moved.aliases)) };
		});
	}
};
