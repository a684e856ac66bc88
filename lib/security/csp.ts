/**
 * The Content-Security-Policies of the studio and of the message preview frame (issue 14 item 7),
 * one function each so that proxy.ts, the frame route and their tests read the same text.
 */

/** 128 random bits, base64: a fresh one for every response that carries a policy. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

function join(directives: Record<string, readonly string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

export interface StudioPolicyOptions {
  nonce: string;
  /**
   * `next dev` only: React's development build evaluates strings for its stack traces and the
   * dev server talks over a WebSocket. Never in production.
   */
  development: boolean;
}

/**
 * Scripts only with this response's nonce ('strict-dynamic' lets the chunks Next loads from them
 * run too), never eval. Inline styles stay allowed: React style attributes and the editor's
 * libraries set them, and a style cannot run code. Images from https (a message's images), frames
 * only from us (the preview frame).
 */
export function studioPolicy({ nonce, development }: StudioPolicyOptions): string {
  return join({
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    "frame-src": ["'self'"],
    "worker-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
  });
}

export interface PreviewFramePolicyOptions {
  nonce: string;
  /** Block every image, as mail clients do with images off: the browser shows the alt text instead. */
  imagesOff: boolean;
}

/**
 * The preview frame runs only its own script (by nonce: the frame's origin is opaque, so 'self'
 * would not describe the studio reliably) and loads nothing but the message's https images; inline
 * style for the message's own style attributes and the highlight. Only the studio may embed it.
 */
export function previewFramePolicy({ nonce, imagesOff }: PreviewFramePolicyOptions): string {
  return join({
    "default-src": ["'none'"],
    "script-src": [`'nonce-${nonce}'`],
    "img-src": [imagesOff ? "'none'" : "https:"],
    "style-src": ["'unsafe-inline'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "frame-ancestors": ["'self'"],
  });
}
