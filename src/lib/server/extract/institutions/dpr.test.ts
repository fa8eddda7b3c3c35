import { describeRows } from './test-table';

// Fictional sentences.
describeRows('DPR', [
	{ input: 'Dewan Perwakilan Rakyat (DPR) menggelar paripurna.', expected: [{ name: 'DPR RI', family: 'dpr', base: 'DPR RI', parent: null }] },
	{ input: 'Rapat dengan DPR berlangsung alot.', expected: [{ name: 'DPR RI' }] },
	// A province right after "DPR" names that province's legislature.
	{ input: 'DPR Papua Barat mengesahkan perdasus.', expected: [{ name: 'DPR Papua Barat', base: 'DPR', regionCode: '92' }] },
	{ input: 'DPR RI Kalteng', expected: [{ name: 'DPR RI' }] },
	// Only the acronym in capitals.
	{ input: 'Kata dpr di sini bukan lembaga.', expected: [] }
]);
