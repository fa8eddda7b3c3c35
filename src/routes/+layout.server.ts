// Every page knows its language, whether demo data is loaded (for the banner) and whether email
// alerts are on (SMTP_URL; otherwise "Follow" offers the Atom feeds only).
import type { LayoutServerLoad } from './$types';
import { getReadDb } from '$lib/server/db/public-reads';
import { hasDemoData } from '$lib/server/db/queries/dashboard-overview';
import { mailConfigFromEnv } from '$lib/server/follow/mailer';

export const load: LayoutServerLoad = async ({ locals, url }) => {
	// Reading the param makes SvelteKit re-run this load when ?lang= changes on client navigation.
	url.searchParams.get('lang');
	return { lang: locals.lang, demo: await hasDemoData(getReadDb(locals)), emailAlerts: mailConfigFromEnv() !== null };
};
