#include "notificationhttpclient.h"

#include "models/config/tls.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

#include <memory>

namespace Wk {

namespace {

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::NotificationHttpClient)
};

constexpr qint64 MaxAnswerBytes = 64 * 1024;
constexpr qsizetype MaxExcerpt = 200;

// The start of an error answer on one line: Slack says "invalid_payload", PagerDuty names the
// invalid field. Secrets are redacted by the caller, who knows them.
QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(MaxExcerpt * 2)).simplified();
    if (text.size() > MaxExcerpt)
        text = text.left(MaxExcerpt - 1) + QChar(0x2026);
    return text;
}

QString networkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
        return Tr::tr("unreachable: connection refused");
    case QNetworkReply::HostNotFoundError:
        return Tr::tr("unreachable: host not found");
    case QNetworkReply::RemoteHostClosedError:
        return Tr::tr("unreachable: the server closed the connection");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return Tr::tr("unreachable: proxy error");
    case QNetworkReply::SslHandshakeFailedError:
        return Tr::tr("TLS handshake failed");
    default:
        return Tr::tr("network error %1").arg(int(e));
    }
}

} // namespace

NotificationHttpClient::NotificationHttpClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

NotificationHttpClient::~NotificationHttpClient() = default;

void NotificationHttpClient::post(const Request &request, Callback done)
{
    QNetworkRequest req(request.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(int(std::clamp<qint64>(request.timeoutMs, 1, 3'600'000)));
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Watchkeeper/" WK_VERSION));
    req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &h : request.headers)
        req.setRawHeader(h.first, h.second);
    if (request.url.scheme() == u"https") {
        req.setSslConfiguration(sslConfigurationFor(request.tls));
    }

    QNetworkReply *reply = m_network->post(req, request.body);
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, tooLarge](qint64 received, qint64) {
                if (received > MaxAnswerBytes && !*tooLarge) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this,
            [reply, tooLarge, timeoutMs = request.timeoutMs, done = std::move(done)] {
                std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owner(
                    reply, [](QNetworkReply *r) { r->deleteLater(); });
                NotificationAttempt a;
                a.code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const auto error = reply->error();
                const QString reason =
                    reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
                if (a.code >= 200 && a.code < 300) {
                    // Accepted; a long answer was cut short, but it is not needed.
                    a.status = NotificationAttempt::Status::Ok;
                } else if (a.code > 0) {
                    // An answer, even if cut short: its status decides.
                    a.retryAfter = reply->rawHeader("Retry-After");
                    const QString body = *tooLarge ? QString() : excerpt(reply->readAll());
                    a.error = Tr::tr("HTTP %1 %2").arg(a.code).arg(reason).trimmed();
                    if (!body.isEmpty())
                        a.error += QStringLiteral(": ") + body;
                    if (a.code >= 300 && a.code < 400)
                        a.error += Tr::tr(" (redirects are not followed)");
                    a.status = (a.code == 429 || a.code >= 500)
                                   ? NotificationAttempt::Status::Transient
                                   : NotificationAttempt::Status::Permanent;
                } else if (error == QNetworkReply::OperationCanceledError ||
                           error == QNetworkReply::TimeoutError) {
                    a.status = NotificationAttempt::Status::Transient;
                    a.error = Tr::tr("timeout after %1 s").arg(double(timeoutMs) / 1000.0);
                } else if (error == QNetworkReply::SslHandshakeFailedError) {
                    a.status = NotificationAttempt::Status::Permanent;
                    a.error = networkError(error);
                } else {
                    a.status = NotificationAttempt::Status::Transient;
                    a.error = networkError(error);
                }
                done(a);
            });
}

std::optional<qint64> NotificationHttpClient::retryAfterMs(const QByteArray &value, qint64 nowMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    QString text = QString::fromLatin1(v);
    text.remove(QStringLiteral(" GMT"));
    const QDateTime read =
        QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!read.isValid())
        return std::nullopt;
    const QDateTime at(read.date(), read.time(), Qt::UTC);
    return std::max<qint64>(0, at.toMSecsSinceEpoch() - nowMs);
}

} // namespace Wk
