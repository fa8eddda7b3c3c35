// A refused form field reads as its label and the rule it broke, in the reader's language.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { httpUrl, id, isoDate, optionalSlug, requiredText, rule } from './fields';
import { formProblem } from './form-messages';

const schema = z.object({
	sourceUrl: z.union([z.literal(''), httpUrl]).optional(),
	id: id.optional(),
	reason: requiredText(5).optional(),
	effectiveOn: isoDate.optional(),
	parent: optionalSlug,
	kind: z.enum(['pledge', 'request']).optional(),
	ids: z.array(id).min(1, rule('selectOne')).optional(),
	message: z.string().min(10).optional(),
	mystery: z.string().optional()
});

const problem = (input: Record<string, unknown>, lang: 'id' | 'en') => {
	const parsed = schema.safeParse(input);
	if (parsed.success) throw new Error('expected a refusal');
	return formProblem(parsed.error.issues[0], lang);
};

describe('form problems', () => {
	it.each([
		[{ sourceUrl: 'javascript:alert(1)' }, 'URL luar: harus alamat http:// atau https://', 'Outside URL: must be an http:// or https:// address'],
		[{ id: 'abc' }, 'Nomor pernyataan: harus bilangan bulat positif', 'Statement number: must be a whole positive number'],
		[{ reason: '' }, 'Alasan: wajib diisi', 'Reason: required'],
		[{ reason: 'far too long' }, 'Alasan: maksimal 5 karakter', 'Reason: must have at most 5 characters'],
		[{ effectiveOn: '2025-02-30' }, 'Tanggal: bukan tanggal yang ada', 'Date: is not a real date'],
		[{ parent: 'Not A Slug' }, 'Induk (slug): harus slug (huruf kecil, angka, tanda hubung)', 'Parent (slug): must be a slug (lower-case letters, digits, hyphens)'],
		[{ kind: 'promise' }, 'Jenis: bukan salah satu pilihan', 'Kind: is not one of the choices'],
		[{ ids: [] }, 'Pernyataan terpilih: pilih minimal satu pernyataan', 'Selected statements: select at least one statement'],
		[{ message: 'short' }, 'Apa yang salah: minimal 10 karakter', 'What is wrong: must have at least 10 characters'],
		[{ mystery: 5 }, 'mystery: wajib diisi', 'mystery: required']
	])('%j', (input, inIndonesian, inEnglish) => {
		expect(problem(input, 'id')).toBe(inIndonesian);
		expect(problem(input, 'en')).toBe(inEnglish);
	});
});
