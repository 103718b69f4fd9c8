#pragma once

#include "models/config/workspace.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Wk {

// What one HTTP poll produced: the body, or a one-line reason it failed.
struct FetchResult
{
    enum class Status {
        Ok,
        Unreachable, // connection refused, host not found, network down
        Timeout,
        HttpError, // a non-2xx status
        TooLarge,  // over the target's size cap, aborted while streaming
        Redirects, // a redirect loop or too many redirects
        TlsError,
        Other,
    };

    Status status = Status::Other;
    int httpStatus = 0;
    QString contentType;
    QByteArray body;
    QString errorString; // "unreachable: connection refused", "HTTP 503 Service Unavailable"
    qint64 durationMs = 0;

    bool ok() const { return status == Status::Ok; }
};

struct FetchRequest
{
    QUrl url;
    qint64 timeoutMs = 10'000;
    qint64 maxBodyBytes = 10ll * 1024 * 1024;
    QByteArray accept;
    QByteArray bearerToken;
    TlsConfig tls;
    int maxRedirects = 5;
};

// GETs with a timeout, a streaming size cap and clear one-line errors. Never blocks.
class HttpFetcher final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const FetchResult &)>;

    explicit HttpFetcher(QObject *parent = nullptr);
    ~HttpFetcher() override;

    // The callback runs exactly once, from the event loop.
    void get(const FetchRequest &request, Callback done);

    QNetworkAccessManager *network() const { return m_network; } // owned

private:
    QNetworkAccessManager *m_network; // owned (child)
};

} // namespace Wk
