/**
 * Where a link in a buyer message may point. Amazon allows only links that carry information the
 * buyer needs for the order (and its Messaging API spells that out per operation: "only links
 * related to order delivery", "…to the digital access key", …). Amazon's own sites and the big
 * parcel carriers can be recognised here; a manufacturer's registration page or a seller's
 * customisation tool cannot, so those hosts come from the organisation's settings.
 */
import { MARKETPLACES } from "@/lib/locales/marketplaces";

export const LINK_KINDS = [
  "amazon",
  "carrier",
  "manufacturer",
  "access-site",
  "service-booking",
  "customization-tool",
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/**
 * Kinds whose hosts we cannot (all) know in advance: the organisation lists them. Carriers are
 * among them: we recognise the big parcel carriers, but a bulky item often travels with a regional
 * freight company whose booking page no list of ours can hold, so an unknown carrier's page needs
 * an acknowledgement (or the organisation's list), not a block.
 */
export type OrgLinkKind = Exclude<LinkKind, "amazon">;
export type OrgLinkHosts = Partial<Record<OrgLinkKind, readonly string[]>>;

export function isOrgLinkKind(kind: LinkKind): kind is OrgLinkKind {
  return kind !== "amazon";
}

/** Every Amazon marketplace domain, derived from the marketplace list. */
const AMAZON_DOMAINS: readonly string[] = [...new Set(Object.values(MARKETPLACES).map((m) => m.domain))];

/**
 * Tracking sites of the parcel carriers that deliver Amazon orders in the marketplaces we serve
 * (Amazon's own "swiship" tracking included). Registrable domains; subdomains match too.
 */
const CARRIER_DOMAINS: readonly string[] = [
  // international
  "ups.com", "fedex.com", "dhl.com", "tnt.com", "aramex.com", "gls-group.com", "gls-group.eu", "dpd.com",
  "swiship.com", "swiship.co.uk", "swiship.de", "swiship.fr", "swiship.es", "swiship.it", "swiship.jp",
  // North America
  "usps.com", "ontrac.com", "lasership.com", "canadapost-postescanada.ca", "purolator.com", "estafeta.com",
  // Europe
  "royalmail.com", "parcelforce.com", "evri.com", "yodel.co.uk", "dpd.co.uk", "dhl.de", "dpd.de",
  "deutschepost.de", "myhermes.de", "hermes-europe.co.uk", "laposte.fr", "colissimo.fr", "chronopost.fr",
  "mondialrelay.fr", "colisprive.com", "correos.es", "seur.com", "mrw.es", "nacex.es", "poste.it", "brt.it",
  "sda.it", "postnl.nl", "dhlparcel.nl", "bpost.be", "postnord.se", "bring.se", "budbee.com", "inpost.pl",
  "pocztapolska24.pl", "poczta-polska.pl", "yurticikargo.com", "araskargo.com.tr", "mngkargo.com.tr",
  "suratkargo.com.tr", "ptt.gov.tr",
  // Middle East, Africa, India
  "smsaexpress.com", "emiratespost.ae", "splonline.com.sa", "egyptpost.org", "indiapost.gov.in",
  "bluedart.com", "delhivery.com", "dtdc.in",
  // Asia-Pacific, South America
  "japanpost.jp", "kuronekoyamato.co.jp", "sagawa-exp.co.jp", "auspost.com.au", "startrack.com.au",
  "singpost.com", "correios.com.br", "jadlog.com.br",
];

function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/^\.+|\.+$/g, "");
}

function hostMatches(host: string, domain: string): boolean {
  const h = normaliseHost(host);
  const d = normaliseHost(domain);
  return d.length > 0 && (h === d || h.endsWith(`.${d}`));
}

export function isAmazonHost(host: string): boolean {
  return AMAZON_DOMAINS.some((domain) => hostMatches(host, domain));
}

export function isCarrierHost(host: string): boolean {
  return CARRIER_DOMAINS.some((domain) => hostMatches(host, domain));
}

/** Words in a URL that give it away as an opt-out link, in the marketplaces' languages. */
const OPT_OUT_URL = /unsubscribe|opt[-_]?out|abmeld|austragen|desinscri|d[eé]sabonn|darse[-_]de[-_]baja|cancelar[-_]suscripci|disiscri|annulla[-_]iscrizione|uitschrijv|afmeld|avregistr|avsluta[-_]prenum|wypisz|rezygnuj|abonelik[-_]iptal|descadastr|cancelar[-_]inscri|haishin[-_]teishi/i;

export function isOptOutUrl(href: string): boolean {
  try {
    const url = new URL(href);
    return OPT_OUT_URL.test(decodeURIComponent(url.pathname + url.search));
  } catch {
    return OPT_OUT_URL.test(href);
  }
}

/**
 * Hosts that never carry information about an order: link shorteners (which hide where they lead)
 * and social networks, video sites, blogs and messenger links. Amazon's own shortener is Amazon.
 */
const NEVER_ORDER_HOSTS: readonly string[] = [
  "bit.ly", "tinyurl.com", "goo.gl", "t.co", "ow.ly", "is.gd", "buff.ly", "rebrand.ly", "cutt.ly", "shorturl.at", "tiny.cc", "rb.gy", "s.id",
  "t.ly", "shorturl.com", "youtube.com", "youtu.be", "facebook.com", "fb.com", "fb.me", "instagram.com", "tiktok.com", "twitter.com", "x.com",
  "pinterest.com", "linkedin.com", "snapchat.com", "wa.me", "whatsapp.com", "t.me", "telegram.me", "line.me", "ameblo.jp", "blogspot.com",
  "wordpress.com", "medium.com", "substack.com", "linktr.ee",
];

