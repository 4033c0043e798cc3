import { describe, expect, it } from "vitest";
import { findCycle, withPrerequisites } from "./graph";

const graph = (entries: Record<string, string[]>) => new Map(Object.entries(entries));

describe("findCycle", () => {
  it("accepts an empty graph, a chain and a diamond", () => {
    expect(findCycle(graph({}))).toBeNull();
    expect(findCycle(graph({ c: ["b"], b: ["a"], a: [] }))).toBeNull();
    expect(findCycle(graph({ d: ["b", "c"], b: ["a"], c: ["a"] }))).toBeNull();
  });

  it("finds a node that waits for itself", () => {
    expect(findCycle(graph({ a: ["a"] }))).toEqual(["a", "a"]);
  });

  it("finds a two-node and a longer cycle, as a closed path", () => {
    expect(findCycle(graph({ a: ["b"], b: ["a"] }))).toEqual(["a", "b", "a"]);
    const cycle = findCycle(graph({ x: ["a"], a: ["b"], b: ["c"], c: ["a"] }));
    expect(cycle).toEqual(["a", "b", "c", "a"]);
  });

  it("finds a cycle that is not reachable from the first node", () => {
    expect(findCycle(graph({ a: [], b: ["c"], c: ["b"] }))).toEqual(["b", "c", "b"]);
  });
});

describe("withPrerequisites", () => {
  const edges = [
    { id: "b", prerequisiteId: "a" },
    { id: "c", prerequisiteId: "b" },
  ];

  it("replaces the edited node's edges and keeps the others", () => {
    expect(withPrerequisites(edges, "b", [])).toEqual(graph({ c: ["b"], b: [] }));
  });

  it("turns an edit that closes a loop into a cycle", () => {
    expect(findCycle(withPrerequisites(edges, "a", ["c"]))).toEqual(["b", "a", "c", "b"]);
  });
});
