// The closed vocabularies of DESIGN.md. The database enforces the same lists with check constraints.

export const INSTITUTION_KINDS = ['legislature', 'agency', 'executive', 'judiciary', 'other'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const LEVELS = ['national', 'province', 'regency', 'city'] as const;
export type Level = (typeof LEVELS)[number];

export const CATEGORIES = ['budget', 'oversight', 'program', 'regulation', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATEMENT_KINDS = ['pledge', 'request'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const STRENGTHS = ['firm', 'conditional', 'hedged'] as const;
export type Strength = (typeof STRENGTHS)[number];

export const REVIEW_STATUSES = ['auto', 'confirmed', 'edited', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const PLEDGE_STATUSES = ['not_yet_rated', 'in_progress', 'kept', 'partly_kept', 'broken', 'stalled'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

export const AMOUNT_QUALIFIERS = ['exact', 'about', 'more_than', 'up_to'] as const;
export type AmountQualifier = (typeof AMOUNT_QUALIFIERS)[number];

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const USER_ROLES = ['editor', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];
