/** Shared by client forms and server actions; see form-action.ts. */
export interface FormState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** The submitted values (never passwords), so a failed submission keeps what the user typed. */
  values?: Record<string, string>;
  /** Extra data for the form on success, e.g. a freshly created invitation link. */
  data?: Record<string, string>;
}

export const IDLE: FormState = { status: "idle" };
