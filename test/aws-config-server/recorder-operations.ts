// The configuration recorder's settings and status. Neither operation pages: every recorder of
// the account and region comes in one answer (usually one, plus any service-linked recorders).
import type { Account, Json, Operation } from "./account";
import { type Input, optionalStringArray } from "./input";
import { byNames, type OperationHandler } from "./operations";
import { FakeServiceError } from "./wire";

const noSuchRecorder = (name: string) =>
  new FakeServiceError(
    "NoSuchConfigurationRecorderException",
    `Cannot find configuration recorder with the specified name '${name}'.`,
  );

const named = (items: Json[], input: Input) =>
  byNames(items, "name", optionalStringArray(input, "ConfigurationRecorderNames"), noSuchRecorder, 1000);

const describeConfigurationRecorders: OperationHandler = ({ account }: { account: Account }, input) => ({
  ConfigurationRecorders: named(account.responses.DescribeConfigurationRecorders.ConfigurationRecorders, input),
});

const describeConfigurationRecorderStatus: OperationHandler = ({ account }: { account: Account }, input) => ({
  ConfigurationRecordersStatus: named(
    account.responses.DescribeConfigurationRecorderStatus.ConfigurationRecordersStatus,
    input,
  ),
});

export const recorderOperations = {
  DescribeConfigurationRecorders: describeConfigurationRecorders,
  DescribeConfigurationRecorderStatus: describeConfigurationRecorderStatus,
} satisfies Partial<Record<Operation, OperationHandler>>;
