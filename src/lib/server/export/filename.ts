// The download name of an export: what it is, which filters made it and when, in plain ASCII so
// every browser and file system keeps it as is ("pledgewatch-pledges-category-budget-2026-11-28.csv").
import type { ExportFormat } from './formats';

const MAX_FILTER_PART = 100;

function slugPart(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** `subject` names the dataset and scope ('pledges', 'dprd-kalteng-pledges'); `filters` are the canonical URL params. */
export function exportFilename(subject: string, filters: URLSearchParams, today: string, format: ExportFormat): string {
	const parts: string[] = [];
	for (const [key, value] of filters) parts.push(slugPart(`${key}-${value}`));
	let filterPart = parts.filter(Boolean).join('-');
	if (filterPart.length > MAX_FILTER_PART) filterPart = filterPart.slice(0, MAX_FILTER_PART).replace(/-+$/, '');
	const name = ['pledgewatch', slugPart(subject), filterPart, today].filter(Boolean).join('-');
	return `${name}.${format}`;
}

export function contentDisposition(filename: string): string {
	// exportFilename only yields [a-z0-9.-], so no quoting or RFC 5987 encoding is needed.
	return `attachment; filename="${filename}"`;
}

/** 'YYYY-MM-DD' in UTC. */
export function isoDay(now: Date): string {
	return now.toISOString().slice(0, 10);
}
