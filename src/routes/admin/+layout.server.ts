import type { LayoutServerLoad } from './$types';
import { requirePageRole } from '$lib/server/auth/guards';

// Pages need an editor; every form action below checks its role again (a layout load does not
// run for actions).
export const load: LayoutServerLoad = ({ locals, url }) => {
	const user = requirePageRole(locals, url, 'editor');
	return { user: { email: user.email, name: user.name, role: user.role } };
};
