import { describe, expect, it } from "vitest";
import { leadingRequirement } from "./question-parts";

describe("the leading requirement of a long questionnaire item", () => {
  it("is the first bullet of a control written as a list", () => {
    expect(
      leadingRequirement("* Encrypt backups at rest\n* Test restores every quarter\n* Keep copies off site"),
    ).toEqual(["Encrypt backups at rest"]);
  });

  it("joins a list's introduction to its first bullet, since the introduction alone says little", () => {
    expect(leadingRequirement("Record the following:\n  * Failed sign-ins\n  * Changes to roles")).toEqual([
      "Record the following: Failed sign-ins",
    ]);
  });

  it("is the question that follows an explanation, then that question without its qualifier", () => {
    expect(
      leadingRequirement(
        "Backups protect against loss. Do you back up customer data, including attachments and audit trails?",
      ),
    ).toEqual([
      "Do you back up customer data, including attachments and audit trails?",
      "Do you back up customer data",
    ]);
  });

  it("keeps a second requirement joined by a comma: both must be answered", () => {
    expect(leadingRequirement("Do you back up customer data, and are the backups tested by an auditor?")).toEqual([]);
  });

  it("is nothing more for a single plain question", () => {
    expect(leadingRequirement("Do you encrypt data at rest?")).toEqual([]);
    expect(leadingRequirement("")).toEqual([]);
  });
});
