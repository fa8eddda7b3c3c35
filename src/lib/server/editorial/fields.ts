// zod field rules shared by editor and public forms. A custom message is a key of the catalogue's
// forms.validation.rules, which readForm (form.ts) turns into the reader's language.
import { z } from 'zod';
import { parseIsoDay } from '$lib/filters/url-params';
import type { ValidationRule } from './form-messages';

/** A rule key checked by the compiler, so a typo cannot reach a reader as raw text. */
export const rule = (key: ValidationRule): string => key;

export const id = z.coerce.number().int().positive().max(2_147_483_647);

/** Empty input → null. */
export const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.optional()
		.transform((s) => (s ? s : null));

export const requiredText = (max: number) => z.string().trim().min(1, rule('required')).max(max);

/** An outside link editors may cite: http(s) only, so `javascript:` and `data:` never become links. */
export const httpUrl = z
	.string()
	.trim()
	.max(2000)
	.refine((s) => {
		try {
			const u = new URL(s);
			return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
		} catch {
			return false;
		}
	}, rule('httpUrl'));

export const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, rule('isoDate'))
	// One rule for URL and form dates: year 0000 passed Date.parse but PostgreSQL refuses it (a 500).
	.refine((s) => parseIsoDay(s) !== undefined, rule('realDate'));

export const slug = z
	.string()
	.trim()
	.max(200)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, rule('slug'));

export const optionalSlug = z
	.union([z.literal(''), slug])
	.optional()
	.transform((s) => (s ? s : null));

/** An optional id field: empty → null. */
export const optionalId = z
	.union([z.literal(''), id])
	.optional()
	.transform((v) => (v === '' || v === undefined ? null : v));

/** An optional http(s) URL field: empty → null. */
export const optionalHttpUrl = z
	.union([z.literal(''), httpUrl])
	.optional()
	.transform((v) => (v ? v : null));
