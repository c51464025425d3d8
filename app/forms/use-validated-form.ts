import { zodResolver } from "@hookform/resolvers/zod";
import { useSubmit } from "@remix-run/react";
import type { FormEvent } from "react";
import { type DefaultValues, type FieldValues, type Path, type Resolver, useForm } from "react-hook-form";
import type { z } from "zod";

type ServerResult = { errors?: Record<string, string>; values?: Record<string, string> } | undefined;
/** Every field name of a form's input, across all the shapes a union schema allows. */
type FieldName<T> = T extends unknown ? Extract<keyof T, string> : never;
/** What the form's fields hold before anyone types: the strings the HTML form starts with. */
export type FormDefaults<S extends z.ZodType> = { [K in FieldName<z.input<S>>]?: string };

/**
 * react-hook-form on top of a plain Remix <Form>: without JavaScript the form posts as it is and
 * the server answers with errors and values; with it, fields are checked as the user types and
 * only a valid form is sent.
 */
export function useValidatedForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaults: FormDefaults<S>,
  server: ServerResult,
) {
  const submit = useSubmit();
  const initial = { ...defaults, ...(server?.values ?? {}) } as Record<string, unknown>;
  const form = useForm<z.input<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>>,
    mode: "onChange",
    defaultValues: initial as DefaultValues<z.input<S>>,
    // The error summary takes focus (GOV.UK pattern); react-hook-form would move it to the first field.
    shouldFocusError: false,
  });
  // register() plus the starting value written into the HTML, so the server-rendered form shows it
  // (before hydration, and always without JavaScript).
  const field = (name: Path<z.input<S>>) => ({ ...form.register(name), defaultValue: String(initial[name] ?? "") });
  const radio = (name: Path<z.input<S>>, value: string) => ({
    ...form.register(name),
    defaultChecked: initial[name] === value,
  });

  // A server error stands until the user changes that field; then the browser's check takes over.
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(server?.errors ?? {})) {
    if (!(form.formState.dirtyFields as Record<string, unknown>)[field]) errors[field] = message;
  }
  for (const [field, error] of Object.entries(form.formState.errors)) {
    const message = (error as { message?: unknown } | undefined)?.message;
    if (typeof message === "string") errors[field] = message;
  }
  const showSummary = Boolean(server?.errors) || form.formState.submitCount > 0;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const element = event.currentTarget;
    // Submitting through the button keeps its name and value (such as intent=preview) in the form data.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void form.handleSubmit(() => submit(submitter instanceof HTMLButtonElement ? submitter : element))(event);
  }

  return { register: field, radio, watch: form.watch, errors, showSummary, onSubmit, form };
}
