/**
 * Puts a page's view state (filters, page number) into the address without a navigation: the App
 * Router picks `history.replaceState` up in `useSearchParams`, so the view updates at once and the
 * server is not asked to render the page again. The address stays shareable.
 */
export function replaceQuery(query: Record<string, string>): void {
  const search = new URLSearchParams(query).toString();
  window.history.replaceState(null, "", `${window.location.pathname}${search ? `?${search}` : ""}`);
}
