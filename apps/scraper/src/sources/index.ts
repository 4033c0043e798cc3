import type { ScrapeSourceKind } from "@taqweem/db";
import { collectAdmo } from "./admo";
import { collectAdnec } from "./adnec";
import { collectJsonLd } from "./generic-jsonld";
import { collectIcal } from "./ical";
import type { SourceCollector } from "./types";

/** The collector of each kind of source. */
export const collectors: Record<ScrapeSourceKind, SourceCollector> = {
  admo: collectAdmo,
  adnec: collectAdnec,
  jsonld: collectJsonLd,
  ical: collectIcal,
};
