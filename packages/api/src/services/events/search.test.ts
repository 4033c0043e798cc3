import { describe, expect, it } from "vitest";
import { containsPattern, foldSearchText } from "./search";

describe("search folding", () => {
  it("merges Arabic spelling variants and drops diacritics", () => {
    expect(foldSearchText("أحمد")).toBe(foldSearchText("احمد"));
    expect(foldSearchText("إسلام")).toBe("اسلام");
    expect(foldSearchText("مدرسةٌ")).toBe("مدرسه");
    expect(foldSearchText("مستشفى")).toBe("مستشفي");
    expect(foldSearchText("Open DAY")).toBe("open day");
  });

  it("escapes LIKE wildcards", () => {
    expect(containsPattern(" 100%_sure\\ ")).toBe("%100\\%\\_sure\\\\%");
  });
});
