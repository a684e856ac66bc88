/**
 * `permitted verify FILE.json --keys JWKS.json`
 *
 * Verifies a compliance certificate (downloaded from a version's page) or a render response of the
 * delivery API against the organisation's public keys (GET /api/v1/certificate-keys): the signature
 * is Ed25519 over the certificate's canonical JSON by a key in the set, and for a render response
 * its template, version, locale and content hash are ones the certificate covers. Exit code 0 valid,
 * 1 invalid (with the reason), 2 on bad usage or unreadable input.
 */
import { parseArgs } from "node:util";
import { tFor } from "@/lib/i18n/server";
import { parseJwks, verifyDocument } from "@/lib/certificates/verify";
import { readJsonFile } from "../json-file";

const t = tFor("en", "delivery");

class UsageError extends Error {}

function parse(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options: { keys: { type: "string" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : "")?.[1] ?? String(error);
    const code = (error as { code?: string }).code;
    throw new UsageError(t(code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" ? "verify.errors.missingValue" : "verify.errors.unknownOption", { option }));
  }
}

async function readJson(file: string): Promise<unknown> {
  const read = await readJsonFile(file);
  if (read.ok) return read.value;
  throw new UsageError(t(read.problem === "unreadable" ? "verify.errors.unreadable" : "verify.errors.notJson", { file, reason: read.reason }));
}

export async function run(args: string[]): Promise<number> {
  const usage = `${t("verify.usage")}\n`;
  try {
    const { values, positionals } = parse(args);
    if (values.help) {
      process.stdout.write(usage);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(t(positionals.length === 0 ? "verify.errors.noFile" : "verify.errors.oneFile"));
    if (!values.keys) throw new UsageError(t("verify.errors.noKeys"));
    const [file] = positionals;
    const document = await readJson(file);
    const keys = parseJwks(await readJson(values.keys));
    if (!keys.ok) throw new UsageError(t("verify.errors.badKeys", { file: values.keys, detail: keys.detail }));
    const result = verifyDocument(document, keys.jwks);
    if (!result.valid) {
      const { valid: _valid, reason, ...params } = result;
      process.stdout.write(`${t("verify.invalid", { file, reason: t(`verify.failures.${reason}`, params) })}\n`);
      return 1;
    }
    const { certificate, signature } = result.signed;
    const params = {
      file,
      template: certificate.template.key,
      version: certificate.version,
      publishedAt: certificate.publishedAt,
      publisher: certificate.publishedBy.name,
      id: certificate.id,
      kid: signature.kid,
      locales: certificate.variants.map((v) => v.locale).join(", "),
      locale: result.kind === "render-response" ? result.locale : "",
    };
    process.stdout.write(`${t(result.kind === "certificate" ? "verify.validCertificate" : "verify.validResponse", params)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`permitted verify: ${error.message}\n\n${usage}`);
    return 2;
  }
}
