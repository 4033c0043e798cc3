import { z } from "zod";
import { errorKeys } from "../../errors";

/** Organisation slug; without one, the deployment's public organisation (see publicOrganisation). */
export const orgSlug = z
  .string({ error: errorKeys.invalidInput })
  .regex(/^[a-z0-9-]{1,100}$/, { error: errorKeys.invalidInput })
  .optional();
