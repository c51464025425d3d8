import {
  forwardRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useEffect,
  useRef,
} from "react";
import { useTranslation } from "react-i18next";
import { formatWait } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";

export function fieldId(name: string) {
  return `field-${name}`;
}

/**
 * The GOV.UK pattern: after a failed submit, a summary at the top links to every field in error.
 * `retryAfterSeconds` (a limit's refusal) fills the form error's `{{wait}}`: "Try again in 2 minutes".
 */
export function ErrorSummary({
  errors,
  order,
  show,
  retryAfterSeconds,
}: {
  errors: Record<string, string>;
  order: string[];
  show: boolean;
  retryAfterSeconds?: number | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formValues = retryAfterSeconds ? { wait: formatWait(retryAfterSeconds, language) } : undefined;
  const ref = useRef<HTMLDivElement>(null);
  const entries = [...order, "form"].flatMap((name) => {
    const error = errors[name];
    return error ? [{ name, error }] : [];
  });
  const signature = entries.map(({ name, error }) => `${name}:${error}`).join("|");
  useEffect(() => {
    if (show && signature) ref.current?.focus();
  }, [show, signature]);
  if (!show || entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{t("form.errorSummaryTitle")}</h2>
      <ul>
        {entries.map(({ name, error }) => (
          <li key={name}>{name === "form" ? t(error, formValues) : <a href={`#${fieldId(name)}`}>{t(error)}</a>}</li>
        ))}
      </ul>
    </div>
  );
}

type FieldFrame = { name: string; label: ReactNode; hint?: ReactNode; error?: string };

function describedBy(name: string, hint: unknown, error: unknown) {
  return (
    [hint ? `${fieldId(name)}-hint` : null, error ? `${fieldId(name)}-error` : null].filter(Boolean).join(" ") ||
    undefined
  );
}

function HintAndError({ name, hint, error }: { name: string; hint?: ReactNode; error?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {hint ? (
        <div className="field-hint" id={`${fieldId(name)}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field-error" id={`${fieldId(name)}-error`}>
          <span className="visually-hidden">{t("form.errorPrefix")} </span>
          {t(error)}
        </p>
      ) : null}
    </>
  );
}

/** Label, hint and error around one control, and the attributes that tie the control to them. */
function Field({
  name,
  label,
  hint,
  error,
  children,
}: FieldFrame & { children: (control: ControlAttributes) => ReactNode }) {
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={fieldId(name)}>{label}</label>
      <HintAndError name={name} hint={hint} error={error} />
      {children({
        id: fieldId(name),
        name,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy(name, hint, error),
      })}
    </div>
  );
}

type ControlAttributes = { id: string; name: string; "aria-invalid"?: boolean; "aria-describedby"?: string };

export const TextField = forwardRef<HTMLInputElement, FieldFrame & InputHTMLAttributes<HTMLInputElement>>(
  function TextField({ name, label, hint, error, ...input }, ref) {
    return (
      <Field name={name} label={label} hint={hint} error={error}>
        {(control) => <input {...control} ref={ref} {...input} />}
      </Field>
    );
  },
);

export const SelectField = forwardRef<HTMLSelectElement, FieldFrame & SelectHTMLAttributes<HTMLSelectElement>>(
  function SelectField({ name, label, hint, error, children, ...select }, ref) {
    return (
      <Field name={name} label={label} hint={hint} error={error}>
        {(control) => (
          <select {...control} ref={ref} {...select}>
            {children}
          </select>
        )}
      </Field>
    );
  },
);

type Option = { value: string; label: ReactNode; hint?: ReactNode };

export function RadioGroup({
  name,
  legend,
  hint,
  error,
  options,
  inputProps,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: Option[];
  inputProps: (value: string) => InputHTMLAttributes<HTMLInputElement>;
}) {
  return (
    <fieldset className={`field${error ? " field--error" : ""}`} aria-describedby={describedBy(name, hint, error)}>
      <legend>{legend}</legend>
      <HintAndError name={name} hint={hint} error={error} />
      <div className="radios">
        {options.map((option, index) => {
          // The first radio carries the field's id so the error summary can link to the group.
          const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${option.value}`;
          return (
            <div className="radio" key={option.value}>
              <input type="radio" id={id} name={name} value={option.value} {...inputProps(option.value)} />
              <label htmlFor={id}>
                {option.label}
                {option.hint ? <span className="radio-hint">{option.hint}</span> : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export const TextAreaField = forwardRef<
  HTMLTextAreaElement,
  FieldFrame & { after?: ReactNode } & TextareaHTMLAttributes<HTMLTextAreaElement>
>(function TextAreaField({ name, label, hint, error, after, ...textarea }, ref) {
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <textarea {...control} ref={ref} {...textarea} />
          {after}
        </>
      )}
    </Field>
  );
});
