// Refusals an editor can act on (shown in the form), as opposed to bugs (500). A refusal carries a
// code and its arguments, so the form shows it in the editor's language (catalogue:
// editor.problems); its Error message is the English text, for logs and the command line.
import { messagesFor, type UiLang } from '$lib/i18n';

type Problems = ReturnType<typeof messagesFor>['editor']['problems'];
export type ProblemCode = keyof Problems;

export class EditorialError extends Error {
	constructor(
		readonly code: ProblemCode,
		readonly args: readonly string[]
	) {
		super(describe(code, args, 'en'));
		this.name = 'EditorialError';
	}

	textIn(lang: UiLang): string {
		return describe(this.code, this.args, lang);
	}
}

function describe(code: ProblemCode, args: readonly string[], lang: UiLang): string {
	return (messagesFor(lang).editor.problems[code] as (...a: readonly string[]) => string)(...args);
}

/** Builds the refusal `code`; the compiler checks its arguments against the catalogue. */
export function refusal<K extends ProblemCode>(code: K, ...args: Parameters<Problems[K]>): EditorialError {
	return new EditorialError(code, args);
}

/** PostgreSQL unique_violation, from either driver. */
export function isUniqueViolation(error: unknown): boolean {
	return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
