import { expect, type Locator } from "@playwright/test";

/**
 * Where the first and the last character of `text` are drawn inside the element: a value that
 * keeps its left-to-right order has its first character on the left, also in an Arabic sentence.
 */
async function edges(element: Locator, text: string) {
  return element.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const box = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      const first = box(at);
      const last = box(at + wanted.length - 1);
      return {
        first: first.x,
        last: last.x,
        ltrIsolate: node.parentElement?.closest("bdi[dir=ltr]") !== null,
      };
    }
    return null;
  }, text);
}

/** Asserts that `text` shows inside the element in its left-to-right order. */
export async function expectReadsLeftToRight(element: Locator, text: string) {
  await expect(element).toContainText(text);
  const found = await edges(element, text);
  expect(found, `"${text}" in one piece of text`).not.toBeNull();
  expect(found!.first, `"${text}" starts on the left`).toBeLessThan(found!.last);
  return found!;
}
