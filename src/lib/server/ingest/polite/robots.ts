// robots.txt as RFC 9309 reads it: the group naming our product token (else the `*` group) decides;
// within it the longest matching rule wins, Allow over Disallow on a tie; `*` and a closing `$`
// are the only special characters in a path pattern. Pure: text in, a decision out.

export interface RobotsRules {
	rules: { allow: boolean; pattern: string }[];
}

/** Everyone may fetch everything (no robots.txt, or a 4xx for it). */
export const ALLOW_ALL: RobotsRules = { rules: [] };
/** Nothing may be fetched (robots.txt unreachable: RFC 9309 says assume complete disallow). */
export const DISALLOW_ALL: RobotsRules = { rules: [{ allow: false, pattern: '/' }] };

/** The rules of the group that applies to `agent` (a product token such as "pledgewatch"). */
export function parseRobots(text: string, agent: string): RobotsRules {
	const token = agent.toLowerCase();
	type Group = { agents: string[]; rules: RobotsRules['rules'] };
	const groups: Group[] = [];
	let current: Group | null = null;
	let inAgents = false;
	for (const raw of text.split(/\r\n|\r|\n/)) {
		const line = raw.replace(/#.*/, '').trim();
		const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
		if (!match) continue;
		const field = match[1].toLowerCase();
		const value = match[2].trim();
		if (field === 'user-agent') {
			// Consecutive user-agent lines share one group.
			if (!current || !inAgents) groups.push((current = { agents: [], rules: [] }));
			current.agents.push(value.toLowerCase());
			inAgents = true;
		} else if ((field === 'allow' || field === 'disallow') && current) {
			inAgents = false;
			// An empty Disallow allows everything: no rule.
			if (value) current.rules.push({ allow: field === 'allow', pattern: value });
		} else {
			inAgents = false;
		}
	}
	const ours = groups.filter((g) => g.agents.some((a) => a !== '*' && token.includes(a)));
	const chosen = ours.length ? ours : groups.filter((g) => g.agents.includes('*'));
	return { rules: chosen.flatMap((g) => g.rules) };
}

function matches(pattern: string, path: string): boolean {
	const anchored = pattern.endsWith('$');
	const body = anchored ? pattern.slice(0, -1) : pattern;
	const regex = body
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
		.join('.*');
	return new RegExp(`^${regex}${anchored ? '$' : ''}`).test(path);
}

/** Whether the path (with its query) may be fetched under the rules. */
export function isAllowed(robots: RobotsRules, pathAndQuery: string): boolean {
	let best: { allow: boolean; length: number } | null = null;
	for (const rule of robots.rules) {
		if (!matches(rule.pattern, pathAndQuery)) continue;
		const length = rule.pattern.length;
		if (!best || length > best.length || (length === best.length && rule.allow)) best = { allow: rule.allow, length };
	}
	return best ? best.allow : true;
}
