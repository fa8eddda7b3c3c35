// Turns a zod issue from a form into one line in the reader's language: the field's label, then the
// rule it broke ("URL luar: harus alamat http:// atau https://"). Custom zod messages are rule keys
// (fields.ts `rule()`); zod's own issues are mapped by their code.
import type { z } from 'zod';
import { messagesFor, type UiLang } from '$lib/i18n';

type Rules = ReturnType<typeof messagesFor>['forms']['validation']['rules'];
/** The rules that need no number: the keys a schema may give as its message. */
export type ValidationRule = { [K in keyof Rules]: Rules[K] extends string ? K : never }[keyof Rules];

function isRule(rules: Rules, key: string): key is ValidationRule {
	return Object.hasOwn(rules, key) && typeof rules[key as keyof Rules] === 'string';
}

function ruleText(issue: z.core.$ZodIssue, rules: Rules): string {
	if (isRule(rules, issue.message)) return rules[issue.message];
	switch (issue.code) {
		case 'too_small':
			if (issue.origin === 'array') return rules.tooFew(String(issue.minimum));
			if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? rules.required : rules.tooShort(String(issue.minimum));
			return rules.number;
		case 'too_big':
			if (issue.origin === 'array') return rules.tooMany(String(issue.maximum));
			if (issue.origin === 'string') return rules.tooLong(String(issue.maximum));
			return rules.number;
		case 'invalid_type':
			if (issue.expected === 'number' || issue.expected === 'int') return rules.number;
			// A form sends only strings, so a string field of the wrong type is a missing one.
			return rules.required;
		case 'invalid_value':
			return rules.notAChoice;
		default:
			return rules.invalid;
	}
}

export function formProblem(issue: z.core.$ZodIssue | undefined, lang: UiLang): string {
	const v = messagesFor(lang).forms.validation;
	if (!issue) return v.problem(v.form, v.rules.invalid);
	const key = String(issue.path[0] ?? '');
	const field = key ? (v.fields[key] ?? key) : v.form;
	return v.problem(field, ruleText(issue, v.rules));
}
