#pragma once

#include "expositionformat.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

class QIODevice;
class QTextStream;

namespace Wk {

struct MetricsCheckOptions
{
    std::optional<ExpositionFormat> format; // chosen from the file when empty
    ExpositionValidation validation = ExpositionValidation::Strict;
};

// The format `metrics check` assumes when none is given: OpenMetrics when the file name ends
// in ".om.txt" or ".om", or when the page's last line is "# EOF" (which OpenMetrics requires
// and Prometheus text has no reason to write); Prometheus text 0.0.4 otherwise.
ExpositionFormat detectExpositionFormat(QByteArrayView page, const QString &fileName);

// `watchkeeper metrics check FILE|-`: parses the page (stdin for "-") and prints
// "FILE: FORMAT: families N, series N, samples N" to out, or the first error as
// "FILE:LINE:COLUMN: message" to err. Returns 0 when the page is valid, 1 otherwise.
int runMetricsCheck(const QString &pathOrDash, QTextStream &out, QTextStream &err,
                    const MetricsCheckOptions &options = {});
// The same for an open device; displayName stands for the file in messages.
int runMetricsCheck(QIODevice &input, const QString &displayName, QTextStream &out,
                    QTextStream &err, const MetricsCheckOptions &options = {});

} // namespace Wk
