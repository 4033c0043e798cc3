import { searchFoldFrom, searchFoldTo } from "@taqweem/db";

const fold = new Map([...searchFoldFrom].map((char, index) => [char, searchFoldTo[index] ?? ""]));

/** The same folding as the database's search document: lower case, Arabic spelling variants merged. */
export function foldSearchText(text: string): string {
  return [...text.toLowerCase()].map((char) => fold.get(char) ?? char).join("");
}

/** A LIKE pattern that finds `text` anywhere, with LIKE's own wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${foldSearchText(text.trim()).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
