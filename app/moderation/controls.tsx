import { forwardRef, type ReactNode } from "react";

/** An error the page must say first: screen readers announce it as it appears. */
export function ErrorAlert({ children }: { children: ReactNode }) {
  return (
    <div className="error-summary" role="alert">
      <p>{children}</p>
    </div>
  );
}

type IntentButtonProps = { intent: string; className?: string; disabled?: boolean; children: ReactNode };

/** A review form's submit button: the intent it sends is the action the moderator chose. */
export const IntentButton = forwardRef<HTMLButtonElement, IntentButtonProps>(function IntentButton(
  { intent, className = "button", disabled, children },
  ref,
) {
  return (
    <button ref={ref} type="submit" name="intent" value={intent} className={className} disabled={disabled}>
      {children}
    </button>
  );
});
