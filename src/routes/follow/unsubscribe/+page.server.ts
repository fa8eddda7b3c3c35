// Unsubscribe: the page behind every digest's link (one button), and the RFC 8058 one-click POST
// that mail providers send to the List-Unsubscribe address (hooks/cross-site-forms.ts lets that
// POST in: its token is its authority). Either way the subscription and its address are deleted.
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db/instance';
import { findByUnsubscribe, unsubscribeByToken } from '$lib/server/follow/alerts';

export const load: PageServerLoad = async ({ url }) => {
	const found = await findByUnsubscribe(getDb(), url.searchParams.get('token'));
	return { subscription: found ? { label: found.label, email: found.email } : null };
};

export const actions: Actions = {
	default: async ({ url }) => ({ unsubscribed: await unsubscribeByToken(getDb(), url.searchParams.get('token')) })
};
