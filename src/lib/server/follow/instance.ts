// The server's one mailer, made on first use from SMTP_URL (null when alerts are off).
import { createMailer, mailConfigFromEnv, type Mailer } from './mailer';

let mailer: Mailer | null | undefined;

export function getMailer(): Mailer | null {
	if (mailer === undefined) {
		const config = mailConfigFromEnv();
		mailer = config ? createMailer(config) : null;
	}
	return mailer;
}
