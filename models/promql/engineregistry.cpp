#include "engineregistry.h"

#include <QCoreApplication>

namespace Wk {

EngineRegistry::EngineRegistry(QueryEngine *localEngine, QObject *parent)
    : QObject(parent)
    , m_local(localEngine)
{}

EngineRegistry::~EngineRegistry() = default;

void EngineRegistry::setPrometheusOptions(const PrometheusEngine::Options &options)
{
    m_options = options;
}

void EngineRegistry::setDefaultPrometheus(const QUrl &url)
{
    m_defaultPrometheus = url;
}

Result<QUrl> EngineRegistry::prometheusUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
        url.host().isEmpty()) {
        return Error(tr("engine \"%1\": expected \"local\", \"prometheus\" or a Prometheus URL "
                        "(http:// or https://)")
                         .arg(text));
    }
    if (url.hasQuery() || url.hasFragment()) {
        return Error(
            tr("engine \"%1\": a Prometheus URL has no query or fragment; give the server's "
               "base URL (the part before /api/v1)")
                .arg(text));
    }
    QUrl normalised = url.adjusted(QUrl::NormalizePathSegments);
    QString path = normalised.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    normalised.setPath(path);
    return normalised;
}

Result<QueryEngine *> EngineRegistry::engineFor(const QString &engine)
{
    const QString spec = engine.trimmed();
    if (spec.isEmpty() || spec == u"local") {
        if (!m_local)
            return Error(tr("engine \"local\": no local engine in this session"));
        return m_local;
    }
    QUrl url;
    if (spec == u"prometheus") {
        if (m_defaultPrometheus.isEmpty()) {
            return Error(tr("engine \"prometheus\": the workspace names no Prometheus server "
                            "(prometheus: URL)"));
        }
        Result<QUrl> checked = prometheusUrl(m_defaultPrometheus.toString());
        if (!checked)
            return checked.error();
        url = checked.value();
    } else {
        Result<QUrl> checked = prometheusUrl(spec);
        if (!checked)
            return checked.error();
        url = checked.value();
    }
    const QString key = url.toString(QUrl::FullyEncoded);
    auto it = m_remote.find(key);
    if (it == m_remote.end())
        it = m_remote.emplace(key, std::make_unique<PrometheusEngine>(url, m_options)).first;
    return static_cast<QueryEngine *>(it->second.get());
}

QList<PrometheusEngine *> EngineRegistry::prometheusEngines() const
{
    QList<PrometheusEngine *> list;
    for (const auto &[key, engine] : m_remote)
        list.append(engine.get());
    return list;
}

} // namespace Wk
