#include "alertmanagerclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Wk {

AlertmanagerClient::AlertmanagerClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_base(baseUrl)
    , m_nam(new QNetworkAccessManager(this))
{}

AlertmanagerClient::~AlertmanagerClient() = default;

void AlertmanagerClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                              RawCallback done)
{
    QUrl url = m_base;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        QString error;
        if (reply->error() != QNetworkReply::NoError && status == 0)
            error = reply->errorString();
        done(status, data, error);
    });
}

Error AlertmanagerClient::failure(int status, const QByteArray &body, const QString &error) const
{
    const QString where = m_base.toString(QUrl::RemoveUserInfo);
    if (!error.isEmpty())
        return Error(tr("Alertmanager at %1: %2").arg(where, error));
    // Alertmanager writes its errors as a JSON string.
    QString text = QString::fromUtf8(body).trimmed();
    const QJsonDocument doc = QJsonDocument::fromJson("[" + body + "]");
    if (doc.isArray() && doc.array().size() == 1 && doc.array().at(0).isString())
        text = doc.array().at(0).toString();
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("...");
    return Error(tr("Alertmanager at %1: HTTP %2: %3").arg(where).arg(status).arg(text));
}

void AlertmanagerClient::fetchAlertGroups(Callback<QList<RemoteAlert>> done)
{
    send("GET", QStringLiteral("/api/v2/alerts/groups"), {},
         [this, done](int status, const QByteArray &body, const QString &error) {
             if (status != 200)
                 return done(failure(status, body, error));
             Result<QList<RemoteAlert>> r = AlertmanagerCodec::decodeAlertGroups(body);
             if (!r)
                 return done(failure(status, {}, r.error().message));
             done(r);
         });
}

void AlertmanagerClient::fetchSilences(Callback<QList<Silence>> done)
{
    send("GET", QStringLiteral("/api/v2/silences"), {},
         [this, done](int status, const QByteArray &body, const QString &error) {
             if (status != 200)
                 return done(failure(status, body, error));
             Result<QList<Silence>> r = AlertmanagerCodec::decodeSilences(body);
             if (!r)
                 return done(failure(status, {}, r.error().message));
             done(r);
         });
}

void AlertmanagerClient::postSilence(const Silence &silence, Callback<QString> done)
{
    send("POST", QStringLiteral("/api/v2/silences"), AlertmanagerCodec::encodeSilence(silence),
         [this, done](int status, const QByteArray &body, const QString &error) {
             if (status != 200)
                 return done(failure(status, body, error));
             Result<QString> r = AlertmanagerCodec::decodeSilenceId(body);
             if (!r)
                 return done(failure(status, {}, r.error().message));
             done(r);
         });
}

void AlertmanagerClient::expireSilence(const QString &id, DoneCallback done)
{
    send("DELETE", QStringLiteral("/api/v2/silence/") + id, {},
         [this, done](int status, const QByteArray &body, const QString &error) {
             if (status != 200)
                 return done(failure(status, body, error));
             done(std::nullopt);
         });
}

void AlertmanagerClient::postAlerts(const QByteArray &body, DoneCallback done)
{
    send("POST", QStringLiteral("/api/v2/alerts"), body,
         [this, done](int status, const QByteArray &answer, const QString &error) {
             if (status != 200)
                 return done(failure(status, answer, error));
             done(std::nullopt);
         });
}

} // namespace Wk
