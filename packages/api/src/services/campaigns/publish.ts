import { publishEventInTx } from "@taqweem/jobs";
import type { Executor } from "../tx";

/** Tells open campaign pages that this campaign changed, when the caller's transaction commits. */
export function publishCampaign(db: Executor, orgId: string, campaignId: string) {
  return publishEventInTx(db, { type: "campaign.progress", orgId, campaignId });
}
