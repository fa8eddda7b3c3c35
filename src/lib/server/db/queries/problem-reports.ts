// Public "report a problem" submissions, kept for editors.
import type { Db } from '../connect';

export type ReportState = 'open' | 'resolved' | 'dismissed';

export interface ProblemReport {
	id: number;
	statementId: number;
	evidenceText: string;
	message: string;
	contact: string | null;
	state: ReportState;
	createdAt: Date;
}

export async function insertProblemReport(db: Db, report: { statementId: number; message: string; contact: string | null }): Promise<number> {
	const row = await db
		.insertInto('problem_reports')
		.values({ statement_id: report.statementId, message: report.message, contact: report.contact })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function listProblemReports(db: Db, state: ReportState, limit: number): Promise<ProblemReport[]> {
	const rows = await db
		.selectFrom('problem_reports as r')
		.innerJoin('statements as s', 's.id', 'r.statement_id')
		.select(['r.id', 'r.statement_id', 's.evidence_text', 'r.message', 'r.contact', 'r.state', 'r.created_at'])
		.where('r.state', '=', state)
		.orderBy('r.created_at', 'desc')
		.limit(limit)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		statementId: r.statement_id,
		evidenceText: r.evidence_text,
		message: r.message,
		contact: r.contact,
		state: r.state,
		createdAt: r.created_at
	}));
}

/** Closes an open report; returns false when it was not open. */
export async function closeProblemReport(db: Db, id: number, state: 'resolved' | 'dismissed', userId: number): Promise<boolean> {
	const result = await db
		.updateTable('problem_reports')
		.set({ state, handled_by: userId, handled_at: new Date() })
		.where('id', '=', id)
		.where('state', '=', 'open')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}
