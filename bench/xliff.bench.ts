/**
 * Untrusted XLIFF: how long an import takes to refuse a pathological file (10,000 nested inline
 * codes, about 150 KB; the goal is ≤ 200 ms) against the baseline of importing the studio's
 * own export of a template in the same run.
 */
import { exportXliff } from "@/lib/xliff/export";
import { importXliff } from "@/lib/xliff/import";
import { deeplyNestedXliff, expectation, exportInput, toGerman, translateFile } from "@/lib/xliff/testing";
import { measure, report } from "./lib";

const [file] = exportXliff(exportInput());
const translated = translateFile(file.content, toGerman);
const deep = deeplyNestedXliff(10_000);

const baseline = measure("import a translated export (baseline)", () => importXliff(translated, expectation()), { warmup: 5, runs: 50 });
const refused = measure(`refuse ${Math.round(deep.length / 1024)} KB of 10,000 nested elements`, () => importXliff(deep, expectation()), { warmup: 5, runs: 50 });
report("XLIFF import", baseline, [refused], { [refused.name]: "≤ 200 ms" });
