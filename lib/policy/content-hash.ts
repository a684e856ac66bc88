/**
 * The product has one content hash: the workflow's canonical JSON + SHA-256 (lib/workflow/content-hash.ts),
 * which is what approvals sign. The policy records it with stored results, so it reuses that one.
 */
export { canonicalJson as stableStringify, variantContentHash as contentHash } from "@/lib/workflow/content-hash";
