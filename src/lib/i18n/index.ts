// The message catalogue for a language.
import type { UiLang } from './lang';
import { en } from './messages-en';
import { id, type Messages } from './messages-id';

export type { Messages };
export type { UiLang };

export function messagesFor(lang: UiLang): Messages {
	return lang === 'en' ? en : id;
}
