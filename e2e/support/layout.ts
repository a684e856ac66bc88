import { expect, type Page } from "@playwright/test";

/** What sticks out: the page wider than the window, or a control cut off or pushed off-screen. */
interface Overflow {
  what: string;
  detail: string;
}

/**
 * Fails when the page scrolls sideways or a control (button, link, input, menu trigger) is clipped
 * or reaches past the window's edge. Content inside its own sideways-scrolling box (the tables)
 * is allowed to be wider: that box scrolls, the page does not.
 */
export async function expectNoOverflow(page: Page, label: string): Promise<void> {
  const problems = await page.evaluate((): Overflow[] => {
    const found: Overflow[] = [];
    const width = document.documentElement.clientWidth;
    const scrolls = (el: Element | null): boolean => {
      for (let node = el?.parentElement ?? null; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.overflowX === "auto" || style.overflowX === "scroll") return true;
      }
      return false;
    };
    const describe = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute("aria-label") ?? "").trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll("button, a[href], input, select, textarea, [role=button], [role=tab]")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || el.closest("[hidden], .sr-only") || scrolls(el)) continue;
      if (box.right > width + 1 || box.left < -1) found.push({ what: describe(el), detail: `spans ${Math.round(box.left)}–${Math.round(box.right)}px of ${width}px` });
      const style = getComputedStyle(el);
      const clips = style.overflowX === "hidden" || style.overflowX === "clip" || style.textOverflow === "ellipsis";
      // Truncating on purpose (an organisation's long name) shows the full text in the accessible name.
      if (clips && el.scrollWidth > el.clientWidth + 1 && !el.hasAttribute("title") && !el.querySelector(".truncate")) {
        found.push({ what: describe(el), detail: `text ${el.scrollWidth}px in a ${el.clientWidth}px box` });
      }
    }
    if (document.documentElement.scrollWidth > width + 1) {
      // Name the culprits: the innermost elements reaching past the edge outside a scrolling box.
      const culprits = [...document.querySelectorAll("main *, header *, aside *")]
        // An absolutely positioned element escapes a scroll box that is not itself positioned.
        .filter((el) => el.getBoundingClientRect().right > width + 1 && (!scrolls(el) || getComputedStyle(el).position === "absolute") && ![...el.children].some((child) => child.getBoundingClientRect().right > width + 1))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${(el.textContent ?? "").trim().slice(0, 40)}"`);
      found.push({ what: "page", detail: `${document.documentElement.scrollWidth}px wide in a ${width}px window; past the edge: ${culprits.join("; ") || "?"}` });
    }
    return found;
  });
  expect(problems, `layout on ${label}:\n${problems.map((p) => `  ${p.what}: ${p.detail}`).join("\n")}`).toEqual([]);
}
