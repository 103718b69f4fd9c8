#pragma once

#include "notificationattempt.h"

#include "models/config/workspace.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Wk {

// POSTs a notification payload: a timeout, no redirects (a webhook that moved is an error to
// fix, not to follow with a secret), a capped answer, one-line errors that never hold the URL.
class NotificationHttpClient final : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QUrl url;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 timeoutMs = 10'000;
        TlsConfig tls;
    };
    using Callback = std::function<void(const NotificationAttempt &)>;

    explicit NotificationHttpClient(QObject *parent = nullptr);
    ~NotificationHttpClient() override;

    // The callback runs exactly once, from the event loop.
    void post(const Request &request, Callback done);

    // Retry-After as seconds or an HTTP date, as a wait from nowMs; nullopt when absent or
    // unreadable.
    static std::optional<qint64> retryAfterMs(const QByteArray &value, qint64 nowMs);

private:
    QNetworkAccessManager *m_network; // owned (child)
};

} // namespace Wk
