import type { SerializeFrom } from "@remix-run/node";
import type { useValidatedForm } from "~/forms/use-validated-form";
import type { editForm, formAnswer, inputFormPage } from "../input-form.server";
import type { submissionSchema } from "../schema";

/** The input form's page as the browser gets it: where the input goes, whom the author may write for. */
export type InputFormPage = SerializeFrom<typeof inputFormPage>;
/** What the send and edit actions answered, once the form was posted. */
export type InputFormAnswer = SerializeFrom<typeof formAnswer>;
/** Editing sent input: the form filled with what was sent, and where it posts. */
export type InputFormEdit = SerializeFrom<typeof editForm>;

/** What each group of fields needs from the form: its inputs, and the errors to show. */
export type InputFields = Pick<ReturnType<typeof useValidatedForm<typeof submissionSchema>>, "register" | "radio"> & {
  errors: Record<string, string>;
};

export function sendPath(page: InputFormPage) {
  return `/consultations/${page.consultation.slug}/send${page.section ? `?section=${encodeURIComponent(page.section.number)}` : ""}`;
}
