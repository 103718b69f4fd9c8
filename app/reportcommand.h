#pragma once

namespace Wk {

// `watchkeeper report --dashboard ID --range 7d --pdf FILE [--demo | --workspace FILE]`:
// renders offscreen, so it runs headless (cron, CI, a manager's scheduled mail).
int runReportCommand(int argc, char **argv);

} // namespace Wk
