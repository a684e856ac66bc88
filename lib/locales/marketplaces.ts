/**
 * Amazon's marketplaces that sellers reach through the Selling Partner API.
 *
 * Source: Amazon's public "Marketplace IDs" page
 * (https://developer-docs.amazon.com/sp-api/docs/marketplace-ids). The key is Amazon's own country
 * code from that page (note "UK", where ISO 3166 says "GB"); `country` is the ISO code, so that
 * country names come from `Intl.DisplayNames` instead of being typed here. `spApiRegion` is the
 * heading the page lists the marketplace under; it selects the SP-API endpoint
 * (sellingpartnerapi-na / -eu / -fe.amazon.com).
 */
export interface Marketplace {
  /** The marketplace ID that SP-API calls take as `marketplaceIds`. */
  readonly id: string;
  readonly domain: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly spApiRegion: "na" | "eu" | "fe";
}

export const MARKETPLACES = {
  // North America
  CA: { id: "A2EUQ1WTGCTBG2", domain: "amazon.ca", country: "CA", spApiRegion: "na" },
  US: { id: "ATVPDKIKX0DER", domain: "amazon.com", country: "US", spApiRegion: "na" },
  MX: { id: "A1AM78C64UM0Y8", domain: "amazon.com.mx", country: "MX", spApiRegion: "na" },
  BR: { id: "A2Q3Y263D00KWC", domain: "amazon.com.br", country: "BR", spApiRegion: "na" },
  // Europe (Amazon groups the Middle East, Africa and India here too)
  IE: { id: "A28R8C7NBKEWEA", domain: "amazon.ie", country: "IE", spApiRegion: "eu" },
  ES: { id: "A1RKKUPIHCS9HS", domain: "amazon.es", country: "ES", spApiRegion: "eu" },
  UK: { id: "A1F83G8C2ARO7P", domain: "amazon.co.uk", country: "GB", spApiRegion: "eu" },
  FR: { id: "A13V1IB3VIYZZH", domain: "amazon.fr", country: "FR", spApiRegion: "eu" },
  BE: { id: "AMEN7PMS3EDWL", domain: "amazon.com.be", country: "BE", spApiRegion: "eu" },
  NL: { id: "A1805IZSGTT6HS", domain: "amazon.nl", country: "NL", spApiRegion: "eu" },
  DE: { id: "A1PA6795UKMFR9", domain: "amazon.de", country: "DE", spApiRegion: "eu" },
  IT: { id: "APJ6JRA9NG5V4", domain: "amazon.it", country: "IT", spApiRegion: "eu" },
  SE: { id: "A2NODRKZP88ZB9", domain: "amazon.se", country: "SE", spApiRegion: "eu" },
  ZA: { id: "AE08WJ6YKNBMC", domain: "amazon.co.za", country: "ZA", spApiRegion: "eu" },
  PL: { id: "A1C3SOZRARQ6R3", domain: "amazon.pl", country: "PL", spApiRegion: "eu" },
  EG: { id: "ARBP9OOSHTCHU", domain: "amazon.eg", country: "EG", spApiRegion: "eu" },
  TR: { id: "A33AVAJ2PDY3EV", domain: "amazon.com.tr", country: "TR", spApiRegion: "eu" },
  SA: { id: "A17E79C6D8DWNP", domain: "amazon.sa", country: "SA", spApiRegion: "eu" },
  AE: { id: "A2VIGQ35RCS4UG", domain: "amazon.ae", country: "AE", spApiRegion: "eu" },
  IN: { id: "A21TJRUUN4KGV", domain: "amazon.in", country: "IN", spApiRegion: "eu" },
  // Far East
  SG: { id: "A19VAU5U5O7RUS", domain: "amazon.sg", country: "SG", spApiRegion: "fe" },
  AU: { id: "A39IBJ37TRP1C6", domain: "amazon.com.au", country: "AU", spApiRegion: "fe" },
  JP: { id: "A1VC38T7YXB528", domain: "amazon.co.jp", country: "JP", spApiRegion: "fe" },
} as const satisfies Record<string, Marketplace>;

export type MarketplaceCode = keyof typeof MARKETPLACES;

export const MARKETPLACE_CODES = Object.keys(MARKETPLACES) as MarketplaceCode[];

export function isMarketplaceCode(value: unknown): value is MarketplaceCode {
  return typeof value === "string" && Object.hasOwn(MARKETPLACES, value);
}

/** The marketplace an SP-API marketplace ID names, e.g. for an order the seller's system passes on. */
export function marketplaceById(id: string): (Marketplace & { code: MarketplaceCode }) | undefined {
  const code = MARKETPLACE_CODES.find((candidate) => MARKETPLACES[candidate].id === id);
  return code ? { code, ...MARKETPLACES[code] } : undefined;
}
