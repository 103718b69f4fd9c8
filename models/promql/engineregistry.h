#pragma once

#include "prometheusengine.h"

#include "models/core/result.h"

#include <QObject>
#include <QUrl>

#include <map>
#include <memory>

namespace Wk {

// Which QueryEngine answers a dashboard. A dashboard's `engine` is empty or "local" (the local
// engine), "prometheus" (the workspace's default Prometheus) or a Prometheus URL. One
// PrometheusEngine per server URL is created on first use and kept, so dashboards that name
// the same server share its connections.
class EngineRegistry final : public QObject
{
    Q_OBJECT
public:
    explicit EngineRegistry(QueryEngine *localEngine, QObject *parent = nullptr);
    ~EngineRegistry() override;

    QueryEngine *localEngine() const { return m_local; }

    // Timeout, token and TLS for the Prometheus engines created from now on.
    void setPrometheusOptions(const PrometheusEngine::Options &options);
    const PrometheusEngine::Options &prometheusOptions() const { return m_options; }
    // The server `engine: prometheus` means (the workspace's `prometheus:`); empty: none.
    void setDefaultPrometheus(const QUrl &url);
    QUrl defaultPrometheus() const { return m_defaultPrometheus; }

    // The engine for a dashboard's engine field, or an error naming the value.
    Result<QueryEngine *> engineFor(const QString &engine);
    // The Prometheus engines created so far, in URL order.
    QList<PrometheusEngine *> prometheusEngines() const;

    // An http(s) URL with a host, without query or fragment, and its trailing slashes dropped;
    // or an error saying what is wrong with it.
    static Result<QUrl> prometheusUrl(const QString &text);

private:
    QueryEngine *m_local; // not owned
    PrometheusEngine::Options m_options;
    QUrl m_defaultPrometheus;
    std::map<QString, std::unique_ptr<PrometheusEngine>> m_remote; // by normalised URL
};

} // namespace Wk
