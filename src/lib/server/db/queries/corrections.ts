// The public corrections log: every change editors made to published data, with its reason and
// date — read from the audit log, without who made it (editors are not named publicly).
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
}

const asRecord = (v: unknown): Record<string, unknown> | null =>
	typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

export async function listCorrections(db: Db, options: { limit: number; beforeId?: number }): Promise<Correction[]> {
	let query = db
		.selectFrom('audit_log')
		.select(['id', 'at', 'action', 'entity', 'entity_id', 'before', 'after', 'reason'])
		.where('action', 'in', [...PUBLIC_ACTIONS])
		.orderBy('id', 'desc')
		.limit(options.limit);
	if (options.beforeId) query = query.where('id', '<', options.beforeId);
	const rows = await query.execute();
	return rows.map((r) => ({
		id: r.id,
		at: r.at,
		action: r.action as Correction['action'],
		entity: r.entity,
		entityId: r.entity_id,
		before: asRecord(r.before),
		after: asRecord(r.after),
		reason: r.reason
	}));
}
