/**
 * Renders a published version for one order in the buyer's language: the checks that keep a
 * message inside Amazon's rules (buyer's language only, real order ID, every placeholder filled,
 * the purpose's text budget, the review window), then subject, plain text, email HTML and the
 * Selling Partner API request. Pure: the caller loads the version and translates message keys.
 */
import { renderEmailHtml } from "@/lib/editor/render-html";
import { renderPlainText } from "@/lib/editor/render-text";
import { fillSubject } from "@/lib/editor/placeholder-values";
import {
  formatPlaceholderValue,
  isPlaceholderName,
  isValidPlaceholderValue,
  ORDER_ID_PATTERN,
  PLACEHOLDERS,
  type PlaceholderName,
  type PlaceholderValues,
} from "@/lib/editor/placeholders";
import { buyerLocaleEntry, isBuyerLocale } from "@/lib/locales/catalogue";
import { MARKETPLACES, MARKETPLACE_CODES } from "@/lib/locales/marketplaces";
import { resolutionErrorMessage, resolveVariantLocale, type LocaleResolution } from "@/lib/locales/resolve";
import { getPurpose, textBudget } from "@/lib/policy/purposes";
import type { SignedCertificate } from "@/lib/certificates/certificate";
import { ApiError } from "./api-errors";
import type { LiveVariant, LiveVersion } from "./live-template";
import { checkReviewWindow, REVIEW_WINDOW_DAYS } from "./review-window";
import type { RenderRequest } from "./render-request";
import { messageAttachments, type LinkAttachment, type RenderedAttachment } from "./render-attachments";
import {
  buildSolicitationRequest,
  buildSpApiRequest,
  isMessagingOperationId,
  REVIEW_SOLICITATION,
  validateSpApiBody,
  type SpApiMessageBody,
  type SpApiRequest,
} from "./sp-api";

/** An i18n key of the "delivery" namespace with its parameters: the server translates it. */
export interface MessageRef {
  key: string;
  params?: Record<string, unknown>;
}

/** Translation in the "delivery" namespace: i18next's t, or anything with its signature. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface RenderedMessage {
  template: string;
  version: number;
  /** The variant's locale that was used (one of the template's locales). */
  locale: string;
  subject: string;
  text: string;
  html: string;
  /** The Messaging request that sends `text`; null when no Messaging operation takes this text. */
  spApi: SpApiRequest<SpApiMessageBody> | null;
  /** Review requests only: Amazon's own request, which needs no text at all. */
  solicitation: (SpApiRequest<null> & { takesText: boolean; note: MessageRef }) | null;
  /** Why spApi is null, or other facts the sender should know. */
  notes: MessageRef[];
  /** Files to upload and send with the request (empty when none). */
  attachments: RenderedAttachment[];
  /** The variant's content hash, which the certificate lists for its locale. */
  contentHash: string;
  certificate: SignedCertificate | null;
}

export const REVIEW_PURPOSE = "review-request";

/**
 * Small memo tables for the two costly pure steps (Intl objects are slow to build): a sending
 * system asks in few languages and formats few distinct dates. Bounded: cleared when full.
 */
const MEMO_LIMIT = 2000;
const resolutions = new WeakMap<LiveVersion, Map<string, LocaleResolution>>();
const formattedValues = new Map<string, string>();

function memoised<V>(table: Map<string, V>, key: string, compute: () => V): V {
  const hit = table.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (table.size >= MEMO_LIMIT) table.clear();
  table.set(key, value);
  return value;
}

function resolveVariant(version: LiveVersion, requested: string): LiveVariant {
  let table = resolutions.get(version);
  if (!table) resolutions.set(version, (table = new Map()));
  const resolution = memoised(table, requested, () => resolveVariantLocale(requested, version.locales));
  if ("error" in resolution) {
    const { key, params } = resolutionErrorMessage(resolution);
    throw new ApiError(
      resolution.error,
      params,
      resolution.error === "no_variant_for_language" ? { requested, available: resolution.available } : { requested },
      key,
    );
  }
  const variant = version.variants.get(resolution.locale);
  if (!variant) throw new Error(`resolved locale ${resolution.locale} has no variant`);
  return variant;
}

