#include "alerttemplate.h"

namespace Wk {

namespace {

const QString &definitions()
{
    static const QString defs = QStringLiteral("{{$labels := .Labels}}"
                                               "{{$externalLabels := .ExternalLabels}}"
                                               "{{$externalURL := .ExternalURL}}"
                                               "{{$value := .Value}}");
    return defs;
}

} // namespace

Result<AlertTemplate> AlertTemplate::parse(const QString &text, const QString &ruleName)
{
    AlertTemplate t;
    t.m_text = text;
    t.m_ruleName = ruleName;
    // Without an action the definitions print nothing, so the text stands as it is.
    if (!text.contains(QStringLiteral("{{")))
        return t;
    Result<GoTemplate> parsed =
        GoTemplate::parse(definitions() + text, QStringLiteral("__alert_") + ruleName);
    if (!parsed)
        return parsed.error();
    t.m_template = std::move(parsed).value();
    return t;
}

Result<QString> AlertTemplate::execute(const Data &data, const TemplateEnvironment &env) const
{
    if (!m_template)
        return m_text;
    const TemplateValue dot = TemplateValue::structure(
        QStringLiteral("struct { Labels map[string]string; ExternalLabels map[string]string; "
                       "ExternalURL string; Value float64 }"),
        {{QStringLiteral("Labels"), TemplateValue::fromStringMap(data.labels)},
         {QStringLiteral("ExternalLabels"), TemplateValue::fromStringMap(data.externalLabels)},
         {QStringLiteral("ExternalURL"), TemplateValue(data.externalUrl)},
         {QStringLiteral("Value"), TemplateValue(data.value)}});
    if (env.externalUrl.isEmpty() && !data.externalUrl.isEmpty()) {
        TemplateEnvironment withUrl = env;
        withUrl.externalUrl = data.externalUrl;
        return m_template->execute(dot, withUrl);
    }
    return m_template->execute(dot, env);
}

QString AlertTemplate::expand(const Data &data, const TemplateEnvironment &env) const
{
    const Result<QString> r = execute(data, env);
    if (!r) {
        return QStringLiteral("<error expanding template: error executing template __alert_%1: %2>")
            .arg(m_ruleName, r.error().message);
    }
    return r.value();
}

} // namespace Wk
