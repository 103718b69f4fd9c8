#pragma once

#include <QString>

namespace Wk::Cli {

// Subcommands for scripts, run without a GUI: "metrics check", "rules test", ...
bool isSubcommand(const QString &word);
QString subcommandSummary();
int run(int argc, char **argv);

} // namespace Wk::Cli