/** The raw value of an order field as a string; numbers (quantity) are written as the order has them. */
function rawValue(order: RenderRequest["order"], name: string): string | undefined {
  const value = (order as Record<string, unknown>)[name];
  if (typeof value === "number") return String(value);
  return typeof value === "string" ? value : undefined;
}

function checkOrderId(order: RenderRequest["order"]): string {
  const orderId = rawValue(order, "order_id");
  if (orderId === undefined || !ORDER_ID_PATTERN.test(orderId)) {
    throw new ApiError("invalid_order_id", {}, { field: "order.order_id" });
  }
  return orderId;
}

function checkReviewRequest(request: RenderRequest, now: Date): void {
  const window = checkReviewWindow(request.deliveredAt, now);
  if (!window.ok) {
    throw new ApiError(
      "outside_review_window",
      { min: REVIEW_WINDOW_DAYS.min, max: REVIEW_WINDOW_DAYS.max, days: window.daysSinceDelivery },
      { reason: window.reason, daysSinceDelivery: window.daysSinceDelivery ?? null, window: { ...REVIEW_WINDOW_DAYS } },
      `errors.outside_review_window_${window.reason}`,
    );
  }
  if ((request.previousRequests ?? 0) > 0) {
    throw new ApiError("already_requested", { count: request.previousRequests }, { previousRequests: request.previousRequests });
  }
}

/** Every placeholder of the variant has a valid value; returns the values formatted for the locale. */
function placeholderValues(variant: LiveVariant, order: RenderRequest["order"]): PlaceholderValues {
  const missing = variant.placeholders.filter((name) => {
    if (!isPlaceholderName(name)) return true; // a token we have no value for can never be filled
    const value = rawValue(order, name);
    return value === undefined || value.trim() === "";
  });
  if (missing.length) throw new ApiError("missing_placeholder", { missing }, { missing });
  const names = variant.placeholders.filter(isPlaceholderName);
  const invalid = names.filter((name) => !isValidPlaceholderValue(name, rawValue(order, name) as string));
  if (invalid.length) {
    throw new ApiError(
      "invalid_placeholder_value",
      { invalid },
      { invalid: invalid.map((name) => ({ name, format: PLACEHOLDERS[name].format })) },
    );
  }
  return Object.fromEntries(
    names.map((name) => {
      const raw = rawValue(order, name) as string;
      // Free text is returned as it is; dates and numbers go through Intl, worth remembering.
      const value = PLACEHOLDERS[name].format === "date" || PLACEHOLDERS[name].format === "integer"
        ? memoised(formattedValues, `${name}\u0000${variant.locale}\u0000${raw}`, () => formatPlaceholderValue(name, raw, variant.locale))
        : formatPlaceholderValue(name, raw, variant.locale);
      return [name, value];
    }),
  ) as Partial<Record<PlaceholderName, string>>;
}

/** The region of the buyer's own tag in the request ("en-GB" → "GB"), for the variant's language. */
function buyerRegion(requestLocale: string | undefined, variantLocale: string): string | null {
  const language = new Intl.Locale(variantLocale).language;
  for (const raw of (requestLocale ?? "").split(",")) {
    const tag = raw.split(";")[0].trim().replace(/_/g, "-");
    try {
      const locale = new Intl.Locale(tag);
      if (locale.language === language && locale.region) return locale.region;
    } catch {
      // not a tag: the variant resolution has already refused or skipped it
    }
  }
  return null;
}

/**
 * The marketplace of the SP-API call: the one the request names; else the marketplace of the
 * buyer's region ("en-GB" → amazon.co.uk, even when the variant is en-US); else the variant
 * language's home marketplace ("de-AT" → amazon.de). A default is said in a note.
 */
function marketplaceFor(request: RenderRequest, variantLocale: string): { id: string; note: MessageRef | null } {
  if (request.marketplaceId) return { id: request.marketplaceId, note: null };
  const region = buyerRegion(request.locale, variantLocale);
  const byRegion = region ? MARKETPLACE_CODES.find((code) => MARKETPLACES[code].country === region) : undefined;
  if (byRegion) return { id: MARKETPLACES[byRegion].id, note: { key: "notes.marketplaceFromRegion", params: { marketplace: MARKETPLACES[byRegion].domain, region: region ?? "" } } };
  if (isBuyerLocale(variantLocale)) {
    const [first] = buyerLocaleEntry(variantLocale).marketplaces;
    if (first) return { id: first.id, note: { key: "notes.marketplaceFromLanguage", params: { marketplace: first.domain, locale: variantLocale } } };
  }
  throw new ApiError("invalid_request", { locale: variantLocale }, { field: "marketplaceId" }, "errors.marketplace_required");
}

