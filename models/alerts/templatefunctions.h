#pragma once

#include "templatevalue.h"

#include "models/core/result.h"

#include <QString>

#include <functional>

namespace Wk {

// What template functions may reach outside their arguments: the external URL (pathPrefix,
// externalURL) and, where the engine answers synchronously, PromQL (`query`).
struct TemplateEnvironment
{
    QString externalUrl;
    // Runs an instant query at the evaluation time; empty when no engine is at hand.
    std::function<Result<QList<TemplateValue::SampleData>>(const QString &expr)> query;
};

// The functions an alert template can call: Go's text/template built-ins (print, printf, len,
// index, eq, lt, ...) and Prometheus's (humanize, humanizePercentage, title, match, query, ...),
// with Prometheus's exact number formatting. `and` and `or` are evaluated lazily by the
// template itself and only named here.
class TemplateFunctions
{
public:
    using Function = Result<TemplateValue> (*)(const QList<TemplateValue> &args,
                                               const TemplateEnvironment &env);
    struct Entry
    {
        Function function = nullptr; // null for `and` and `or`
        int minArgs = 0;
        int maxArgs = 0; // -1: any number
    };

    // nullptr when no function of that name exists.
    static const Entry *find(const QString &name);
};

} // namespace Wk
