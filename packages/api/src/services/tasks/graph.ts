/**
 * Looks for a cycle in a prerequisite graph (node → the nodes it waits for). Returns one cycle as
 * a path that starts and ends on the same node, or null when there is none.
 */
export function findCycle(prerequisitesOf: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, "visiting" | "done">();
  const path: string[] = [];

  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "visiting") return [...path.slice(path.indexOf(node)), node];
    state.set(node, "visiting");
    path.push(node);
    for (const next of prerequisitesOf.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, "done");
    return null;
  };

  for (const node of prerequisitesOf.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

/** The graph of a list of edges (`id` waits for `prerequisiteId`). */
export function graphOf(edges: readonly { id: string; prerequisiteId: string }[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const edge of edges) graph.set(edge.id, [...(graph.get(edge.id) ?? []), edge.prerequisiteId]);
  return graph;
}

/** The graph with `node`'s prerequisites replaced, as an edit would leave it. */
export function withPrerequisites(
  edges: readonly { id: string; prerequisiteId: string }[],
  node: string,
  prerequisites: readonly string[],
): Map<string, string[]> {
  const graph = graphOf(edges.filter((edge) => edge.id !== node));
  graph.set(node, [...prerequisites]);
  return graph;
}
