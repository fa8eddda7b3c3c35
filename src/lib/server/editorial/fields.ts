// zod field rules shared by editor and public forms.
import { z } from 'zod';
import { parseIsoDay } from '$lib/filters/url-params';

export const id = z.coerce.number().int().positive().max(2_147_483_647);

/** Empty input → null. */
export const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.optional()
		.transform((s) => (s ? s : null));

export const requiredText = (max: number) => z.string().trim().min(1, 'required').max(max);

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
	}, 'must be an http:// or https:// address');

export const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
	// One rule for URL and form dates: year 0000 passed Date.parse but PostgreSQL refuses it (a 500).
	.refine((s) => parseIsoDay(s) !== undefined, 'is not a real date');

export const slug = z
	.string()
	.trim()
	.max(200)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug (lower-case letters, digits, hyphens)');

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
