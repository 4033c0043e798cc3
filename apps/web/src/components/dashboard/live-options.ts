/**
 * How the home page's sections stay current besides the event stream: again on returning to the
 * tab, and every minute for what no stream event announces (new events, failed e-mails).
 */
export const liveQuery = { refetchInterval: 60_000, refetchOnWindowFocus: true } as const;
