import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db/instance';
import { clearSessionCookie } from '$lib/server/auth/cookies';
import { invalidateSession } from '$lib/server/auth/sessions';

// GET only shows a button: logging out on GET would let any page log an editor out with an <img>.
export const load: PageServerLoad = ({ locals }) => ({ loggedIn: locals.user !== null });

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.session) await invalidateSession(getDb(), locals.session.id);
		clearSessionCookie(cookies, url);
		redirect(303, '/');
	}
};
