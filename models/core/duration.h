#pragma once

#include "result.h"

#include <QString>

namespace Wk {

// Durations in Prometheus notation: "1h30m", "5m", "15s", "250ms", "1w", "2d", "1y".
// Returns milliseconds; an error names the offending text.
Result<qint64> parseDuration(QStringView text);

// The shortest Prometheus notation of ms ("1h30m", "15s", "0s").
QString formatDuration(qint64 ms);

// A human reading for status lines: "12 s", "3 min", "2 h 5 min", "4 d".
QString humanAge(qint64 ms);

} // namespace Wk
