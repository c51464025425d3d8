/** A setting that stops the server before it starts; `variable` names it, and the message starts with it. */
export class SettingError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

/** A whole number of days from the environment: its default when unset, a SettingError when it is no such number. */
export function daysSetting(env: Record<string, string | undefined>, variable: string, fallback: number, max: number) {
  const value = env[variable]?.trim() ?? "";
  if (value === "") return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
    throw new SettingError(variable, `"${value}" is not a whole number of days from 1 to ${max}`);
  return Number(value);
}
