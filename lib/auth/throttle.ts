/**
 * Sign-in throttling policy: fixed windows counted in the database (db/queries/rate-limits.ts) so
 * every app instance shares the counters. Every attempt is counted before its password is checked
 * (a success clears the account's count and gives the address its attempt back), so five failures
 * per account, or thirty per IP address, in fifteen minutes lock further attempts until the window
 * ends, however many arrive at once.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

export function accountKey(email: string): string {
  return `signin:account:${email}`;
}

export function ipKey(ip: string): string {
  return `signin:ip:${ip}`;
}
