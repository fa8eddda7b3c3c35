// Reads a form POST within the body limit and validates it with a zod schema; the failure message
// names the field and the rule, never echoes internals.
import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { readFormData } from '../auth/body-limit';
import { EditorialError } from './errors';

export type FormFailure = ActionFailure<{ message: string }>;

export async function readForm<S extends z.ZodType>(
	request: Request,
	schema: S,
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
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const field = issue?.path.join('.') || 'form';
		return { ok: false, failure: fail(400, { message: `${field}: ${issue?.message ?? 'invalid'}` }) };
	}
	return { ok: true, data: parsed.data };
}

/** Turns an editor-fixable refusal into a 400 with its message; anything else stays a 500. */
export async function asFormResult<T>(work: () => Promise<T>): Promise<T | FormFailure> {
	try {
		return await work();
	} catch (error) {
		if (error instanceof EditorialError) return fail(400, { message: error.message });
		throw error;
	}
}
