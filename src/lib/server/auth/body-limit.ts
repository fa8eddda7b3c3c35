// Request body limits for editor and public forms: far below the server-wide BODY_SIZE_LIMIT
// (which must admit article uploads), so a form endpoint cannot be used to push megabytes.
import { error } from '@sveltejs/kit';

export const FORM_BODY_LIMIT = 64 * 1024;

/** Reads the body of a form POST, refusing (413) anything larger than `limit` bytes. */
export async function readFormData(request: Request, limit = FORM_BODY_LIMIT): Promise<FormData> {
	const declared = Number(request.headers.get('content-length') ?? '0');
	if (declared > limit) error(413, 'The form is too large.');
	const reader = request.body?.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	while (reader) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			error(413, 'The form is too large.');
		}
		chunks.push(value);
	}
	const contentType = request.headers.get('content-type') ?? '';
	if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(contentType)) error(415, 'Expected a form submission.');
	try {
		return await new Response(Buffer.concat(chunks), { headers: { 'content-type': contentType } }).formData();
	} catch {
		error(400, 'The form could not be read.');
	}
}
