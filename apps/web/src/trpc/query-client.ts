import { QueryClient } from "@tanstack/react-query";
import { transformer } from "@taqweem/api/wire";

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Above zero so that data prefetched on the server is not fetched again at once.
      queries: { staleTime: 30_000 },
      // Server-prefetched data crosses to the browser with Dates intact.
      dehydrate: { serializeData: transformer.serialize },
      hydrate: { deserializeData: transformer.deserialize },
    },
  });
}