export function isNeverOrderHost(host: string): boolean {
  return NEVER_ORDER_HOSTS.some((domain) => hostMatches(host, domain));
}

/**
 * General-purpose services anyone can put a page on: file sharing, forms and surveys, scheduling,
 * design tools and font sites, paste and image hosts. Such a page is never the carrier's booking
 * page, the manufacturer's support page or the seller's customisation tool as such, so it is outside
 * the purpose unless the organisation has listed the host for a kind the purpose allows.
 */
const GENERAL_SERVICE_HOSTS: readonly string[] = [
  "drive.google.com", "docs.google.com", "sites.google.com", "forms.gle", "dropbox.com", "wetransfer.com", "we.tl", "onedrive.live.com", "1drv.ms",
  "box.com", "mega.nz", "mediafire.com", "icloud.com", "sharepoint.com", "forms.office.com", "typeform.com", "jotform.com", "surveymonkey.com",
  "tally.so", "formstack.com", "wufoo.com", "calendly.com", "doodle.com", "cal.com", "acuityscheduling.com", "youcanbook.me", "setmore.com",
  "canva.com", "figma.com", "dafont.com", "fonts.google.com", "fontsquirrel.com", "1001fonts.com", "myfonts.com", "pastebin.com", "imgur.com",
  "notion.so", "notion.site", "wix.com", "wixsite.com", "jimdo.com", "jimdosite.com", "weebly.com", "carrd.co", "github.io",
];

export function isGeneralServiceHost(host: string): boolean {
  return GENERAL_SERVICE_HOSTS.some((domain) => hostMatches(host, domain));
}

/**
 * Public authorities a legal disclosure may have to name (a consumer-dispute platform, a
 * complaints book, a regulator): government domains and the EU's. Only legal disclosures link there.
 */
const AUTHORITY_HOST = /(?:^|\.)(?:gov|gouv|gob|govt|overheid|admin|bund|europa)\.[a-z.]+$|\.gov$|(?:^|\.)europa\.eu$|(?:^|\.)gov\.[a-z]{2}$|(?:^|\.)livroreclamacoes\.pt$/i;

export function isAuthorityHost(host: string): boolean {
  return AUTHORITY_HOST.test(normaliseHost(host));
}

export type LinkVerdict =
  | { kind: "allowed"; as: LinkKind }
  /** http:// (or protocol-relative): never allowed. */
  | { kind: "insecure" }
  /** Not a web link at all (javascript:, data:, ftp:, …) or unparsable. */
  | { kind: "invalid" }
  /** An https link the purpose might allow, but its host is not on the organisation's list. */
  | { kind: "unverified"; kinds: OrgLinkKind[] }
  /** An https link the purpose never allows. */
  | { kind: "outside-purpose" };

/**
 * Judges one web link for a purpose. mailto: and tel: links are not judged here: the contact rules
 * report them as e-mail addresses and phone numbers.
 */
export function judgeLink(href: string, allowedKinds: readonly LinkKind[], orgHosts: OrgLinkHosts = {}): LinkVerdict {
  const value = href.trim();
  if (/^\/\//.test(value) || /^http:/i.test(value)) return { kind: "insecure" };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { kind: "invalid" };
  }
  if (url.protocol !== "https:" || !url.hostname || url.username || url.password) return { kind: "invalid" };
  const host = url.hostname;
  if (isNeverOrderHost(host) && !isAmazonHost(host)) return { kind: "outside-purpose" };
  for (const kind of allowedKinds) {
    if (kind === "amazon" && isAmazonHost(host)) return { kind: "allowed", as: kind };
    if (kind === "carrier" && isCarrierHost(host)) return { kind: "allowed", as: kind };
    if (isOrgLinkKind(kind) && (orgHosts[kind] ?? []).some((domain) => hostMatches(host, domain))) {
      return { kind: "allowed", as: kind };
    }
  }
  const orgKinds = allowedKinds.filter(isOrgLinkKind);
  if (isGeneralServiceHost(host)) return { kind: "outside-purpose" };
  return orgKinds.length > 0 ? { kind: "unverified", kinds: orgKinds } : { kind: "outside-purpose" };
}

/**
 * Words in a URL's host labels or path that give a page away as content to browse (a blog, a shop, a
 * catalogue, news, offers), in the marketplaces' languages; a page that activates, redeems or
 * registers something says so instead.
 */
const CONTENT_URL = /(?:^|[./_-])(?:blogs?|shop|store|boutique|tienda|negozio|loja|winkel|butik|sklep|magaza|news|newsletter|catalog(?:ue)?|katalog|catalogo|collections?|kollektion|products?|produkte|produits|productos|prodotti|produtos|producten|produkter|produkty|urunler|logiciels|offers?|angebote|offres|ofertas|offerte|aanbiedingen|deals|sale|outlet|magazine|tips)(?=$|[./_?#-])/i;
const ACTION_URL = /activ|aktiv|attiv|redeem|einl[oö]s|canje|resgat|riscatt|register|registr|regist|licen|download|key|code|account|login|signin|konto|compte|cuenta|conta|yukle|indir/i;

export function isContentUrl(href: string): boolean {
  try {
    const url = new URL(href.trim());
    const where = `${url.hostname}${decodeURIComponent(url.pathname)}`;
    return CONTENT_URL.test(where) && !ACTION_URL.test(where);
  } catch {
    return false;
  }
}
