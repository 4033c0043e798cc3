import { z } from "zod";

/**
 * Where each setting of a config schema comes from: a variable's name, or a group of settings.
 * Keeping the names beside the schema lets a bad value be reported by the variable to fix.
 */
export type EnvVariables<T> = {
  [K in keyof T]?: NonNullable<T[K]> extends Record<string, unknown>
    ? EnvVariables<NonNullable<T[K]>>
    : string;
};

/** The environment to read: process.env, or a plain object in tests. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Settings that failed validation, each named by its environment variable (values are never echoed: some are secrets). */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join("; ")}`);
    this.name = "ConfigError";
  }
}

/** A whole number of at least `min` (milliseconds, counts, ports), given as text in a variable. */
export function wholeNumber(min = 0) {
  const error = `must be a whole number of at least ${min}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error });
}

/** A TCP port; 0 lets the system pick a free one. */
export const port = () => wholeNumber(0).max(65_535, { error: "must be a port number (0–65535)" });

/**
 * Reads the variables named in `variables` from `env` and validates them with `schema`; `derived`
 * adds settings computed from the environment in other ways. Throws a ConfigError naming each bad
 * variable. An empty variable means "not set", as in .env files with `NAME=`.
 */
export function settingsFromEnv<S extends z.ZodObject>(
  schema: S,
  variables: EnvVariables<z.input<S>>,
  env: Env,
  derived: Partial<z.input<S>> = {},
): z.output<S> {
  const result = schema.safeParse({ ...valuesOf(variables, env), ...derived });
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map(
      (issue) => `${variableAt(variables, issue.path) ?? issue.path.join(".")}: ${issue.message}`,
    ),
  );
}

/** Whether this process runs in production (NODE_ENV), the one switch every package shares. */
export function runsInProduction(env: Env = process.env): boolean {
  return env.NODE_ENV === "production";
}

type Variables = { [setting: string]: string | Variables | undefined };

function valuesOf(variables: Variables, env: Env): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(variables).map(([setting, source]) => [
      setting,
      typeof source === "string" ? env[source] || undefined : valuesOf(source ?? {}, env),
    ]),
  );
}

function variableAt(variables: Variables, path: readonly PropertyKey[]): string | undefined {
  let at: Variables[string] = variables;
  for (const key of path) at = typeof at === "object" ? at[String(key)] : undefined;
  return typeof at === "string" ? at : undefined;
}
