// A real SMTP server on 127.0.0.1 for the alert tests (the smtp-server package): it accepts every
// message and keeps it, decoded enough to read headers, links and text. Not a mock of the mailer:
// the app's own nodemailer transport connects to it over TCP and speaks SMTP.
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	to: string[];
	raw: string;
	/** Header values by lower-case name (first occurrence; folded lines joined). */
	headers: Map<string, string>;
	subject: string;
	/** The body with quoted-printable and base64 parts decoded. */
	text: string;
	/** Every http(s) link in the decoded body. */
	links: string[];
}

function decodeQuotedPrintable(s: string): string {
	const bytes: number[] = [];
	const soft = s.replace(/=\r?\n/g, '');
	for (let i = 0; i < soft.length; i++) {
		const c = soft[i];
		if (c === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
			bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
			i += 2;
		} else bytes.push(...Buffer.from(c, 'utf8'));
	}
	return Buffer.from(bytes).toString('utf8');
}

function decodeWords(s: string): string {
	// RFC 2047 encoded words in headers (=?UTF-8?Q?…?= / =?UTF-8?B?…?=).
	return s.replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
		enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' '))
	);
}

export function parseMail(raw: string, to: string[]): ReceivedMail {
	const [head] = raw.split(/\r?\n\r?\n/);
	const headers = new Map<string, string>();
	for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
		const i = line.indexOf(':');
		if (i > 0 && !headers.has(line.slice(0, i).toLowerCase())) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
	}
	// Decode each MIME part by its transfer encoding.
	const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/);
	const text = parts
		.map((part) => {
			const [partHead, ...rest] = part.split(/\r?\n\r?\n/);
			const body = rest.join('\n\n');
			if (/content-transfer-encoding:\s*quoted-printable/i.test(partHead)) return decodeQuotedPrintable(body);
			if (/content-transfer-encoding:\s*base64/i.test(partHead)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
			return body;
		})
		.join('\n');
	const links = [...new Set(text.match(/https?:\/\/[^\s<>"')]+/g) ?? [])];
	return { to, raw, headers, subject: decodeWords(headers.get('subject') ?? ''), text, links };
}

export interface SmtpSink {
	mails: ReceivedMail[];
	/** Resolves when at least `count` mails have arrived (or rejects after `ms`). */
	waitFor(count: number, ms?: number): Promise<ReceivedMail[]>;
	close(): Promise<void>;
	url: string;
}

export async function startSmtpSink(port: number): Promise<SmtpSink> {
	const mails: ReceivedMail[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				mails.push(parseMail(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
				callback();
			});
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	return {
		mails,
		url: `smtp://127.0.0.1:${port}`,
		async waitFor(count, ms = 10_000) {
			const end = Date.now() + ms;
			while (mails.length < count) {
				if (Date.now() > end) throw new Error(`expected ${count} mails on port ${port}, got ${mails.length}`);
				await new Promise((r) => setTimeout(r, 50));
			}
			return mails;
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
