import { describe, expect, it } from "vitest";
import { IMAGE_ALT_MEANINGFUL_RULE, unhelpfulImageNameReason } from "./custom-rules";
import { runServerAxe } from "./server-runner";

describe("unhelpfulImageNameReason", () => {
  it.each([
    ["image", "generic"],
    [" Image ", "generic"],
    ["IMAGE 3", "generic"],
    ["photo.", "generic"],
    ["Bild", "generic"],
    ["Abbildung 2", "generic"],
    ["imagen", "generic"],
    ["zdjęcie", "generic"],
    ["görsel", "generic"],
    ["logo", "generic"],
    ["…", "generic"],
    ["IMG_0001.jpg", "file-name"],
    ["nyhavn.jpeg", "file-name"],
    ["Product photo final.PNG", "file-name"],
    ["IMG_0001", "file-name"],
    ["DSC01234", "file-name"],
    ["PXL_20230101_123456789", "file-name"],
    ["Screenshot 2024-05-01 at 10.00.00", "file-name"],
    ["94251e110d24a4c2b6e6ce76e7203374", "file-name"],
    ["3f2504e0-4f89-11d3-9a0c-0305e82c3301", "file-name"],
  ])("%j is %s", (name, reason) => {
    expect(unhelpfulImageNameReason(name)).toBe(reason);
  });

  it.each([
    "Blue ceramic mug, 350 ml",
    "Image of the damaged parcel corner", // starts with a generic word but describes
    "Nyhavn harbour at dusk",
    "Return label",
    "Photo booth rental receipt",
    "Logo of Acme Tools",
    "Step 2: press the reset button",
    "",
  ])("%j may be descriptive", (name) => {
    expect(unhelpfulImageNameReason(name)).toBeNull();
  });

  it("uses the word list it is given", () => {
    expect(unhelpfulImageNameReason("snapshot", ["snapshot"])).toBe("generic");
    expect(unhelpfulImageNameReason("image", ["snapshot"])).toBeNull();
  });
});

async function outcomes(body: string) {
  const page = `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
  const results = await runServerAxe(page, { rules: [IMAGE_ALT_MEANINGFUL_RULE] });
  const ids = (group: typeof results.violations) => group.flatMap((rule) => rule.nodes.map((n) => n.target.join(" ")));
  return { violations: ids(results.violations), passes: ids(results.passes) };
}

describe(`axe rule ${IMAGE_ALT_MEANINGFUL_RULE}`, () => {
  it("judges the accessible name, wherever it comes from", async () => {
    const result = await outcomes(`
      <img id="alt" src="a.png" alt="image">
      <img id="label" src="b.png" alt="A red scarf" aria-label="IMG_0002.JPG">
      <span id="named-by">picture</span><img id="labelledby" src="c.png" aria-labelledby="named-by">
      <img id="title" src="d.png" title="DSC0042">
      <div id="role-img" role="img" aria-label="graphic"></div>
      <img id="good" src="e.png" alt="A red scarf" aria-label="Red wool scarf, folded">`);
    expect(result.violations.sort()).toEqual(["#alt", "#label", "#labelledby", "#role-img", "#title"]);
    expect(result.passes).toEqual(["#good"]);
  });

  it("leaves nameless, decorative and hidden images to the other rules", async () => {
    const result = await outcomes(`
      <img id="none" src="a.png">
      <img id="empty" src="b.png" alt="">
      <img id="presentation" src="c.png" role="presentation" alt="">
      <img id="hidden" src="d.png" alt="image" style="display:none">
      <div aria-hidden="true"><img id="aria-hidden" src="e.png" alt="image"></div>`);
    expect(result).toEqual({ violations: [], passes: [] });
  });
});
