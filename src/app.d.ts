// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			requestId?: string;
			/** The database could not be reached (hooks/database-outage.ts answers 503). */
			unavailable?: boolean;
		}
		interface Locals {
			requestId: string;
			/** Interface language chosen by hooks/page-language.ts. */
			lang: import('$lib/i18n/lang').UiLang;
			/** The logged-in editor or admin (hooks/session.ts), or null. */
			user: import('$lib/server/auth/types').SessionUser | null;
			session: import('$lib/server/auth/types').ActiveSession | null;
			/** A hook sets a cookie on this response (language choice, session renewal or removal):
			 *  SvelteKit adds it while rendering, so a page replayed from the cache would lose it. */
			setsCookie?: boolean;
			/** handleError met a "database unavailable" error on this request: answer 503, not 500. */
			databaseUnavailable?: boolean;
			/** The database this request's public reads use, chosen once (db/public-reads.ts). */
			readDb?: import('$lib/server/db/connect').Db;
		}
	}
}

export {};
