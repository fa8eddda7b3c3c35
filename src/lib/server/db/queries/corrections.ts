// The public corrections log: every change editors made to published data, with its reason and
// date — read from the audit log, without who made it (editors are not named publicly).
import { sql } from 'kysely';
import type { Db } from '../connect';

/** Audit actions that change what the public sees. Confirmations change nothing and are left out. */
export const PUBLIC_ACTIONS = [
	'statement.edit',
	'statement.reject',
	'pledge.status',
	'institution.update',
	'institution.rename',
	'institution.merge'
] as const;

export interface Correction {
	id: number;
	at: Date;
	action: (typeof PUBLIC_ACTIONS)[number];
	entity: string;
	entityId: string;
	before: Record<string, unknown> | null;
	after: Record<string, unknown> | null;
	reason: string | null;
	/** What was changed, as the public knows it: the statement's quote or the institution's name. */
	subject: { label: string; slug: string | null } | null;
}

const asRecord = (v: unknown): Record<string, unknown> | null =>
	typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

export async function listCorrections(db: Db, options: { limit: number; beforeId?: number }): Promise<Correction[]> {
	let query = db
		.selectFrom('audit_log as l')
		// entity_id is text in the log (it names rows of any table), so the joins compare as text.
		.leftJoin('statements as s', (j) => j.on('l.entity', '=', 'statement').on(sql`s.id::text`, '=', sql.ref('l.entity_id')))
		.leftJoin('institutions as i', (j) => j.on('l.entity', '=', 'institution').on(sql`i.id::text`, '=', sql.ref('l.entity_id')))
		.select(['l.id', 'l.at', 'l.action', 'l.entity', 'l.entity_id', 'l.before', 'l.after', 'l.reason', 's.evidence_text', 'i.name', 'i.slug'])
		.where('l.action', 'in', [...PUBLIC_ACTIONS])
		.orderBy('l.id', 'desc')
		.limit(options.limit);
	if (options.beforeId) query = query.where('l.id', '<', options.beforeId);
	const rows = await query.execute();
	return rows.map((r) => ({
		id: r.id,
		at: r.at,
		action: r.action as Correction['action'],
		entity: r.entity,
		entityId: r.entity_id,
		before: asRecord(r.before),
		after: asRecord(r.after),
		reason: r.reason,
		subject:
			r.evidence_text !== null
				? { label: r.evidence_text.length > 200 ? `${r.evidence_text.slice(0, 200)}…` : r.evidence_text, slug: null }
				: r.name !== null
					? { label: r.name, slug: r.slug }
					: null
	}));
}
