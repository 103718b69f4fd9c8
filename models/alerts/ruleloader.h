#pragma once

#include "rulefile.h"

#include "models/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Wk {

// Reads Prometheus rule files with the checks `promtool check rules` makes: unknown fields,
// repeated or empty group names, alert versus record, durations (1h30m, 5m, 1w), label and
// annotation names, recording-rule names, label and annotation templates, and PromQL
// expressions (with the local engine's parser). Every problem is reported, each as
// FILE:LINE:COLUMN: message.
class RuleLoader
{
public:
    struct Outcome
    {
        RuleFile file;
        QList<Error> errors;
        bool ok() const { return errors.isEmpty(); }
    };

    static Outcome loadFile(const QString &path);
    static Outcome loadText(const QByteArray &yaml, const QString &path = {});

    // Prometheus durations ("1h30m", "5m", "0"); the error quotes the text as Prometheus does.
    static Result<qint64> parseDuration(const QString &text);
    static bool isValidLabelName(const QString &name);
    static bool isValidMetricName(const QString &name);
};

} // namespace Wk
