// The two emails of an alert subscription, in the subscriber's language: the confirmation (double
// opt-in) and the digest. Plain text first; the HTML part says the same, every value escaped.
import { messagesFor } from '$lib/i18n';
import type { UiLang } from '$lib/i18n/lang';
import type { NewPledge, StatusChange } from '../db/queries/follow-events';
import type { OutgoingMail } from './mailer';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cut = (s: string, n = 200) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

export function confirmationMail(to: string, label: string, lang: UiLang, confirmUrl: string): OutgoingMail {
	const m = messagesFor(lang).follow.mail;
	const text = [m.confirmIntro(label), '', m.confirmAction, confirmUrl, '', m.confirmIgnore].join('\n');
	const html = `<p>${esc(m.confirmIntro(label))}</p><p>${esc(m.confirmAction)}<br><a href="${esc(confirmUrl)}">${esc(confirmUrl)}</a></p><p>${esc(m.confirmIgnore)}</p>`;
	return { to, subject: m.confirmSubject(label), text, html };
}

export interface DigestContent {
	pledges: NewPledge[];
	changes: StatusChange[];
	/** How many more there were than listed. */
	morePledges: number;
	moreChanges: number;
	/** /pledges of the scope, for "… and N more". */
	listUrl: string;
}

export function digestMail(to: string, label: string, lang: UiLang, origin: string, unsubscribeUrl: string, d: DigestContent): OutgoingMail {
	const t = messagesFor(lang);
	const m = t.follow.mail;
	const count = d.pledges.length + d.changes.length + d.morePledges + d.moreChanges;
	const pledgeLines = d.pledges.map((p) => ({ text: `“${cut(p.evidenceText)}” — ${p.actorName ?? t.common.unknownActor}`, url: `${origin}/pledges/${p.id}` }));
	const changeLines = d.changes.map((c) => ({
		text: `${t.statuses[c.status]} (${c.effectiveOn}): “${cut(c.evidenceText, 140)}” — ${c.actorName ?? t.common.unknownActor}. ${cut(c.reason, 160)}`,
		url: `${origin}/pledges/${c.statementId}`
	}));
	const sections = [
		{ title: m.statusChanges, lines: changeLines, more: d.moreChanges },
		{ title: m.newPledges, lines: pledgeLines, more: d.morePledges }
	].filter((s) => s.lines.length);
	const text = [
		m.digestIntro(label),
		...sections.flatMap((s) => ['', `${s.title}:`, ...s.lines.map((l) => `- ${l.text}\n  ${l.url}`), ...(s.more ? [m.more(String(s.more)), d.listUrl] : [])]),
		'',
		m.footer,
		`${m.unsubscribe} ${unsubscribeUrl}`
	].join('\n');
	const html =
		`<p>${esc(m.digestIntro(label))}</p>` +
		sections
			.map(
				(s) =>
					`<h2>${esc(s.title)}</h2><ul>${s.lines.map((l) => `<li><a href="${esc(l.url)}">${esc(l.text)}</a></li>`).join('')}</ul>` +
					(s.more ? `<p><a href="${esc(d.listUrl)}">${esc(m.more(String(s.more)))}</a></p>` : '')
			)
			.join('') +
		`<p>${esc(m.footer)} <a href="${esc(unsubscribeUrl)}">${esc(m.unsubscribe)}</a></p>`;
	return { to, subject: m.digestSubject(label, String(count)), text, html, unsubscribeUrl };
}
