#pragma once

#include "gotemplate.h"

#include <QMap>
#include <QString>

#include <optional>

namespace Wk {

// One alert label or annotation template, expanded as Prometheus expands it: the text runs
// after "{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}{{$externalURL :=
// .ExternalURL}}{{$value := .Value}}", under the name "__alert_<rule name>".
class AlertTemplate
{
public:
    struct Data
    {
        QMap<QString, QString> labels; // the alert's sample labels, __name__ included
        QMap<QString, QString> externalLabels;
        QString externalUrl;
        double value = 0;
    };

    AlertTemplate() = default;

    // A parse error says what and where, as Go's text/template does.
    static Result<AlertTemplate> parse(const QString &text, const QString &ruleName);

    // The expanded text; a failure reads "<error expanding template: ...>" as in Prometheus.
    QString expand(const Data &data, const TemplateEnvironment &env = {}) const;
    Result<QString> execute(const Data &data, const TemplateEnvironment &env = {}) const;

    const QString &text() const { return m_text; }

private:
    QString m_text;
    QString m_ruleName;
    std::optional<GoTemplate> m_template; // empty when the text has no actions
};

} // namespace Wk
