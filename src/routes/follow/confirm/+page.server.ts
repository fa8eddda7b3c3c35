// The link in the confirmation mail opens this page; the button (a POST, so a mail scanner that
// fetches links confirms nothing) confirms. Tokens are compared by their SHA-256 only.
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db/instance';
import { confirmByToken, findPendingByToken } from '$lib/server/follow/alerts';

export const load: PageServerLoad = async ({ url }) => {
	const pending = await findPendingByToken(getDb(), url.searchParams.get('token'));
	return { pending: pending ? { label: pending.label, email: pending.email } : null };
};

export const actions: Actions = {
	default: async ({ url }) => {
		const done = await confirmByToken(getDb(), url.searchParams.get('token'));
		return done ? { confirmed: done.label } : { confirmed: null };
	}
};
