import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { messagesFor } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db/instance';
import { listUsers, setUserDisabled } from '$lib/server/db/queries/users';
import { deleteUserSessions } from '$lib/server/db/queries/sessions';
import { listApiTokens, revokeApiToken } from '$lib/server/db/queries/api-tokens';
import { recordAudit } from '$lib/server/db/queries/audit';
import { requirePageRole, requireRole } from '$lib/server/auth/guards';
import { readForm } from '$lib/server/editorial/form';
import { id } from '$lib/server/editorial/fields';

// Accounts are created on the command line (npm run user -- add); admins can lock them out here.
export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'admin');
	const db = getDb();
	const [users, tokens] = await Promise.all([listUsers(db), listApiTokens(db)]);
	return {
		users: users.map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role, disabled: u.disabledAt !== null })),
		tokens
	};
};

const access = z.object({ user: id, disabled: z.enum(['true', 'false']).transform((v) => v === 'true') });
const revoke = z.object({ token: id });

export const actions: Actions = {
	access: async ({ request, locals }) => {
		const admin = requireRole(locals, 'admin');
		const form = await readForm(request, access, locals.lang);
		if (!form.ok) return form.failure;
		const { user, disabled } = form.data;
		if (user === admin.id) return fail(400, { message: messagesFor(locals.lang).editor.users.notSelf });
		await getDb()
			.transaction()
			.execute(async (tx) => {
				await setUserDisabled(tx, user, disabled);
				if (disabled) await deleteUserSessions(tx, user);
				await recordAudit(tx, { userId: admin.id, action: disabled ? 'user.disable' : 'user.enable', entity: 'user', entityId: user });
			});
		return { done: disabled ? messagesFor(locals.lang).editor.users.wasDisabled : messagesFor(locals.lang).editor.users.wasEnabled };
	},
	revoke: async ({ request, locals }) => {
		const admin = requireRole(locals, 'admin');
		const form = await readForm(request, revoke, locals.lang);
		if (!form.ok) return form.failure;
		const revoked = await getDb()
			.transaction()
			.execute(async (tx) => {
				const t = await revokeApiToken(tx, form.data.token);
				if (t) await recordAudit(tx, { userId: admin.id, action: 'token.revoke', entity: 'api_token', entityId: t.id, before: { name: t.name } });
				return t;
			});
		return { done: revoked ? messagesFor(locals.lang).editor.users.tokenRevoked(revoked.name) : messagesFor(locals.lang).editor.users.tokenGone };
	}
};
