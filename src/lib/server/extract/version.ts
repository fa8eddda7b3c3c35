// Stored with every statement so a re-extraction can tell which rules produced it.
export const EXTRACTOR_VERSION = 'rules-2026.11';
