import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations, users } from "./accounts";
import { templateVersions } from "./templates";

/**
 * An organisation's Ed25519 key pairs for compliance certificates. One is active (not retired); a
 * rotation retires it and forgets its private key, but keeps its public key so that every
 * certificate it signed still verifies. The private key is sealed with the server secret.
 */
export const signingKeys = pgTable(
  "signing_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** The JWK key id: what a certificate names as its signer. */
    kid: text("kid").notNull().unique(),
    /** The raw 32-byte public key, base64url (the JWK's `x`). */
    publicKey: text("public_key").notNull(),
    /** lib/auth/secret-box seal of the PKCS#8 DER private key; null once retired. */
    sealedPrivateKey: text("sealed_private_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
    retiredBy: uuid("retired_by").references(() => users.id),
  },
  (t) => [
    index("signing_keys_org_idx").on(t.organisationId, t.createdAt),
    // At most one active key per organisation: two publishes racing to create the first one cannot both win.
    uniqueIndex("signing_keys_active_idx").on(t.organisationId).where(sql`${t.retiredAt} is null`),
    index("signing_keys_retired_by_idx").on(t.retiredBy)],
);

/**
 * The signed compliance certificate of a published version, written when it first went live. The
 * exact bytes that were signed are kept (canonical JSON), so verifying never depends on how the
 * database hands JSON back. Append-only: the database refuses changes.
 */
export const certificates = pgTable(
  "certificates",
  {
    id: uuid("id").primaryKey(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    versionId: uuid("version_id")
      .notNull()
      .references(() => templateVersions.id, { onDelete: "restrict" }),
    kid: text("kid")
      .notNull()
      .references(() => signingKeys.kid, { onDelete: "restrict" }),
    /** Canonical JSON of the certificate: the signed bytes. */
    payload: text("payload").notNull(),
    /** Ed25519 signature of `payload`'s UTF-8 bytes, base64url. */
    signature: text("signature").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("certificates_version_idx").on(t.versionId), index("certificates_org_idx").on(t.organisationId), index("certificates_kid_idx").on(t.kid)],
);
