import { getRequestConfig } from "next-intl/server";
import { getViewer } from "@/server/viewer";
import { formats } from "./formats";
import { isAppLocale, routing } from "./routing";

/** Time zone used before anyone signs in; organisations default to it too. */
const defaultTimeZone = "Asia/Dubai";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isAppLocale(requested) ? requested : routing.defaultLocale;
  // Translations must work even when the database does not, so that the error page can say so.
  const viewer = await getViewer().catch(() => null);
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: viewer?.org.timeZone ?? defaultTimeZone,
    formats,
  };
});
