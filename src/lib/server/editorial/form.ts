// Reads a form POST within the body limit and validates it with a zod schema; the failure message
// names the field and the rule in the reader's language, never echoes internals.
import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import type { UiLang } from '$lib/i18n';
import { readFormData } from '../auth/body-limit';
import { EditorialError } from './errors';
import { formProblem } from './form-messages';

export type FormFailure = ActionFailure<{ message: string }>;

export async function readForm<S extends z.ZodType>(
	request: Request,
	schema: S,
	lang: UiLang,
	arrays: readonly string[] = []
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; failure: FormFailure }> {
	const form = await readFormData(request);
	const raw: Record<string, unknown> = {};
	for (const key of new Set(form.keys())) {
		const values = form.getAll(key).filter((v): v is string => typeof v === 'string');
		raw[key] = arrays.includes(key) ? values : values[0];
	}
	for (const key of arrays) raw[key] ??= [];
	const parsed = schema.safeParse(raw);
	if (!parsed.success) return { ok: false, failure: fail(400, { message: formProblem(parsed.error.issues[0], lang) }) };
	return { ok: true, data: parsed.data };
}

/** Turns an editor-fixable refusal into a 400 with its message in `lang`; anything else stays a 500. */
export async function asFormResult<T>(lang: UiLang, work: () => Promise<T>): Promise<T | FormFailure> {
	try {
		return await work();
	} catch (error) {
		if (error instanceof EditorialError) return fail(400, { message: error.textIn(lang) });
		throw error;
	}
}