/**
 * The message for one order. Throws ApiError (a 4xx the client can act on) for every refusal;
 * any other exception is a bug and becomes a 500.
 */
export function renderDelivery(input: { templateKey: string; version: LiveVersion; request: RenderRequest; now: Date; linkAttachment?: LinkAttachment }): RenderedMessage {
  const { version, request } = input;
  const variant = resolveVariant(version, request.locale);
  const orderId = checkOrderId(request.order);
  const purpose = getPurpose(version.purpose);
  if (purpose.id === REVIEW_PURPOSE) checkReviewRequest(request, input.now);
  const values = placeholderValues(variant, request.order);
  const text = renderPlainText(variant.doc, { values });
  const length = [...text].length;
  const limit = textBudget(purpose.id);
  if (length > limit) throw new ApiError("text_too_long", { length, limit }, { length, limit });
  const html = renderEmailHtml(variant.doc, { locale: variant.locale, dir: variant.dir, values });
  const subject = fillSubject(variant.subject, values);

  const notes: MessageRef[] = [];
  let spApi: RenderedMessage["spApi"] = null;
  const operation = purpose.operation;
  const marketplace = marketplaceFor(request, variant.locale);
  const marketplaceId = marketplace.id;
  const files = messageAttachments({ purpose: purpose.id, variant, operationId: operation?.operationId, link: input.linkAttachment, declared: request.invoice });
  const attachments = files.request.length > 0 ? files.request : undefined;
  if (operation && isMessagingOperationId(operation.operationId) && (operation.textMaxLength !== null || attachments)) {
    // An attachment-only operation (warranty, legal disclosure) sends the files and none of the text.
    spApi = buildSpApiRequest({ operation: operation.operationId, orderId, marketplaceId, text: operation.textMaxLength !== null ? text : undefined, attachments });
    const validation = validateSpApiBody(spApi.operation, spApi.body);
    if (!validation.valid) {
      throw new Error(`SP-API body for ${spApi.operation} does not validate: ${JSON.stringify(validation.issues)}`);
    }
    if (operation.textMaxLength === null) notes.push({ key: "notes.attachmentsOnly", params: { operation: operation.operationId } });
  } else if (operation) {
    notes.push({ key: "notes.attachmentsOnly", params: { operation: operation.operationId } });
  } else {
    notes.push({ key: "notes.noMessagingOperation" });
  }
  if (files.listed.length > 0) notes.push({ key: "notes.attachmentsUpload", params: { count: files.listed.length, operation: operation?.operationId ?? "" } });
  // After what the sender must act on: which marketplace was assumed.
  if (marketplace.note) notes.push(marketplace.note);
  const solicitation =
    purpose.id === REVIEW_PURPOSE
      ? { ...buildSolicitationRequest({ orderId, marketplaceId }), takesText: REVIEW_SOLICITATION.takesText, note: { key: "solicitation.needsNoText" } }
      : null;
  return {
    template: input.templateKey,
    version: version.number,
    locale: variant.locale,
    subject,
    text,
    html,
    spApi,
    solicitation,
    notes,
    attachments: files.listed,
    contentHash: variant.contentHash,
    certificate: version.certificate,
  };
}

/** The render response as the API sends it (see responses.ts): message references translated. */
export function renderResponseBody(message: RenderedMessage, t: Translate) {
  const say = (note: MessageRef) => t(note.key, note.params);
  return {
    template: message.template,
    version: message.version,
    locale: message.locale,
    subject: message.subject,
    text: message.text,
    html: message.html,
    spApi: message.spApi,
    ...(message.solicitation ? { solicitation: { ...message.solicitation, note: say(message.solicitation.note) } } : {}),
    notes: message.notes.map(say),
    ...(message.attachments.length > 0 ? { attachments: message.attachments } : {}),
    contentHash: message.contentHash,
    certificate: message.certificate,
  };
}
