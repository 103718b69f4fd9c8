#pragma once

#include "alertmanagercodec.h"

#include "models/core/result.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Wk {

// Alertmanager's API v2 over HTTP: alert groups, silences (list, create or update, delete) and
// posting alerts. Asynchronous; every callback runs once, from the event loop, with the decoded
// answer or an error naming the server ("Alertmanager at URL: HTTP 500: ...").
class AlertmanagerClient final : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;
    using DoneCallback = std::function<void(const std::optional<Error> &)>;

    explicit AlertmanagerClient(const QUrl &baseUrl, QObject *parent = nullptr);
    ~AlertmanagerClient() override;

    const QUrl &baseUrl() const { return m_base; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void fetchAlertGroups(Callback<QList<RemoteAlert>> done);
    void fetchSilences(Callback<QList<Silence>> done);
    // POST /api/v2/silences; the answer is the id in force (a new one when Alertmanager
    // replaced the silence).
    void postSilence(const Silence &silence, Callback<QString> done);
    // DELETE /api/v2/silence/{id}. Alertmanager answers 500 for an unknown id and 200 for an
    // expired one; both reach the callback as they are (error, success).
    void expireSilence(const QString &id, DoneCallback done);
    // POST /api/v2/alerts with a body from AlertmanagerCodec::encodeAlerts().
    void postAlerts(const QByteArray &body, DoneCallback done);

private:
    using RawCallback =
        std::function<void(int status, const QByteArray &body, const QString &error)>;
    void send(const QByteArray &verb, const QString &path, const QByteArray &body,
              RawCallback done);
    Error failure(int status, const QByteArray &body, const QString &error) const;

    QUrl m_base;
    int m_timeoutMs = 10'000;
    QNetworkAccessManager *m_nam; // owned (child)
};

} // namespace Wk
