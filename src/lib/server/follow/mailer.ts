// Sending mail: nodemailer over the SMTP server named by SMTP_URL (smtp://user:pass@host:587,
// smtps://… for TLS from the start). Without SMTP_URL there is no mailer and the site offers feeds
// only. A small interface so the alert code does not depend on nodemailer's types.
import nodemailer from 'nodemailer';

export interface OutgoingMail {
	to: string;
	subject: string;
	text: string;
	html: string;
	/** RFC 2369 / RFC 8058: the one-click unsubscribe address (https in production). */
	unsubscribeUrl?: string;
}

export interface Mailer {
	send(mail: OutgoingMail): Promise<void>;
	close(): void;
}

export interface MailConfig {
	url: string;
	from: string;
}

/** The mail settings of the environment, or null when SMTP_URL is unset (feeds only). */
export function mailConfigFromEnv(env: Record<string, string | undefined> = process.env): MailConfig | null {
	const url = env.SMTP_URL?.trim();
	if (!url) return null;
	if (!/^smtps?:\/\//i.test(url)) throw new Error(`SMTP_URL must start with smtp:// or smtps:// (got "${url.slice(0, 40)}").`);
	return { url, from: env.MAIL_FROM?.trim() || 'Pledgewatch <pledgewatch@localhost>' };
}

export function createMailer(config: MailConfig): Mailer {
	const transport = nodemailer.createTransport(config.url);
	return {
		async send(mail) {
			await transport.sendMail({
				from: config.from,
				to: mail.to,
				subject: mail.subject,
				text: mail.text,
				html: mail.html,
				...(mail.unsubscribeUrl
					? {
							list: { unsubscribe: { url: mail.unsubscribeUrl, comment: 'Unsubscribe' } },
							headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
						}
					: {})
			});
		},
		close: () => transport.close()
	};
}
