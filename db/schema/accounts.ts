import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { OrgPolicy } from "@/lib/policy/org-policy";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Always stored lower-cased (see lib/auth/email.ts), so one unique index is enough. */
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  uiLanguage: text("ui_language"),
  /**
   * Every session carries the version it was issued under; changing the password, resetting it or
   * "sign out everywhere" raises it, so every older session cookie stops working at once.
   */
  sessionVersion: integer("session_version").notNull().default(0),
  /**
   * Null until the person opened a link mailed to this address. Where the installation sends mail,
   * an unverified account can sign in but not act; without mail, accounts start verified.
   */
  emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
  /** The authenticator app's secret, encrypted with a key derived from AUTH_SECRET (lib/auth/secret-box.ts). */
  totpSecret: text("totp_secret"),
  /** Null while the secret is only proposed; set once the person confirmed a code from their app. */
  totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
  /** The last 30-second step whose code was accepted: a code works once, even within its window. */
  totpLastStep: integer("totp_last_step"),
  createdAt: createdAt(),
});

/** Passkeys (WebAuthn credentials) a person signs in with instead of a password and a code. */
export const passkeys = pgTable(
  "passkeys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** base64url, as the browser reports it. */
    credentialId: text("credential_id").notNull().unique(),
    /** COSE public key, base64url. */
    publicKey: text("public_key").notNull(),
    counter: integer("counter").notNull().default(0),
    transports: text("transports").array().notNull().default(sql`'{}'::text[]`),
    name: text("name").notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("passkeys_user_idx").on(t.userId)],
);

/**
 * WebAuthn challenges, kept server-side and used once: a captured passkey response cannot be
 * replayed, since its challenge is gone. user_id is null for sign-in, where nobody is known yet.
 */
export const webauthnChallenges = pgTable("webauthn_challenges", {
  id: uuid("id").primaryKey().defaultRandom(),
  challenge: text("challenge").notNull().unique(),
  userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
  purpose: text("purpose", { enum: ["register", "sign-in"] }).notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
});

/** One-time codes for signing in without the authenticator app; only hashes are kept. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

/**
 * Single-use tokens of a person: mailed links for password reset (30 minutes) and email verification
 * (a day), and the five-minute step between a right password and the second factor at sign-in.
 * Only a hash of the token is kept.
 */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["password-reset", "email-verification", "second-factor"] }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("account_tokens_user_idx").on(t.userId, t.purpose)],
);

export const organisations = pgTable("organisations", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  /** Four-eyes can be tightened to two distinct approvers per version. */
  requireTwoApprovals: boolean("require_two_approvals").notNull().default(false),
  /** Admins and approvers must sign in with a second factor (issue 14 item 6). */
  requireSecondFactor: boolean("require_second_factor").notNull().default(false),
  /** A version with an unresolved comment thread cannot be submitted (issue 16 item 3). */
  threadsBlockSubmission: boolean("threads_block_submission").notNull().default(false),
  /** Words the spelling check accepts for this organisation (brand and product names). */
  allowedWords: text("allowed_words").array().notNull().default(sql`'{}'::text[]`),
  /** Allowed link hosts and the organisation's own rules (lib/policy/org-policy.ts; validated before stored). */
  policySettings: jsonb("policy_settings").$type<OrgPolicy>().notNull().default(sql`'{"linkHosts":{},"rules":[]}'::jsonb`),
  /** "Pause all proactive messages": the render API refuses every proactive purpose (423) while set. */
  proactivePausedAt: timestamp("proactive_paused_at", { withTimezone: true }),
  createdAt: createdAt(),
});

/**
 * A word a member who may not change the settings proposed for the organisation's allowed words,
 * from a spelling finding; an admin accepts (the word joins `allowedWords`) or declines it. One
 * pending proposal per word (compared lower-cased, as the spelling check compares).
 */
export const allowedWordProposals = pgTable(
  "allowed_word_proposals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    word: text("word").notNull(),
    proposedBy: uuid("proposed_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Where the word was flagged (the template's page), for the admin deciding. */
    templateId: uuid("template_id"),
    /** pending, accepted or declined. */
    state: text("state").notNull().default("pending"),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("allowed_word_proposals_pending_idx").on(t.organisationId, sql`lower(${t.word})`).where(sql`${t.state} = 'pending'`),
    index("allowed_word_proposals_proposer_idx").on(t.proposedBy),
    index("allowed_word_proposals_decider_idx").on(t.decidedBy),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    roles: text("roles").array().notNull(),
    /** Buyer locales a translator may edit; empty for members who are not translators. */
    locales: text("locales").array().notNull().default(sql`'{}'::text[]`),
    /** Joined through an invitation whose link was shown to the inviting admin (no mail): see approvals. */
    invitationLinkShown: boolean("invitation_link_shown").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("memberships_org_user_idx").on(t.organisationId, t.userId),
    index("memberships_user_idx").on(t.userId),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    roles: text("roles").array().notNull(),
    locales: text("locales").array().notNull().default(sql`'{}'::text[]`),
    /** Only a hash is kept: the token itself is mailed, or shown once to the admin where there is no mail. */
    tokenHash: text("token_hash").notNull().unique(),
    /** True when the link was shown to the inviter: whoever holds it may be the inviter. */
    linkShown: boolean("link_shown").notNull().default(false),
    invitedBy: uuid("invited_by")
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("invitations_org_idx").on(t.organisationId), index("invitations_invited_by_idx").on(t.invitedBy)],
);

/**
 * Fixed-window counters shared by every app instance (sign-in throttling, API rate limits).
 * A key is e.g. "signin:account:<email>" or "signin:ip:<ip>".
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  count: integer("count").notNull(),
});
