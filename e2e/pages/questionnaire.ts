import { expect, type Locator } from "@playwright/test";

/**
 * Chooses a file the way a reader can: the server's copy of the tool is disabled until the live
 * tool has replaced it (a file picked into the copy would be dropped with it), so wait for the
 * control to be enabled first.
 */
export async function upload(input: Locator, files: Parameters<Locator["setInputFiles"]>[0]): Promise<void> {
  await expect(input).toBeEnabled({ timeout: 20_000 });
  await input.setInputFiles(files);
}
