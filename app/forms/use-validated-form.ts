import { zodResolver } from "@hookform/resolvers/zod";
import { useSubmit } from "@remix-run/react";
import type { FormEvent } from "react";
import { type DefaultValues, type FieldValues, type Resolver, useForm } from "react-hook-form";
import type { z } from "zod";

type ServerResult = { errors?: Record<string, string>; values?: Record<string, string> } | undefined;

/**
 * react-hook-form on top of a plain Remix <Form>: without JavaScript the form posts as it is and
 * the server answers with errors and values; with it, fields are checked as the user types and
 * only a valid form is sent.
 */
export function useValidatedForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaults: DefaultValues<z.input<S>>,
  server: ServerResult,
) {
  const submit = useSubmit();
  const form = useForm<z.input<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>>,
    mode: "onChange",
    defaultValues: { ...defaults, ...(server?.values ?? {}) } as DefaultValues<z.input<S>>,
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
    void form.handleSubmit(() => submit(element))(event);
  }

  return { register: form.register, watch: form.watch, errors, showSummary, onSubmit };
}
