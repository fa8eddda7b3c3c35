import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { readFormData } from '../../src/lib/server/auth/body-limit';

const post = (body: BodyInit, headers: Record<string, string>) =>
	new Request('http://x/form', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

async function status(promise: Promise<unknown>): Promise<number | 'ok'> {
	try {
		await promise;
		return 'ok';
	} catch (error) {
		if (isHttpError(error)) return error.status;
		throw error;
	}
}

describe('form body limit', () => {
	it('reads url-encoded and multipart forms under the limit', async () => {
		const form = await readFormData(post('a=1&b=two', { 'content-type': 'application/x-www-form-urlencoded' }));
		expect(form.get('b')).toBe('two');
		const multipart = new FormData();
		multipart.set('message', 'hello');
		const request = new Request('http://x/form', { method: 'POST', body: multipart });
		expect((await readFormData(request)).get('message')).toBe('hello');
	});

	it('refuses bodies over the limit, by header or by counting a stream without one', async () => {
		const big = 'a='.concat('x'.repeat(70_000));
		expect(await status(readFormData(post(big, { 'content-type': 'application/x-www-form-urlencoded' })))).toBe(413);
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(8192).fill(97));
				controller.close();
			}
		});
		expect(await status(readFormData(post(stream, { 'content-type': 'application/x-www-form-urlencoded' })))).toBe(413);
	});

	it('refuses non-form content types', async () => {
		expect(await status(readFormData(post('{"a":1}', { 'content-type': 'application/json' })))).toBe(415);
	});
});
