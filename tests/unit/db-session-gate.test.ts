// The PGlite session gate is first come, first served: the probe saw a busy ingest release and
// take the session again ahead of page requests that were already waiting (pages took 5.6–8.2 s
// while a 4.5 MB upload ran).
import { describe, expect, it } from 'vitest';
import { SessionGate } from '../../src/lib/server/db/session-gate';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('SessionGate', () => {
	it('hands the session to the longest waiter, not back to a holder that asks again at once', async () => {
		const gate = new SessionGate();
		const ingest = {};
		const page = {};
		const order: string[] = [];
		await gate.acquire(ingest);
		const pageTurn = gate.acquire(page).then(() => order.push('page'));
		await tick();
		gate.release(ingest);
		const ingestAgain = gate.acquire(ingest).then(() => order.push('ingest'));
		await pageTurn;
		expect(gate.isHeldBy(page)).toBe(true);
		gate.release(page);
		await ingestAgain;
		expect(order).toEqual(['page', 'ingest']);
		gate.release(ingest);
		expect(gate.isHeldBy(ingest)).toBe(false);
	});

	it('serves waiters in the order they came', async () => {
		const gate = new SessionGate();
		const holder = {};
		const owners = [{}, {}, {}];
		const order: number[] = [];
		await gate.acquire(holder);
		const turns = owners.map((o, i) =>
			gate.acquire(o).then(() => {
				order.push(i);
				gate.release(o);
			})
		);
		gate.release(holder);
		await Promise.all(turns);
		expect(order).toEqual([0, 1, 2]);
	});

	it('lets the holder run nested units without waiting on itself', async () => {
		const gate = new SessionGate();
		const owner = {};
		const result = await gate.run(owner, () => gate.run(owner, async () => 42));
		expect(result).toBe(42);
		expect(gate.isHeldBy(owner)).toBe(false);
	});
});
