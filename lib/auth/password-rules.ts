/** What a new password must be; shared by forms (hints, minLength) and the server's schema. */
/** ASVS 2.1.1: at least 12 characters; common passwords are refused too (common-passwords.ts). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 72; // bcrypt reads at most 72 bytes
