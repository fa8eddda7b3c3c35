// Who is making a request, as handles, loads and actions see it.
import type { UserRole } from '$lib/domain/vocabulary';

export interface SessionUser {
	id: number;
	email: string;
	name: string;
	role: UserRole;
}

export interface ActiveSession {
	/** SHA-256 of the cookie token (the primary key of `sessions`). */
	id: string;
	expiresAt: Date;
}
