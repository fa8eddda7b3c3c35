// Refusals an editor can act on (shown in the form), as opposed to bugs (500).
export class EditorialError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'EditorialError';
	}
}

/** PostgreSQL unique_violation, from either driver. */
export function isUniqueViolation(error: unknown): boolean {
	return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
