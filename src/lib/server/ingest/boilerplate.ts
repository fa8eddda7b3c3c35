// Lines that are page furniture, not article text: cross-links, share prompts, comment and
// subscription blocks, ad markers. Matched per line, so a real sentence is never cut in half.

const LINE_PATTERNS: RegExp[] = [
	/^baca( juga| selengkapnya)?\s*[:：-]/i,
	/^(baca juga|lihat juga|simak juga|artikel terkait|berita terkait|related( articles?| news)?|read more|read also|see also)\b/i,
	/^(advertisement|iklan|scroll to continue( with content)?|gulir untuk melanjutkan)\W*$/i,
	/^(share|bagikan|tweet|facebook|twitter|whatsapp|telegram|linkedin|copy link|salin tautan)(\s*[|·,/]\s*\w+)*\W*$/i,
	/^(editor|penulis|pewarta|reporter|redaktur|writer|editing by|reporting by|sumber|source|foto|photo|caption)\s*[:：].{0,80}$/i,
	/^(komentar|comments?|tulis komentar|leave a (comment|reply)|\d+ (komentar|comments?))\W*$/i,
	/^(dapatkan|ikuti) (update|berita|informasi).{0,120}$/i,
	/^(follow us|subscribe|langganan|berlangganan|sign up for).{0,120}$/i,
	/^(copyright|hak cipta|©).{0,120}$/i,
	/^(home|beranda)\s*[>»/|].{0,200}$/i,
	/^(tags?|topik|kata kunci)\s*[:：].{0,200}$/i
];

export function isBoilerplateLine(line: string): boolean {
	const trimmed = line.trim();
	if (trimmed === '') return false;
	return LINE_PATTERNS.some((pattern) => pattern.test(trimmed));
}
