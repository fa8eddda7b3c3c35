// One statement on its own PostgreSQL connection: CREATE/DROP DATABASE cannot run inside a
// transaction or a pooled session. Used by tests and benchmarks that make throwaway databases.
import pg from 'pg';

export async function adminQuery(url: string, text: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(text);
	} finally {
		await client.end();
	}
}
