// Runs once when a server process starts: updates are mailed to subscribers without waiting for
// a request. Not while building or exporting (no server, no store).
export async function register() {
  if (
    process.env.NEXT_RUNTIME !== "nodejs" ||
    process.env.NEXT_PHASE === "phase-production-build" ||
    process.env.NEXT_OUTPUT === "export"
  )
    return;
  const { startPublisher } = await import("./lib/subscriptions/service");
  startPublisher();
}
