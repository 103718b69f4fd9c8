#include "httpfetcher.h"

#include "models/config/tls.h"
#include "models/core/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>

#include <memory>

namespace Wk {

namespace {

// Tr::tr() for this file's free functions and helper classes, in a form lupdate reads with
// the same context as the program uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::HttpFetcher)
};

QString describeNetworkError(QNetworkReply::NetworkError e, const QString &qtText)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
        return Tr::tr("unreachable: connection refused");
    case QNetworkReply::HostNotFoundError:
        return Tr::tr("unreachable: host not found");
    case QNetworkReply::RemoteHostClosedError:
        return Tr::tr("unreachable: the server closed the connection");
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return Tr::tr("unreachable: %1").arg(qtText);
    case QNetworkReply::TooManyRedirectsError:
        return Tr::tr("too many redirects");
    case QNetworkReply::InsecureRedirectError:
        return Tr::tr("refused an insecure redirect (https to http)");
    case QNetworkReply::SslHandshakeFailedError:
        return Tr::tr("TLS handshake failed: %1").arg(qtText);
    default:
        return qtText;
    }
}

} // namespace

HttpFetcher::HttpFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

HttpFetcher::~HttpFetcher() = default;

void HttpFetcher::get(const FetchRequest &request, Callback done)
{
    QNetworkRequest req(request.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setMaximumRedirectsAllowed(request.maxRedirects);
    req.setTransferTimeout(int(std::clamp<qint64>(request.timeoutMs, 1, 3'600'000)));
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Watchkeeper/" WK_VERSION));
    if (!request.accept.isEmpty())
        req.setRawHeader("Accept", request.accept);
    if (!request.bearerToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + request.bearerToken);
    if (request.url.scheme() == u"https") {
        req.setSslConfiguration(sslConfigurationFor(request.tls));
    }

    QNetworkReply *reply = m_network->get(req);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto tooLarge = std::make_shared<bool>(false);
    const qint64 cap = request.maxBodyBytes;

    // Abort as soon as the announced or received size passes the cap, before buffering it all.
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, cap, tooLarge] {
        const QVariant len = reply->header(QNetworkRequest::ContentLengthHeader);
        if (len.isValid() && len.toLongLong() > cap) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, cap, tooLarge](qint64 received, qint64) {
                if (received > cap && !*tooLarge) {
                    *tooLarge = true;
                    reply->abort();
                }
            });

    connect(reply, &QNetworkReply::finished, this,
            [reply, timer, tooLarge, cap, timeoutMs = request.timeoutMs, done = std::move(done)] {
                std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owner(
                    reply, [](QNetworkReply *r) { r->deleteLater(); });
                FetchResult r;
                r.durationMs = timer->elapsed();
                r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
                const auto error = reply->error();
                if (*tooLarge) {
                    r.status = FetchResult::Status::TooLarge;
                    r.errorString = Tr::tr("response larger than the %1 MiB limit")
                                        .arg(double(cap) / (1024 * 1024), 0, 'g', 3);
                } else if (error == QNetworkReply::OperationCanceledError ||
                           error == QNetworkReply::TimeoutError) {
                    r.status = FetchResult::Status::Timeout;
                    r.errorString = Tr::tr("timeout after %1 s").arg(double(timeoutMs) / 1000.0);
                } else if (error == QNetworkReply::TooManyRedirectsError ||
                           error == QNetworkReply::InsecureRedirectError) {
                    r.status = FetchResult::Status::Redirects;
                    r.errorString = describeNetworkError(error, reply->errorString());
                } else if (error == QNetworkReply::SslHandshakeFailedError) {
                    r.status = FetchResult::Status::TlsError;
                    r.errorString = describeNetworkError(error, reply->errorString());
                } else if (r.httpStatus >= 300 ||
                           (error >= QNetworkReply::ContentAccessDenied &&
                            error <= QNetworkReply::UnknownServerError && r.httpStatus > 0)) {
                    r.status = FetchResult::Status::HttpError;
                    const QString reason =
                        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
                    r.errorString = Tr::tr("HTTP %1 %2").arg(r.httpStatus).arg(reason).trimmed();
                } else if (error != QNetworkReply::NoError) {
                    r.status = (error <= QNetworkReply::UnknownNetworkError &&
                                error != QNetworkReply::OperationCanceledError)
                                   ? FetchResult::Status::Unreachable
                                   : FetchResult::Status::Other;
                    r.errorString = describeNetworkError(error, reply->errorString());
                } else {
                    r.body = reply->readAll();
                    if (r.body.size() > cap) {
                        r.status = FetchResult::Status::TooLarge;
                        r.body.clear();
                        r.errorString = Tr::tr("response larger than the %1 MiB limit")
                                            .arg(double(cap) / (1024 * 1024), 0, 'g', 3);
                    } else {
                        r.status = FetchResult::Status::Ok;
                    }
                }
                qCDebug(lcSources)
                    << reply->url().toDisplayString(QUrl::RemoveUserInfo)
                    << (r.ok() ? QStringLiteral("ok") : r.errorString) << r.durationMs << "ms";
                done(r);
            });
}

} // namespace Wk
