// Tells "the database cannot be reached right now" apart from every other failure, so a request
// that met an outage answers 503 with Retry-After (try again shortly) instead of 500 (a bug).
// Both engines' ways of saying it are listed here, once.

// Node's socket errors when the server is down, restarting or unreachable.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// PostgreSQL SQLSTATEs: class 08 (connection exception) and the shutdown/starting-up codes of
// class 57 (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now).
const SQLSTATES = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03']);
// Errors that carry no code: `pg` when the socket closes mid-query or the pool cannot connect in
// time, PGlite once closed and Kysely once its handle is closed (the server shutting down).
const MESSAGES = [
	/^Connection terminated/i,
	/connection error and is not queryable/i,
	/^timeout exceeded when trying to connect/i,
	/^PGlite is closed/i,
	/^driver has already been destroyed/i
];

/**
 * A hot standby cancelled the query because replaying the primary's changes needed what it held
 * (SQLSTATE class 40, "… due to conflict with recovery"). The server is fine and a retry soon
 * succeeds, so it answers like an outage (503, try again), but it is no reason to stop using the
 * replica (read-replica.ts).
 */
export function isRecoveryConflict(error: unknown): boolean {
	if (!error || typeof error !== 'object') return false;
	const { code, message } = error as { code?: unknown; message?: unknown };
	return typeof code === 'string' && code.startsWith('40') && typeof message === 'string' && /conflict with recovery/i.test(message);
}

/** How long a client should wait before trying again, in seconds (the Retry-After header). */
export const RETRY_AFTER_SECONDS = 10;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
	if (!error || typeof error !== 'object' || depth > 4) return false;
	const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
	if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATES.has(code))) return true;
	if (isRecoveryConflict(error)) return true;
	if (typeof message === 'string' && MESSAGES.some((m) => m.test(message))) return true;
	// A wrapped error, or every attempt of a dual-stack connect (AggregateError).
	if (isDatabaseUnavailable(cause, depth + 1)) return true;
	return Array.isArray(errors) && errors.length > 0 && errors.every((e) => isDatabaseUnavailable(e, depth + 1));
}
