/**
 * `permitted check FILE... --purpose ID --locale BCP47 [--subject TEXT] [--format text|json] [--config permitted.json]`
 *
 * Checks buyer-message files against the policy without a database or server: .html (styling rules
 * on the raw HTML, content rules on the document the editor would store), .txt, or .json
 * ({"purpose","locale","subject","body"}; a field is used where its flag is missing; with
 * "source": {"locale","subject","body"} the file is a translation of that source, and the report
 * includes placeholder and commitment parity). `--config` applies the organisation's policy settings
 * exported by the studio (allowed link hosts, its own rules), so the verdicts are the studio's. Exit code 0
 * when no file blocks, 1 when any file blocks, 2 on bad usage or unreadable input.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { DocumentRejectedError, normalizeDocument, normalizeText } from "@/lib/editor/normalize";
import { tFor } from "@/lib/i18n/server";
import { checkVariant } from "@/lib/policy/engine";
import { checkGlossary } from "@/lib/policy/glossary";
import { fileLocations, fileSource, jsonStringField, type FileSource } from "@/lib/policy/file-locations";
import { localizeFinding } from "@/lib/policy/localize";
import { isPurposeId, PURPOSE_IDS, type PurposeId } from "@/lib/policy/purposes";
import { checkTranslationParity } from "@/lib/policy/parity";
import { verdictOf, type Finding, type Verdict } from "@/lib/policy/types";
import { checkFileSchema } from "./check-input";
import { orgCheckInput, permittedConfigSchema, type OrgPolicy } from "@/lib/policy/org-policy";
import { normalisePolicySettings } from "@/lib/policy/normalise-org-policy";

const t = tFor("en", "policy");
const UI = "en";

class UsageError extends Error {}

interface Job {
  file: string;
  purpose: PurposeId;
  locale: string;
  subject: string;
  kind: "html" | "text";
  body: string;
  source: FileSource;
  /** The variant this file translates, from the JSON field "source". */
  original?: { locale: string; subject: string; kind: "html" | "text"; body: string };
}

/** One file's result, in the shape of the JSON output. */
export interface FileResult {
  file: string;
  verdict: Verdict;
  findings: { rule: string; severity: Finding["severity"]; message: string; excerpt: string; line: number | null; column: number | null; citation: string }[];
}

/** The text report also shows the fix hint, which the JSON shape has no field for. */
type CheckedFile = FileResult & { hints: string[]; inSubject: boolean[] };

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        purpose: { type: "string" },
        locale: { type: "string" },
        subject: { type: "string" },
        format: { type: "string", default: "text" },
        config: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : "")?.[1] ?? "";
    throw new UsageError(
      code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE"
        ? t("cli.errors.missingValue", { option })
        : t("cli.errors.unknownOption", { option: option || String(error) }),
    );
  }
}

/** Control characters other than whitespace mean binary data, not a message. */
function isBinary(content: string): boolean {
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return true;
  }
  return false;
}

function looksLikeHtml(body: string): boolean {
  return /<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?>/i.test(body);
}

function validLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale.replaceAll("_", "-")).length === 1;
  } catch {
    return false;
  }
}

async function readJob(file: string, flags: { purpose?: string; locale?: string; subject?: string }): Promise<Job> {
  const extension = path.extname(file).toLowerCase();
  if (![".html", ".htm", ".txt", ".json"].includes(extension)) throw new UsageError(t("cli.errors.badExtension", { file }));
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(t("cli.errors.unreadable", { file, reason }));
  }
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new UsageError(t("cli.errors.notText", { file }));
  }
  if (isBinary(content)) throw new UsageError(t("cli.errors.notText", { file }));

  let fields: { purpose?: string; locale?: string; subject?: string; body: string };
  let original: Job["original"];
  let source: FileSource;
  let kind: "html" | "text";
  if (extension === ".json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch (error) {
      throw new UsageError(t("cli.errors.badJson", { file, reason: error instanceof Error ? error.message : String(error) }));
    }
    const checked = checkFileSchema.safeParse(parsed);
    if (!checked.success) throw new UsageError(t("cli.errors.badJsonShape", { file }));
    const { source: given, ...fileFields } = checked.data;
    if (given !== undefined) {
      if (!validLocale(given.locale)) throw new UsageError(t("cli.errors.badLocale", { file, value: given.locale }));
      original = { locale: given.locale, subject: given.subject ?? "", kind: looksLikeHtml(given.body) ? "html" : "text", body: given.body };
    }
    fields = fileFields;
    kind = looksLikeHtml(fields.body) ? "html" : "text";
    const body = jsonStringField(content, "body");
    source = fileSource(content, kind, body ?? undefined, flags.subject === undefined ? jsonStringField(content, "subject") : null);
  } else {
    fields = { body: content };
    kind = extension === ".txt" ? "text" : "html";
    source = fileSource(content, kind);
  }

  const purpose = flags.purpose ?? fields.purpose;
  const locale = flags.locale ?? fields.locale;
  if (purpose === undefined) throw new UsageError(t("cli.errors.missingPurpose", { file }));
  if (!isPurposeId(purpose)) throw new UsageError(t("cli.errors.badPurpose", { file, value: purpose }));
  if (locale === undefined) throw new UsageError(t("cli.errors.missingLocale", { file }));
  if (!validLocale(locale)) throw new UsageError(t("cli.errors.badLocale", { file, value: locale }));
  return { file, purpose, locale, subject: flags.subject ?? fields.subject ?? "", kind, body: fields.body, source, original };
}

