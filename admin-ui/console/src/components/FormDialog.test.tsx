import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import "../i18n";
import i18n from "../i18n";
import { ApiError } from "../lib/api";
import { FormDialog, FormField } from "./FormDialog";

afterEach(() => {
  cleanup();
  void i18n.changeLanguage("fa");
});

const problem = new ApiError(422, "https://bashgah.ir/problems/validation-failed", "Validation failed", "2 fields are wrong", [
  { field: "body.code", message: "must be lower case" },
  { field: "owner.mobile", message: "is not a mobile number" },
]);

function Dialog({ error, busy = false, onSubmit = () => {} }: { error?: unknown; busy?: boolean; onSubmit?: () => void }) {
  return (
    <FormDialog title="New branch" onClose={() => {}} onSubmit={onSubmit} submitLabel="Create" submitTestId="save" busy={busy} error={error} testId="dialog">
      <FormField name="name" label="Name" value="" onChange={() => {}} problem={null} help="The branch's name" />
      <FormField name="code" label="Code" value="Tehran" onChange={() => {}} help="Lower case" />
    </FormDialog>
  );
}

describe("the form dialog", () => {
  it("shows a field's error under the field, moves the focus there, and leaves the alert the rest", () => {
    render(<Dialog error={problem} />);
    const code = screen.getByRole("textbox", { name: "Code" });
    expect(code).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("must be lower case")).toBeInTheDocument();
    expect(code).toHaveFocus();
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveAttribute("aria-invalid", "false");
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("owner.mobile: is not a mobile number");
    expect(alert).not.toHaveTextContent("must be lower case");
  });

  it("has no alert when every error is shown beside its field", () => {
    render(<Dialog error={new ApiError(422, "x/validation-failed", "Validation failed", undefined, [{ field: "code", message: "taken" }])} />);
    expect(screen.getByText("taken")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("sends once on Enter or the button, and nothing while busy", () => {
    const onSubmit = vi.fn();
    const { rerender } = render(<Dialog onSubmit={onSubmit} />);
    fireEvent.click(screen.getByTestId("save"));
    fireEvent.submit(screen.getByRole("textbox", { name: "Name" }).closest("form")!);
    expect(onSubmit).toHaveBeenCalledTimes(2);
    rerender(<Dialog onSubmit={onSubmit} busy />);
    expect(screen.getByTestId("save")).toBeDisabled();
    expect(screen.getByTestId("dialog-cancel")).toBeDisabled();
    fireEvent.submit(screen.getByRole("textbox", { name: "Name" }).closest("form")!);
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it("is named by its title, and speaks the page's language", async () => {
    render(<Dialog />);
    expect(screen.getByRole("dialog", { name: "New branch" })).toBeInTheDocument();
    expect(within(screen.getByRole("dialog")).getByTestId("dialog-cancel")).toHaveTextContent("انصراف");
    cleanup();
    await i18n.changeLanguage("en");
    render(<Dialog />);
    expect(screen.getByTestId("dialog-cancel")).toHaveTextContent("Cancel");
  });
});
