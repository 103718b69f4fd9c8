#pragma once

#include "queryengine.h"

#include "models/config/workspace.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace Wk {

// The QueryEngine over a Prometheus-API server (Prometheus, Thanos, Mimir, VictoriaMetrics):
// /api/v1/query and /api/v1/query_range, sent as a GET or, when the URL would be long, as a
// form POST. Times are milliseconds here and seconds on the wire. Every answer (errors too)
// arrives from the event loop, never before the call returns; answers still in flight when
// the engine is destroyed are dropped.
class PrometheusEngine final : public QueryEngine
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 timeoutMs = 30'000; // for the whole request; also the server's evaluation limit
        QByteArray bearerToken;
        QString credentialsFile; // a bearer token read at each query; wins over bearerToken
        TlsConfig tls;
        int maxGetUrlBytes = 2048; // a request whose URL would be longer goes as a form POST
        qint64 maxBodyBytes = 256ll * 1024 * 1024;
    };

    // What goes on the wire for one query.
    struct Request
    {
        bool post = false;
        QUrl url;        // with the parameters in its query for a GET
        QByteArray body; // application/x-www-form-urlencoded parameters for a POST
    };
    using Params = QList<QPair<QString, QString>>;

    explicit PrometheusEngine(const QUrl &server, QObject *parent = nullptr);
    PrometheusEngine(const QUrl &server, const Options &options, QObject *parent = nullptr);
    ~PrometheusEngine() override;

    void instantQuery(const QString &expr, qint64 timeMs, Callback done) override;
    void rangeQuery(const QString &expr, qint64 startMs, qint64 endMs, qint64 stepMs,
                    Callback done) override;
    QString name() const override; // the server's URL without credentials

    const QUrl &server() const { return m_server; }
    const Options &options() const { return m_options; }
    int inFlightCount() const { return m_inFlight; }

    // The request for apiPath ("/api/v1/query") below the server's URL (which may have a path
    // prefix): a GET while its URL stays within maxGetUrlBytes, otherwise a form POST. Values
    // are percent-encoded completely, so "+" reaches the server as a plus, not a space.
    static Request buildRequest(const QUrl &server, const QString &apiPath, const Params &params,
                                int maxGetUrlBytes);
    // Decodes an answer of /api/v1/query (range = false) or /api/v1/query_range (range = true)
    // with the HTTP status it came with (0: not known). Error messages start with
    // "Prometheus at <serverName>: ". A range answer is sorted by labels.
    static QueryResult decodeResponse(const QByteArray &body, int httpStatus,
                                      const QString &serverName, bool range);
    // Milliseconds as the API's seconds: 1700000000123 -> "1700000000.123", 5000 -> "5".
    static QString formatSeconds(qint64 ms);
    // A sample value as the API writes it: a decimal number, "NaN", "+Inf" or "-Inf".
    static std::optional<double> parseValue(QStringView text);

private:
    void send(const QString &apiPath, const Params &params, bool range, Callback done);
    void answerLater(QueryResult result, Callback done);

    QUrl m_server;
    QString m_name;
    Options m_options;
    QNetworkAccessManager *m_network; // owned (child)
    int m_inFlight = 0;
};

} // namespace Wk
