import bcrypt from "bcryptjs";

/** bcryptjs is pure JavaScript: no native build on install, same hash on every machine. */
const ROUNDS = 11;
export { MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from "./password-rules";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, ROUNDS);
}

/**
 * A hash of a random password made once per process, compared against when the email is unknown so
 * that an unknown email takes as long to refuse as a wrong password.
 */
let decoyHash: Promise<string> | undefined;
function decoy(): Promise<string> {
  decoyHash ??= bcrypt.hash(crypto.randomUUID(), ROUNDS);
  return decoyHash;
}

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? (await decoy()));
  return hash ? matches : false;
}
