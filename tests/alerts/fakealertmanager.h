#pragma once

#include "models/alerts/alertmanagercodec.h"
#include "models/core/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A loopback stand-in for Alertmanager's API v2, on the test's clock: alert groups with
// silencedBy computed from its silences, and silences with Alertmanager's create / update /
// replace and expire rules (including its 500 for an unknown id on DELETE). failWith makes every
// answer that HTTP status.
class FakeAlertmanager : public QTcpServer
{
public:
    explicit FakeAlertmanager(Wk::Clock *clock)
        : m_clock(clock)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, s, [this, s] { onData(s); });
            }
        });
        listen(QHostAddress::LocalHost);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

    QList<Wk::Alert> alerts;
    QList<Wk::Silence> silences;
    QStringList requests; // "METHOD PATH"
    int failWith = 0;

    const Wk::Silence *silence(const QString &id) const
    {
        for (const Wk::Silence &s : silences) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = buf.left(headerEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buf.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = buf.mid(headerEnd + 4, length);
        const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
        m_buffers.remove(s);
        const QString method = QString::fromLatin1(requestLine.value(0));
        const QString path = QString::fromLatin1(requestLine.value(1));
        requests << method + u' ' + path;
        int status = 200;
        QByteArray answer = handle(method, path, body, status);
        if (failWith) {
            status = failWith;
            answer = "\"failing on purpose\"";
        }
        const QByteArray reason = status == 200 ? "OK" : "Error";
        s->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                 "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                 QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
        s->flush();
        s->disconnectFromHost();
    }

    QByteArray handle(const QString &method, const QString &path, const QByteArray &body,
                      int &status)
    {
        using Wk::AlertmanagerCodec;
        const qint64 now = m_clock->nowMs();
        if (method == u"GET" && path == u"/api/v2/alerts/groups") {
            QJsonArray list;
            for (const Wk::Alert &a : std::as_const(alerts)) {
                QJsonArray silencedBy;
                for (const Wk::Silence &s : std::as_const(silences)) {
                    if (s.isActiveAt(now) && s.matches(a.labels))
                        silencedBy.append(s.id);
                }
                list.append(QJsonObject{
                    {QStringLiteral("labels"), AlertmanagerCodec::labelsToJson(a.labels)},
                    {QStringLiteral("annotations"), AlertmanagerCodec::mapToJson(a.annotations)},
                    {QStringLiteral("fingerprint"), Wk::Alert::fingerprintToString(a.id)},
                    {QStringLiteral("startsAt"), AlertmanagerCodec::formatTime(a.activeAtMs)},
                    {QStringLiteral("endsAt"), AlertmanagerCodec::formatTime(now + 300'000)},
                    {QStringLiteral("updatedAt"), AlertmanagerCodec::formatTime(now)},
                    {QStringLiteral("receivers"),
                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("null")}}}},
                    {QStringLiteral("status"),
                     QJsonObject{{QStringLiteral("state"), silencedBy.isEmpty()
                                                               ? QStringLiteral("active")
                                                               : QStringLiteral("suppressed")},
                                 {QStringLiteral("silencedBy"), silencedBy},
                                 {QStringLiteral("inhibitedBy"), QJsonArray()}}}});
            }
            return QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("alerts"), list}}})
                .toJson(QJsonDocument::Compact);
        }
        if (method == u"GET" && path == u"/api/v2/silences") {
            QJsonArray list;
            for (const Wk::Silence &s : std::as_const(silences)) {
                list.append(QJsonObject{
                    {QStringLiteral("id"), s.id},
                    {QStringLiteral("status"),
                     QJsonObject{
                         {QStringLiteral("state"), Wk::Silence::stateName(s.stateAt(now))}}},
                    {QStringLiteral("updatedAt"), AlertmanagerCodec::formatTime(s.updatedAtMs)},
                    {QStringLiteral("matchers"), AlertmanagerCodec::matchersToJson(s.matchers)},
                    {QStringLiteral("startsAt"), AlertmanagerCodec::formatTime(s.startsAtMs)},
                    {QStringLiteral("endsAt"), AlertmanagerCodec::formatTime(s.endsAtMs)},
                    {QStringLiteral("createdBy"), s.createdBy},
                    {QStringLiteral("comment"), s.comment}});
            }
            return QJsonDocument(list).toJson(QJsonDocument::Compact);
        }
        if (method == u"POST" && path == u"/api/v2/silences") {
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            Wk::Silence s;
            s.id = o.value(QLatin1String("id")).toString();
            s.matchers =
                AlertmanagerCodec::matchersFromJson(o.value(QLatin1String("matchers")).toArray())
                    .value();
            s.startsAtMs =
                *AlertmanagerCodec::parseTime(o.value(QLatin1String("startsAt")).toString());
            s.endsAtMs = *AlertmanagerCodec::parseTime(o.value(QLatin1String("endsAt")).toString());
            s.createdBy = o.value(QLatin1String("createdBy")).toString();
            s.comment = o.value(QLatin1String("comment")).toString();
            s.updatedAtMs = now;
            if (!s.id.isEmpty()) {
                Wk::Silence *prev = nullptr;
                for (Wk::Silence &x : silences) {
                    if (x.id == s.id)
                        prev = &x;
                }
                if (!prev) {
                    status = 404;
                    return "\"silence not found\"";
                }
                if (prev->matchers == s.matchers && prev->isActiveAt(now) &&
                    prev->startsAtMs == s.startsAtMs && s.endsAtMs >= now) {
                    *prev = s;
                    return QJsonDocument(QJsonObject{{QStringLiteral("silenceID"), s.id}})
                        .toJson(QJsonDocument::Compact);
                }
                if (prev->stateAt(now) != Wk::Silence::State::Expired)
                    prev->endsAtMs = now;
            }
            s.id = QStringLiteral("sil-%1").arg(++m_next);
            s.startsAtMs = std::max(s.startsAtMs, now);
            silences << s;
            return QJsonDocument(QJsonObject{{QStringLiteral("silenceID"), s.id}})
                .toJson(QJsonDocument::Compact);
        }
        if (method == u"DELETE" && path.startsWith(QLatin1String("/api/v2/silence/"))) {
            const QString id = path.mid(16);
            for (Wk::Silence &x : silences) {
                if (x.id != id)
                    continue;
                if (x.stateAt(now) == Wk::Silence::State::Pending)
                    x.startsAtMs = now;
                if (x.stateAt(now) != Wk::Silence::State::Expired)
                    x.endsAtMs = now;
                return {};
            }
            status = 500; // as Alertmanager 0.25 answers
            return "\"silence " + id.toUtf8() + " not found\"";
        }
        status = 404;
        return "\"not found\"";
    }

    Wk::Clock *m_clock;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_next = 0;
};
