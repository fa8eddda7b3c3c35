import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db/instance';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { attemptLogin } from '$lib/server/auth/login';
import { safeNextPath } from '$lib/server/auth/safe-redirect';
import { createSession } from '$lib/server/auth/sessions';
import { readFormData } from '$lib/server/auth/body-limit';
import { messagesFor } from '$lib/i18n';

export const load: PageServerLoad = ({ locals, url }) => {
	const next = safeNextPath(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	return { next };
};

const schema = z.object({
	email: z.string().trim().min(3).max(320),
	password: z.string().min(1).max(1024),
	next: z.string().max(2000).optional()
});

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress, locals }) => {
		const t = messagesFor(locals.lang).forms.login;
		const form = await readFormData(request);
		const parsed = schema.safeParse({ email: form.get('email'), password: form.get('password'), next: form.get('next') ?? undefined });
		if (!parsed.success) return fail(400, { email: String(form.get('email') ?? '').slice(0, 320), message: t.missing });
		const { email, password, next } = parsed.data;
		const db = getDb();
		const result = await attemptLogin(db, email, password, getClientAddress());
		if (!result.ok) {
			if (result.reason === 'throttled') {
				const minutes = Math.ceil(result.retryAfterSeconds / 60);
				return fail(429, { email, message: t.throttled(minutes) });
			}
			return fail(400, { email, message: t.wrong });
		}
		const { token, session } = await createSession(db, result.user.id);
		setSessionCookie(cookies, url, token, session.expiresAt);
		redirect(303, safeNextPath(next));
	}
};
