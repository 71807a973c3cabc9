/** An edge of a multigraph, identified by `id`. */
export interface GraphEdge {
  /** Identifier returned by `findBridges`. */
  id: number;
  /** One end. */
  from: number;
  /** Other end (equal to `from` for a loop). */
  to: number;
}

/**
 * Finds the bridges of an undirected multigraph: the edges on no cycle.
 * Parallel edges and loops are cycles, so they are never bridges. Returns
 * the ids in ascending order. Uses Tarjan's low-link method with an
 * explicit stack, so deep graphs cannot overflow the call stack.
 */
export function findBridges(
  vertexCount: number,
  edges: readonly GraphEdge[],
): number[] {
  const adjacency: { edge: number; to: number }[][] = Array.from(
    { length: vertexCount },
    () => [],
  );
  edges.forEach((edge, index) => {
    if (edge.from === edge.to) return;
    adjacency[edge.from]?.push({ edge: index, to: edge.to });
    adjacency[edge.to]?.push({ edge: index, to: edge.from });
  });

  const order = new Array<number>(vertexCount).fill(-1);
  const low = new Array<number>(vertexCount).fill(0);
  const bridges: number[] = [];
  let counter = 0;

  for (let root = 0; root < vertexCount; root += 1) {
    if (order[root] !== -1) continue;
    // Each frame: vertex, the edge index used to enter it, next neighbour.
    const stack: { vertex: number; via: number; next: number }[] = [
      { vertex: root, via: -1, next: 0 },
    ];
    order[root] = low[root] = counter++;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as (typeof stack)[number];
      const neighbours = adjacency[frame.vertex] as {
        edge: number;
        to: number;
      }[];
      if (frame.next < neighbours.length) {
        const { edge, to } = neighbours[frame.next] as {
          edge: number;
          to: number;
        };
        frame.next += 1;
        if (edge === frame.via) continue;
        if (order[to] === -1) {
          order[to] = low[to] = counter++;
          stack.push({ vertex: to, via: edge, next: 0 });
        } else {
          low[frame.vertex] = Math.min(
            low[frame.vertex] as number,
            order[to] as number,
          );
        }
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent !== undefined) {
        low[parent.vertex] = Math.min(
          low[parent.vertex] as number,
          low[frame.vertex] as number,
        );
        if ((low[frame.vertex] as number) > (order[parent.vertex] as number)) {
          bridges.push((edges[frame.via] as GraphEdge).id);
        }
      }
    }
  }
  return bridges.sort((a, b) => a - b);
}

/**
 * Returns the vertices reachable from `start` over `edges` without using
 * the edge at index `skip`.
 */
export function reachableVertices(
  vertexCount: number,
  edges: readonly GraphEdge[],
  start: number,
  skip: number,
): Set<number> {
  const adjacency: number[][] = Array.from({ length: vertexCount }, () => []);
  edges.forEach((edge, index) => {
    if (index === skip) return;
    adjacency[edge.from]?.push(edge.to);
    adjacency[edge.to]?.push(edge.from);
  });
  const seen = new Set<number>([start]);
  const pending = [start];
  while (pending.length > 0) {
    const vertex = pending.pop() as number;
    for (const next of adjacency[vertex] ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        pending.push(next);
      }
    }
  }
  return seen;
}
