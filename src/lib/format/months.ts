// Month arithmetic on 'YYYY-MM-01' strings, shared by chart layouts and queries (no Date, no zone).

/** Every month from `first` to `last` inclusive, as 'YYYY-MM-01' (capped at 50 years). */
export function fillMonths(first: string, last: string): string[] {
	const out: string[] = [];
	let [y, m] = first.split('-').map(Number);
	const [ly, lm] = last.split('-').map(Number);
	while ((y < ly || (y === ly && m <= lm)) && out.length < 600) {
		out.push(`${y}-${String(m).padStart(2, '0')}-01`);
		m = m === 12 ? 1 : m + 1;
		if (m === 1) y += 1;
	}
	return out;
}