/** The document the editor would store for a body, or a usage error naming why it was refused. */
function documentOf(file: string, kind: "html" | "text", body: string) {
  try {
    return (kind === "html" ? normalizeDocument({ html: body }) : normalizeText(body)).doc;
  } catch (error) {
    if (error instanceof DocumentRejectedError) {
      throw new UsageError(t("cli.errors.rejected", { file, reason: t(`cli.rejection.${error.reason}`) }));
    }
    throw error;
  }
}

/** The organisation's settings from a permitted.json, refused for the reasons the studio refuses them. */
async function readConfig(file: string): Promise<OrgPolicy> {
  let content: string;
  try {
    content = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(t("cli.errors.unreadable", { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UsageError(t("cli.errors.badJson", { file, reason: error instanceof Error ? error.message : String(error) }));
  }
  const config = permittedConfigSchema.safeParse(parsed);
  if (!config.success) {
    const issue = config.error.issues[0];
    throw new UsageError(t("cli.errors.badConfig", { file, reason: `${issue.path.join(".") || "/"}: ${issue.message}` }));
  }
  const { policy, problems } = normalisePolicySettings(config.data.policy);
  const refused = Object.entries(problems).map(([where, key]) => t("cli.errors.refusedConfig", { file, where: `policy.${where}`, problem: t(key.replace(/^policy:/, "")) }));
  if (refused.length > 0) throw new UsageError(refused.join("\n"));
  return policy;
}

async function checkJob(job: Job, orgPolicy: OrgPolicy | null): Promise<CheckedFile> {
  const doc = documentOf(job.file, job.kind, job.body);
  const result = await checkVariant({
    purpose: job.purpose,
    locale: job.locale,
    subject: job.subject,
    doc,
    ...(job.kind === "html" ? { html: job.body } : { text: job.body }),
    ...orgCheckInput(orgPolicy),
  });
  const original = job.original;
  const originalSide = original ? { locale: original.locale, subject: original.subject, doc: documentOf(job.file, original.kind, original.body) } : null;
  const targetSide = { locale: job.locale, subject: job.subject, doc };
  const parity = originalSide ? [...checkTranslationParity(originalSide, targetSide), ...checkGlossary(orgPolicy?.glossary, originalSide, targetSide)] : [];
  const findings = [...result.findings, ...parity];
  const places = fileLocations(findings, job.source, doc);
  // Reading order of the file; findings without a place (whole message, subject) first.
  const order = findings
    .map((finding, i) => ({ finding, place: places[i] }))
    .sort((a, b) => (a.place?.line ?? 0) - (b.place?.line ?? 0) || (a.place?.column ?? 0) - (b.place?.column ?? 0));
  const localized = order.map(({ finding }) => localizeFinding(finding, t, UI));
  return {
    file: job.file,
    verdict: verdictOf(findings),
    hints: localized.map((l) => l.hint),
    inSubject: order.map(({ finding }) => finding.location !== null && "field" in finding.location),
    findings: order.map(({ finding, place }, i) => {
      return {
        rule: finding.ruleId,
        severity: finding.severity,
        message: localized[i].message,
        excerpt: finding.excerpt,
        line: place?.line ?? null,
        column: place?.column ?? null,
        citation: localized[i].citation,
      };
    }),
  };
}

function textReport(results: CheckedFile[]): string {
  const lines: string[] = [];
  for (const result of results) {
    const errors = result.findings.filter((f) => f.severity === "error").length;
    const summary = [t("summary.errors", { count: errors }), t("summary.warnings", { count: result.findings.length - errors })].join(", ");
    lines.push(t("cli.line", { file: result.file, verdict: t(`verdict.${result.verdict}`), summary }));
    result.findings.forEach((finding, i) => {
      const where = finding.line !== null ? `${finding.line}:${finding.column}` : result.inSubject[i] ? t("cli.subjectField") : t("cli.whole");
      lines.push(t("cli.finding", { where, severity: t(`severity.${finding.severity}`), rule: finding.rule, message: finding.message }));
      lines.push(t("cli.hint", { hint: result.hints[i] }));
      lines.push(t("cli.cite", { citation: finding.citation }));
    });
  }
  return `${lines.join("\n")}\n`;
}

/** Exactly the documented JSON shape, nothing more. */
function jsonReport(results: CheckedFile[]): string {
  return `${JSON.stringify({ results: results.map(({ file, verdict, findings }) => ({ file, verdict, findings })) })}\n`;
}

export async function run(args: string[]): Promise<number> {
  const usage = `${t("cli.usage", { purposes: PURPOSE_IDS.join(", ") })}\n`;
  try {
    const { values, positionals } = parse(args);
    if (values.help) {
      process.stdout.write(usage);
      return 0;
    }
    if (values.format !== "text" && values.format !== "json") throw new UsageError(t("cli.errors.badFormat", { value: values.format }));
    if (positionals.length === 0) throw new UsageError(t("cli.errors.noFiles"));

    // Read and validate every file first, so that bad input never produces half a report.
    const jobs: Job[] = [];
    const problems: string[] = [];
    for (const file of positionals) {
      try {
        jobs.push(await readJob(file, values));
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        problems.push(error.message);
      }
    }
    if (problems.length > 0) throw new UsageError(problems.join("\n"));
    const orgPolicy = values.config === undefined ? null : await readConfig(values.config);

    const results: CheckedFile[] = [];
    for (const job of jobs) results.push(await checkJob(job, orgPolicy));
    process.stdout.write(values.format === "json" ? jsonReport(results) : textReport(results));
    return results.some((result) => result.verdict === "block") ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`permitted check: ${error.message}\n\n${usage}`);
      return 2;
    }
    throw error;
  }
}
