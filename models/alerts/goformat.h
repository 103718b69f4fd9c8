#pragma once

#include "templatevalue.h"

#include <QList>
#include <QString>

namespace Wk {

// Text formats exactly as Go writes them, because Prometheus's templates, promtool's reports
// and rule durations are defined by Go's strconv, fmt and time packages.
class GoFormat
{
public:
    // strconv.FormatFloat(v, format, precision, 64) for 'e', 'E', 'f', 'g', 'G'; precision -1
    // is the shortest text that reads back as v. "+Inf", "-Inf", "NaN".
    static QString formatFloat(double v, char format, int precision);
    // fmt's %v of a float64: the shortest %g ("1.234567e+06", "0.1", "+Inf").
    static QString floatV(double v);
    // fmt.Sprintf with Go's verbs, flags, width and precision, and its "%!d(string=x)" notes
    // for mismatched arguments.
    static QString sprintf(const QString &format, const QList<TemplateValue> &args);
    // strconv.Quote: a double-quoted Go string literal.
    static QString quote(const QString &s);
    // Prometheus's model.Duration.String(): "1h30m", "7d2h5m", "1w", "0s".
    static QString modelDuration(qint64 ms);
    // Go's time.Duration.String(): "5m0s", "1h0m0s", "1.5s", "250ms", "0s".
    static QString goDuration(qint64 ms);
    // Go's time.Time.String() in UTC: "2023-11-14 22:13:20.5 +0000 UTC".
    static QString timeString(qint64 ms);
};

} // namespace Wk
