// Keeps audit entries readable: only the fields that changed, before and after.

export function changedFields<T extends object>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
	const b: Partial<T> = {};
	const a: Partial<T> = {};
	for (const key of Object.keys(after) as (keyof T)[]) {
		if (before[key] !== after[key]) {
			b[key] = before[key];
			a[key] = after[key];
		}
	}
	return { before: b, after: a };
}
