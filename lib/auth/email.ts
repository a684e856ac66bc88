/** Emails are compared and stored lower-cased and trimmed, so one account per address. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
