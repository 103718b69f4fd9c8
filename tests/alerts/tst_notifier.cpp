#include "models/alerts/notificationconfigloader.h"
#include "models/alerts/notificationdeliverymodel.h"
#include "models/alerts/notificationhttpclient.h"
#include "models/alerts/notificationoutbox.h"
#include "models/alerts/notificationtray.h"
#include "models/alerts/notifier.h"
#include "models/alerts/ruleloader.h"
#include "models/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Wk;

namespace {

const qint64 Start = QDateTime(QDate(2024, 1, 15), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 Second = 1000;
const qint64 Minute = 60 * Second;

// Secrets the tests plant; none may show up in a log line, a model row or an error.
const char SlackSecretPath[] = "/services/T0001/B0001/SlackSecretToken42";
const char RoutingKey[] = "PdRoutingKeySecret0123456789abcd";
const char WebhookSecretPath[] = "/hooks/WebhookSecretPath77";
const char SmsSecretPath[] = "/sms/SmsGatewaySecret55";

// A loopback HTTP server that records each request and answers from a script per path
// (default: 202 with PagerDuty's success body).
class Receiver : public QTcpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    QList<Request> requests;
    QHash<QByteArray, QList<QByteArray>> script;

    Receiver()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                s->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    serve(s, *buffer);
                });
            }
        });
    }

    QUrl url(const QByteArray &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2")
                        .arg(serverPort())
                        .arg(QString::fromLatin1(path)));
    }

    QList<Request> to(const QByteArray &path) const
    {
        QList<Request> out;
        for (const Request &r : requests) {
            if (r.path == path)
                out << r;
        }
        return out;
    }

    static QByteArray answer(int status, const QByteArray &reason, const QByteArray &body = {},
                             const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
               "\r\nContent-Type: application/json\r\nConnection: close\r\n" + extraHeaders +
               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private:
    void serve(QTcpSocket *s, QByteArray &buffer)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request r;
        const QByteArrayList lines = buffer.left(end).split('\n');
        const QByteArrayList first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                 lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        requests << r;
        QList<QByteArray> &queue = script[r.path];
        const QByteArray reply =
            queue.isEmpty()
                ? answer(202, "Accepted", R"({"status":"success","message":"Event processed"})")
                : queue.takeFirst();
        s->write(reply);
        s->flush();
        s->disconnectFromHost();
    }
};

// A loopback SMTP relay that answers each command from a table and keeps the messages.
class FakeSmtp : public QTcpServer
{
public:
    QStringList commands;
    QList<QByteArray> messages;
    QHash<QByteArray, QByteArray> replies; // command verb -> reply line, overriding the default

    FakeSmtp()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                s->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                auto inData = std::make_shared<bool>(false);
                s->write("220 fake.example ESMTP ready\r\n");
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer, inData] {
                    *buffer += s->readAll();
                    converse(s, *buffer, *inData);
                });
            }
        });
    }

private:
    void converse(QTcpSocket *s, QByteArray &buffer, bool &inData)
    {
        while (true) {
            if (inData) {
                const qsizetype end = buffer.indexOf("\r\n.\r\n");
                if (end < 0)
                    return;
                messages << buffer.left(end + 2);
                buffer.remove(0, end + 5);
                inData = false;
                s->write(replies.value("BODY", "250 2.0.0 queued as 1"));
                s->write("\r\n");
                continue;
            }
            const qsizetype end = buffer.indexOf("\r\n");
            if (end < 0)
                return;
            const QByteArray line = buffer.left(end);
            buffer.remove(0, end + 2);
            commands << QString::fromUtf8(line);
            const QByteArray verb = line.split(' ').value(0).split(':').value(0).toUpper();
            QByteArray reply;
            if (verb == "EHLO")
                reply = "250-fake.example\r\n250 8BITMIME";
            else if (verb == "DATA")
                reply = "354 go ahead";
            else if (verb == "QUIT")
                reply = "221 bye";
            else
                reply = "250 ok";
            reply = replies.value(verb, reply);
            if (verb == "DATA" && reply.startsWith("354"))
                inData = true;
            s->write(reply + "\r\n");
            if (verb == "QUIT")
                s->disconnectFromHost();
        }
    }
};

Alert makeAlert(const QString &name, const QString &severity, const QString &channels,
                const QString &instance = QStringLiteral("db:5432"))
{
    Alert a;
    a.ruleName = name;
    a.groupName = QStringLiteral("cloudgreet-critical");
    a.state = Alert::State::Firing;
    a.labels = Labels{{QStringLiteral("alertname"), name},
                      {QStringLiteral("channels"), channels},
                      {QStringLiteral("instance"), instance},
                      {QStringLiteral("job"), QStringLiteral("cloudgreet")},
                      {QStringLiteral("severity"), severity}};
    a.annotations.insert(QStringLiteral("summary"), name + QStringLiteral(" on ") + instance);
    a.annotations.insert(QStringLiteral("description"), QStringLiteral("Something is wrong."));
    a.annotations.insert(QStringLiteral("runbook_url"),
                         QStringLiteral("https://runbooks.example.com/") + name);
    a.id = Alert::fingerprint(a.labels);
    a.activeAtMs = Start - 5 * Minute;
    a.firedAtMs = Start;
    a.value = 1;
    return a;
}

Alert resolvedCopy(Alert a, qint64 atMs)
{
    a.state = Alert::State::Inactive;
    a.resolvedAtMs = atMs;
    return a;
}

// Collects every log line while alive.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &msg) { s_lines << msg; });
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    static QStringList lines() { return s_lines; }

private:
    static inline QStringList s_lines;
    QtMessageHandler m_previous;
};

struct Rig
{
    ManualClock clock{Start};
    Receiver http;
    FakeSmtp smtp;
    QTemporaryDir dir;
    std::unique_ptr<Notifier> notifier;
    QString error;

    // The standard channels plus extra YAML list entries.
    bool start(const QByteArray &extra = {}, bool standard = true)
    {
        if (!http.listen(QHostAddress::LocalHost) || !smtp.listen(QHostAddress::LocalHost))
            return false;
        qputenv("WK_NOTIFY_SLACK_URL", http.url(SlackSecretPath).toEncoded());
        qputenv("WK_NOTIFY_SMS_URL", http.url(SmsSecretPath).toEncoded());
        const auto write = [this](const char *name, const QByteArray &content) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            return f.open(QIODevice::WriteOnly) && f.write(content + "\n") > 0;
        };
        if (!write("pd-key", RoutingKey) ||
            !write("webhook-url", http.url(WebhookSecretPath).toEncoded()))
            return false;
        QByteArray yaml = "notifications:\n"
                          "  external_url: https://watchkeeper.example.com\n"
                          "  channels:\n";
        if (standard) {
            yaml += "    - name: slack-critical\n"
                    "      type: slack\n"
                    "      severities: [critical]\n"
                    "      channel: '#alerts-critical'\n"
                    "      url: ${WK_NOTIFY_SLACK_URL}\n"
                    "    - name: pagerduty\n"
                    "      type: pagerduty\n"
                    "      severities: [critical]\n"
                    "      url: " +
                    http.url("/v2/enqueue").toEncoded() +
                    "\n"
                    "      routing_key_file: pd-key\n"
                    "    - name: ops-webhook\n"
                    "      type: webhook\n"
                    "      url_file: webhook-url\n"
                    "    - name: sms-oncall\n"
                    "      type: sms\n"
                    "      severities: [critical]\n"
                    "      url: ${WK_NOTIFY_SMS_URL}\n"
                    "      to: ['+15550100']\n"
                    "    - name: mail\n"
                    "      type: email\n"
                    "      smarthost: 127.0.0.1:" +
                    QByteArray::number(smtp.serverPort()) +
                    "\n"
                    "      from: watchkeeper@example.com\n"
                    "      to: [ops@example.com]\n"
                    // No reminder timers on the clock: these tests count the notifier's own.
                    "    - {name: desktop, type: desktop, repeat_sound: []}\n";
        }
        yaml += extra;
        auto config =
            NotificationConfigLoader::loadText(yaml, dir.filePath(QStringLiteral("workspace.yml")));
        if (!config) {
            error = config.error().toString();
            return false;
        }
        notifier = std::make_unique<Notifier>(&clock);
        notifier->setConfig(config.value());
        return true;
    }

    NotificationDeliveryModel *log() const { return notifier->deliveries(); }

    // The outcomes logged for a channel, in order, as their stable names.
    QStringList outcomes(const QString &channel) const
    {
        QStringList out;
        for (const NotificationDelivery &d : log()->deliveries()) {
            if (d.channel == channel)
                out << NotificationDelivery::outcomeName(d.outcome);
        }
        return out;
    }
    const NotificationDelivery *last(const QString &channel) const
    {
        const auto &rows = log()->deliveries();
        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            if (rows[i].channel == channel)
                return &rows[i];
        }
        return nullptr;
    }
};

} // namespace

class TestNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slackPayloadAtTheReceiver()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        const Alert a = makeAlert(QStringLiteral("DatabaseUnavailable"), QStringLiteral("critical"),
                                  QStringLiteral("slack"));
        rig.notifier->notifyFiring(a);
        QTRY_COMPARE(rig.outcomes(QStringLiteral("slack-critical")), QStringList{"sent"});
        QCOMPARE(rig.http.requests.size(), 1);
        const Receiver::Request &r = rig.http.requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray(SlackSecretPath));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject m = r.json();
        QCOMPARE(m[u"channel"].toString(), QStringLiteral("#alerts-critical"));
        QCOMPARE(m[u"text"].toString(),
                 QStringLiteral("[FIRING] CRITICAL DatabaseUnavailable: DatabaseUnavailable on "
                                "db:5432"));
        const QJsonObject att = m[u"attachments"][0].toObject();
        QCOMPARE(att[u"color"].toString(), QStringLiteral("#D00000"));
        const QJsonArray blocks = att[u"blocks"].toArray();
        QCOMPARE(blocks[0][u"type"].toString(), QStringLiteral("header"));
        QCOMPARE(blocks[1][u"text"][u"text"].toString(),
                 QStringLiteral("*DatabaseUnavailable on db:5432*\nSomething is wrong."));
        QCOMPARE(blocks[2][u"fields"][0][u"text"].toString(),
                 QStringLiteral("*Severity*\nCRITICAL"));
        QVERIFY(blocks[3][u"elements"][0][u"text"].toString().contains(u"`instance=db:5432`"));
        QCOMPARE(blocks[4][u"elements"][0][u"url"].toString(),
                 QStringLiteral("https://runbooks.example.com/DatabaseUnavailable"));
        // The desktop heard of it too.
        QCOMPARE(rig.outcomes(QStringLiteral("desktop")), QStringList{"sent"});
        QCOMPARE(rig.notifier->tray()->unacknowledgedCount(), 1);
    }

    // Another desktop of the team holds the notifier lease: nothing goes to Slack from here,
    // the delivery log says why, and the desktop still shows the alert. With the lease back,
    // the next notification goes.
    void externalDeliveryLeftToTheLeaseHolder()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        rig.notifier->setExternalDelivery(false);
        const Alert a = makeAlert(QStringLiteral("DatabaseUnavailable"), QStringLiteral("critical"),
                                  QStringLiteral("slack"));
        rig.notifier->notifyFiring(a);
        QCOMPARE(rig.outcomes(QStringLiteral("slack-critical")), QStringList{"delegated"});
        QCOMPARE(rig.outcomes(QStringLiteral("desktop")), QStringList{"sent"});
        QTest::qWait(50);
        QCOMPARE(rig.http.requests.size(), 0);
        rig.notifier->setExternalDelivery(true);
        rig.notifier->notifyFiring(makeAlert(QStringLiteral("SystemDown"),
                                             QStringLiteral("critical"), QStringLiteral("slack")));
        QTRY_COMPARE(rig.outcomes(QStringLiteral("slack-critical")),
                     (QStringList{"delegated", "sent"}));
        QCOMPARE(rig.http.requests.size(), 1);
    }

    void pagerDutyTriggerAcknowledgeResolve()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        const Alert a = makeAlert(QStringLiteral("SystemDown"), QStringLiteral("critical"),
                                  QStringLiteral("pagerduty"));
        rig.notifier->notifyFiring(a);
        QTRY_COMPARE(rig.http.to("/v2/enqueue").size(), 1);
        rig.clock.advance(4 * Minute);
        rig.notifier->notifyAcknowledged(a, QStringLiteral("alice"), QStringLiteral("on it"));
        QTRY_COMPARE(rig.http.to("/v2/enqueue").size(), 2);
        rig.clock.advance(6 * Minute);
        rig.notifier->notifyResolved(resolvedCopy(a, rig.clock.nowMs()));
        QTRY_COMPARE(rig.http.to("/v2/enqueue").size(), 3);
        QTRY_COMPARE(rig.outcomes(QStringLiteral("pagerduty")),
                     (QStringList{"sent", "sent", "sent"}));

        const auto events = rig.http.to("/v2/enqueue");
        const QJsonObject trigger = events[0].json();
        QCOMPARE(trigger[u"routing_key"].toString(), QString::fromLatin1(RoutingKey));
        QCOMPARE(trigger[u"event_action"].toString(), QStringLiteral("trigger"));
        const QString dedup = trigger[u"dedup_key"].toString();
        QVERIFY(dedup.startsWith(u"watchkeeper-"));
        const QJsonObject payload = trigger[u"payload"].toObject();
        QCOMPARE(payload[u"summary"].toString(), QStringLiteral("SystemDown on db:5432"));
        QCOMPARE(payload[u"source"].toString(), QStringLiteral("db:5432"));
        QCOMPARE(payload[u"severity"].toString(), QStringLiteral("critical"));
        QCOMPARE(payload[u"timestamp"].toString(), QStringLiteral("2024-01-15T12:00:00Z"));
        QCOMPARE(payload[u"custom_details"][u"labels"][u"alertname"].toString(),
                 QStringLiteral("SystemDown"));
        QCOMPARE(payload[u"custom_details"][u"annotations"][u"description"].toString(),
                 QStringLiteral("Something is wrong."));

        const QJsonObject ack = events[1].json();
        QCOMPARE(ack[u"event_action"].toString(), QStringLiteral("acknowledge"));
        QCOMPARE(ack[u"dedup_key"].toString(), dedup);
        QCOMPARE(ack[u"routing_key"].toString(), QString::fromLatin1(RoutingKey));
        const QJsonObject resolve = events[2].json();
        QCOMPARE(resolve[u"event_action"].toString(), QStringLiteral("resolve"));
        QCOMPARE(resolve[u"dedup_key"].toString(), dedup);
    }

    void alertmanagerWebhookAtTheReceiver()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        const Alert a = makeAlert(QStringLiteral("DiskSpaceWarning"), QStringLiteral("medium"),
                                  QStringLiteral("webhook"), QStringLiteral("node-1:9100"));
        rig.notifier->notifyFiring(a);
        QTRY_COMPARE(rig.http.to(WebhookSecretPath).size(), 1);
        rig.clock.advance(20 * Minute);
        rig.notifier->notifyResolved(resolvedCopy(a, rig.clock.nowMs()));
        QTRY_COMPARE(rig.http.to(WebhookSecretPath).size(), 2);

        const QJsonObject w = rig.http.to(WebhookSecretPath)[0].json();
        QCOMPARE(w[u"version"].toString(), QStringLiteral("4"));
        QCOMPARE(w[u"status"].toString(), QStringLiteral("firing"));
        QCOMPARE(w[u"receiver"].toString(), QStringLiteral("ops-webhook"));
        QCOMPARE(w[u"externalURL"].toString(), QStringLiteral("https://watchkeeper.example.com"));
        QCOMPARE(w[u"truncatedAlerts"].toInt(), 0);
        QCOMPARE(w[u"groupKey"].toString(),
                 QStringLiteral("{}:{alertname=\"DiskSpaceWarning\", channels=\"webhook\", "
                                "instance=\"node-1:9100\", job=\"cloudgreet\", "
                                "severity=\"medium\"}"));
        QCOMPARE(w[u"groupLabels"].toObject(), w[u"commonLabels"].toObject());
        QCOMPARE(w[u"commonLabels"][u"severity"].toString(), QStringLiteral("medium"));
        QCOMPARE(w[u"commonAnnotations"][u"summary"].toString(),
                 QStringLiteral("DiskSpaceWarning on node-1:9100"));
        const QJsonObject alert = w[u"alerts"][0].toObject();
        QCOMPARE(alert[u"status"].toString(), QStringLiteral("firing"));
        QCOMPARE(alert[u"labels"][u"instance"].toString(), QStringLiteral("node-1:9100"));
        QCOMPARE(alert[u"annotations"][u"runbook_url"].toString(),
                 QStringLiteral("https://runbooks.example.com/DiskSpaceWarning"));
        QCOMPARE(alert[u"startsAt"].toString(), QStringLiteral("2024-01-15T12:00:00Z"));
        QCOMPARE(alert[u"endsAt"].toString(), QStringLiteral("0001-01-01T00:00:00Z"));
        QCOMPARE(alert[u"generatorURL"].toString(), QString());
        QCOMPARE(alert[u"fingerprint"].toString(),
                 QStringLiteral("%1").arg(a.id, 16, 16, QLatin1Char('0')));

        const QJsonObject r = rig.http.to(WebhookSecretPath)[1].json();
        QCOMPARE(r[u"status"].toString(), QStringLiteral("resolved"));
        QCOMPARE(r[u"alerts"][0][u"status"].toString(), QStringLiteral("resolved"));
        QCOMPARE(r[u"alerts"][0][u"endsAt"].toString(), QStringLiteral("2024-01-15T12:20:00Z"));
        QCOMPARE(r[u"groupKey"].toString(), w[u"groupKey"].toString());
    }

    void retriesOnServerErrorsWithBackoff()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        rig.http.script[SlackSecretPath] = {
            Receiver::answer(500, "Internal Server Error", "busy"),
            Receiver::answer(502, "Bad Gateway"),
            Receiver::answer(200, "OK", "ok"),
        };
        rig.notifier->notifyFiring(makeAlert(QStringLiteral("HighErrorRate"),
                                             QStringLiteral("critical"), QStringLiteral("slack")));
        QTRY_COMPARE(rig.outcomes(QStringLiteral("slack-critical")), QStringList{"retrying"});
        const NotificationDelivery first = *rig.last(QStringLiteral("slack-critical"));
        QCOMPARE(first.attempt, 1);
        QCOMPARE(first.code, 500);
        QCOMPARE(first.reason, QStringLiteral("HTTP 500 Internal Server Error: busy"));
        QCOMPARE(first.nextAttemptMs, Start + 5 * Second);
        QCOMPARE(rig.notifier->pendingCount(), 1);

        rig.clock.advance(5 * Second - 1);
        QCOMPARE(rig.clock.pendingCount(), 1); // not yet
        rig.clock.advance(1);
        QTRY_COMPARE(rig.outcomes(QStringLiteral("slack-critical")),
                     (QStringList{"retrying", "retrying"}));
        QCOMPARE(rig.last(QStringLiteral("slack-critical"))->nextAttemptMs,
                 Start + 5 * Second + 30 * Second);
        rig.clock.advance(30 * Second);
        QTRY_COMPARE(rig.outcomes(QStringLiteral("slack-critical")),
                     (QStringList{"retrying", "retrying", "sent"}));
        QCOMPARE(rig.last(QStringLiteral("slack-critical"))->attempt, 3);
        QCOMPARE(rig.http.to(SlackSecretPath).size(), 3);
        // Every attempt carries the same message.
        QCOMPARE(rig.http.to(SlackSecretPath)[0].body, rig.http.to(SlackSecretPath)[2].body);
        QCOMPARE(rig.notifier->pendingCount(), 0);
    }

    // A page waiting for its retry survives a restart: the outbox keeps it with its attempt and
    // retry time, the next run takes it up and sends it then; delivered, it leaves the outbox.
    void waitingRetrySurvivesARestart()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        auto db = Database::open(rig.dir.filePath(QStringLiteral("outbox.db")));
        QVERIFY(db);
        auto outbox = NotificationOutbox::open(db.value().get());
        QVERIFY(outbox);
        rig.notifier->setOutbox(outbox.value().get());
        rig.http.script[SlackSecretPath] = {Receiver::answer(503, "Service Unavailable"),
                                            Receiver::answer(200, "OK", "ok")};
        const Alert a = makeAlert(QStringLiteral("HighErrorRate"), QStringLiteral("critical"),
                                  QStringLiteral("slack"));
        rig.notifier->notifyFiring(a);
        QTRY_COMPARE(rig.outcomes(QStringLiteral("slack-critical")), QStringList{"retrying"});
        auto waiting = outbox.value()->pending().value();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().channel, QStringLiteral("slack-critical"));
        QCOMPARE(waiting.first().attempt, 1);
        QCOMPARE(waiting.first().nextAtMs, Start + 5 * Second);
        QCOMPARE(waiting.first().notification.alert.id, a.id);
        QCOMPARE(waiting.first().notification.alert.labels, a.labels);

        // The program stops before the retry, and starts again.
        const NotificationConfig config = rig.notifier->config();
        rig.notifier = std::make_unique<Notifier>(&rig.clock);
        rig.notifier->setConfig(config);
        rig.notifier->setOutbox(outbox.value().get());
        QCOMPARE(rig.notifier->resumeFromOutbox(), 1);
        QCOMPARE(rig.notifier->resumeFromOutbox(), 0); // not twice
        QCOMPARE(rig.outcomes(QStringLiteral("slack-critical")), QStringList{"retrying"});
        QCOMPARE(rig.http.to(SlackSecretPath).size(), 1);
        rig.clock.advance(5 * Second);
        QTRY_COMPARE(rig.outcomes(QStringLiteral("slack-critical")),
                     (QStringList{"retrying", "sent"}));
        QCOMPARE(rig.last(QStringLiteral("slack-critical"))->attempt, 2);
        QCOMPARE(rig.http.to(SlackSecretPath).size(), 2);
        QVERIFY(outbox.value()->pending().value().isEmpty());

        // One whose channel is gone by the next start fails there and then.
        rig.http.script[SlackSecretPath] = {Receiver::answer(503, "Service Unavailable")};
        rig.notifier->notifyFiring(makeAlert(QStringLiteral("SystemDown"),
                                             QStringLiteral("critical"), QStringLiteral("slack")));
        QTRY_COMPARE(outbox.value()->pending().value().size(), 1);
        NotificationConfig without = config;
        without.channels.removeIf(
            [](const ChannelConfig &c) { return c.name == QStringLiteral("slack-critical"); });
        rig.notifier = std::make_unique<Notifier>(&rig.clock);
        rig.notifier->setConfig(without);
        rig.notifier->setOutbox(outbox.value().get());
        QCOMPARE(rig.notifier->resumeFromOutbox(), 0);
        QCOMPARE(rig.outcomes(QStringLiteral("slack-critical")), QStringList{"failed"});
        QVERIFY(outbox.value()->pending().value().isEmpty());
    }

    void givesUpAfterTheLastBackoff()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        for (int i = 0; i < 6; ++i)
            rig.http.script[SlackSecretPath] << Receiver::answer(503, "Service Unavailable");
        QSignalSpy failed(rig.notifier.get(), &Notifier::deliveryFailed);
        rig.notifier->notifyFiring(makeAlert(QStringLiteral("HighErrorRate"),
                                             QStringLiteral("critical"), QStringLiteral("slack")));
        const QList<qint64> backoff{5 * Second, 30 * Second, 2 * Minute, 10 * Minute};
        for (int i = 0; i < backoff.size(); ++i) {
            QTRY_COMPARE(rig.outcomes(QStringLiteral("slack-critical")).size(), i + 1);
            QCOMPARE(rig.last(QStringLiteral("slack-critical"))->outcome,
                     NotificationDelivery::Outcome::Retrying);
            rig.clock.advance(backoff[i]);
        }
        QTRY_COMPARE(rig.outcomes(QStringLiteral("slack-critical")).size(), 5);
        const NotificationDelivery *last = rig.last(QStringLiteral("slack-critical"));
        QCOMPARE(last->outcome, NotificationDelivery::Outcome::Failed);
        QCOMPARE(last->reason,
                 QStringLiteral("gave up after 5 attempt(s): HTTP 503 Service Unavailable"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<NotificationDelivery>().channel,
                 QStringLiteral("slack-critical"));
        rig.clock.advance(60 * Minute);
        QCOMPARE(rig.http.to(SlackSecretPath).size(), 5);
    }

    void clientErrorsAreNotRetried()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        rig.http.script["/v2/enqueue"] = {
            Receiver::answer(400, "Bad Request",
                             R"({"status":"invalid event","message":"Event object is invalid"})")};
        QSignalSpy failed(rig.notifier.get(), &Notifier::deliveryFailed);
        rig.notifier->notifyFiring(makeAlert(
            QStringLiteral("SystemDown"), QStringLiteral("critical"), QStringLiteral("pagerduty")));
        QTRY_COMPARE(failed.size(), 1);
        const NotificationDelivery d = failed.first().first().value<NotificationDelivery>();
        QCOMPARE(d.outcome, NotificationDelivery::Outcome::Failed);
        QCOMPARE(d.code, 400);
        QVERIFY2(d.reason.startsWith(u"HTTP 400 Bad Request: {\"status\":\"invalid event\""),
                 qPrintable(d.reason));
        QCOMPARE(rig.clock.pendingCount(), 0);
        rig.clock.advance(60 * Minute);
        QCOMPARE(rig.http.to("/v2/enqueue").size(), 1);
        QCOMPARE(rig.outcomes(QStringLiteral("pagerduty")), QStringList{"failed"});
    }

    void retryAfterIsHonoured()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        rig.http.script["/v2/enqueue"] = {
            Receiver::answer(429, "Too Many Requests", {}, "Retry-After: 120\r\n")};
        rig.notifier->notifyFiring(makeAlert(
            QStringLiteral("SystemDown"), QStringLiteral("critical"), QStringLiteral("pagerduty")));
        QTRY_COMPARE(rig.outcomes(QStringLiteral("pagerduty")), QStringList{"retrying"});
        QCOMPARE(rig.last(QStringLiteral("pagerduty"))->nextAttemptMs, Start + 120 * Second);
        rig.clock.advance(119 * Second); // the 5 s backoff alone would have retried by now
        QCOMPARE(rig.clock.pendingCount(), 1);
        QCOMPARE(rig.http.to("/v2/enqueue").size(), 1);
        rig.clock.advance(1 * Second);
        QTRY_COMPARE(rig.outcomes(QStringLiteral("pagerduty")), (QStringList{"retrying", "sent"}));
        QCOMPARE(rig.http.to("/v2/enqueue").size(), 2);
    }

    void retryAfterAsHttpDate()
    {
        const qint64 now =
            QDateTime(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(NotificationHttpClient::retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", now),
                 std::optional<qint64>(60'000));
        QCOMPARE(NotificationHttpClient::retryAfterMs("30", now), std::optional<qint64>(30'000));
        QCOMPARE(NotificationHttpClient::retryAfterMs("soon", now), std::optional<qint64>());
    }

    void smsRateLimitPerRecipient()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        for (int i = 0; i < 3; ++i) {
            rig.notifier->notifyFiring(makeAlert(QStringLiteral("SystemDown"),
                                                 QStringLiteral("critical"), QStringLiteral("sms"),
                                                 QStringLiteral("web-%1:80").arg(i)));
            rig.clock.advance(2 * Minute); // three alerts within 5 minutes (at 0, 2, 4 min)
        }
        QTRY_COMPARE(rig.http.to(SmsSecretPath).size(), 1);
        QTRY_COMPARE(rig.outcomes(QStringLiteral("sms-oncall")).count(QStringLiteral("sent")), 1);
        QCOMPARE(rig.log()->count(NotificationDelivery::Outcome::RateLimited), 2);
        // Limits are decided at once, a delivery is logged when its answer comes.
        QCOMPARE(rig.outcomes(QStringLiteral("sms-oncall")),
                 (QStringList{"rate-limited", "rate-limited", "sent"}));
        const NotificationDelivery *limited = nullptr;
        for (const NotificationDelivery &d : rig.log()->deliveries()) {
            if (d.outcome == NotificationDelivery::Outcome::RateLimited)
                limited = &d;
        }
        QVERIFY(limited);
        QCOMPARE(limited->alertName, QStringLiteral("SystemDown"));
        QCOMPARE(limited->recipient, QStringLiteral("+15550100"));
        QCOMPARE(limited->attempt, 0);
        QCOMPARE(limited->reason, QStringLiteral("at most 1 per 5m to +15550100; the next one can "
                                                 "go at 12:05:00 UTC"));
        const QJsonObject sms = rig.http.to(SmsSecretPath)[0].json();
        QCOMPARE(sms[u"to"].toString(), QStringLiteral("+15550100"));
        QCOMPARE(sms[u"message"].toString(),
                 QStringLiteral("[FIRING] CRITICAL SystemDown: SystemDown on web-0:80"));

        // Five minutes after the first one, the next goes out.
        rig.clock.setNow(Start + 5 * Minute);
        rig.notifier->notifyFiring(makeAlert(QStringLiteral("SystemDown"),
                                             QStringLiteral("critical"), QStringLiteral("sms"),
                                             QStringLiteral("web-9:80")));
        QTRY_COMPARE(rig.http.to(SmsSecretPath).size(), 2);
        QTRY_COMPARE(rig.outcomes(QStringLiteral("sms-oncall")).last(), QStringLiteral("sent"));
    }

    void notConfiguredIsVisible()
    {
        Rig rig;
        QVERIFY2(rig.start("    - name: slack-high\n"
                           "      type: slack\n"
                           "      severities: [high]\n"
                           "      url: ${WK_NOTIFY_SLACK_URL}\n",
                           false),
                 qPrintable(rig.error));
        const Alert a = makeAlert(QStringLiteral("SystemDown"), QStringLiteral("critical"),
                                  QStringLiteral("pagerduty,slack,email,sms"));
        QCOMPARE(rig.notifier->missingChannelTypes(a),
                 (QStringList{"pagerduty", "slack", "email", "sms"}));
        rig.notifier->notifyFiring(a);
        QCOMPARE(rig.outcomes(QStringLiteral("sms")), QStringList{"not configured"});
        QCOMPARE(rig.last(QStringLiteral("sms"))->reason,
                 QStringLiteral("no sms channel is configured for severity \"critical\""));
        QCOMPARE(rig.outcomes(QStringLiteral("slack")), QStringList{"not configured"});
        QCOMPARE(rig.outcomes(QStringLiteral("desktop")), QStringList{"sent"});
        QCOMPARE(rig.notifier->pendingCount(), 0);
    }

    void secretsNeverLeak()
    {
        LogCapture capture;
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        // Receivers that echo what they got: the URL path and the routing key.
        rig.http.script[SlackSecretPath] = {
            Receiver::answer(400, "Bad Request", QByteArray("no_service for ") + SlackSecretPath)};
        rig.http.script["/v2/enqueue"] = {
            Receiver::answer(400, "Bad Request",
                             QByteArray(R"({"errors":["bad routing key )") + RoutingKey + "\"]}")};
        rig.http.script[WebhookSecretPath] = {Receiver::answer(
            404, "Not Found", rig.http.url(WebhookSecretPath).toEncoded() + " is unknown")};
        QSignalSpy failed(rig.notifier.get(), &Notifier::deliveryFailed);
        rig.notifier->notifyFiring(makeAlert(QStringLiteral("SystemDown"),
                                             QStringLiteral("critical"),
                                             QStringLiteral("pagerduty,slack,webhook")));
        QTRY_COMPARE(failed.size(), 3);

        // A gateway that is not there: the error names no URL.
        const quint16 closed = rig.http.serverPort();
        rig.http.close();
        rig.notifier->notifyFiring(makeAlert(QStringLiteral("SystemDown"),
                                             QStringLiteral("critical"), QStringLiteral("sms")));
        QTRY_COMPARE(rig.outcomes(QStringLiteral("sms-oncall")), QStringList{"retrying"});
        QCOMPARE(rig.last(QStringLiteral("sms-oncall"))->reason,
                 QStringLiteral("unreachable: connection refused"));

        QStringList texts = capture.lines();
        for (const NotificationDelivery &d : rig.log()->deliveries())
            texts << d.reason << d.describe();
        for (int row = 0; row < rig.log()->rowCount(); ++row) {
            for (int col = 0; col < rig.log()->columnCount(); ++col)
                texts << rig.log()->index(row, col).data().toString();
        }
        const QStringList secrets{QString::fromLatin1(SlackSecretPath).section(u'/', -1),
                                  QString::fromLatin1(RoutingKey),
                                  QString::fromLatin1(WebhookSecretPath).section(u'/', -1),
                                  QString::fromLatin1(SmsSecretPath).section(u'/', -1)};
        bool redacted = false;
        for (const QString &t : std::as_const(texts)) {
            for (const QString &s : secrets)
                QVERIFY2(!t.contains(s), qPrintable(t));
            QVERIFY2(!t.contains(QStringLiteral(":%1/").arg(closed)), qPrintable(t));
            redacted = redacted || t.contains(NotificationSecret::placeholder());
        }
        QVERIFY(redacted); // the echoes were there, and were replaced
        QVERIFY(
            rig.last(QStringLiteral("pagerduty"))->reason.contains(u"bad routing key <secret>"));
    }

    void resolveReplacesAWaitingRetry()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        rig.http.script["/v2/enqueue"] = {Receiver::answer(500, "Internal Server Error")};
        const Alert a = makeAlert(QStringLiteral("SystemDown"), QStringLiteral("critical"),
                                  QStringLiteral("pagerduty"));
        rig.notifier->notifyFiring(a);
        QTRY_COMPARE(rig.outcomes(QStringLiteral("pagerduty")), QStringList{"retrying"});
        rig.clock.advance(2 * Second);
        rig.notifier->notifyResolved(resolvedCopy(a, rig.clock.nowMs()));
        QTRY_COMPARE(rig.outcomes(QStringLiteral("pagerduty")),
                     (QStringList{"retrying", "superseded", "sent"}));
        rig.clock.advance(30 * Minute);
        const auto events = rig.http.to("/v2/enqueue");
        QCOMPARE(events.size(), 2); // the trigger is not retried after its resolve
        QCOMPARE(events.last().json()[u"event_action"].toString(), QStringLiteral("resolve"));
    }

    void acknowledgementFollowsTheFiringChannels()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        const Alert a = makeAlert(QStringLiteral("SystemDown"), QStringLiteral("critical"),
                                  QStringLiteral("pagerduty,slack,webhook"));
        rig.notifier->notifyFiring(a);
        QTRY_COMPARE(rig.http.requests.size(), 3);
        rig.notifier->notifyFiring(a); // a repeat of the same firing alert sends nothing
        rig.notifier->notifyAcknowledged(a, QStringLiteral("alice"), QStringLiteral("on it"));
        QTRY_COMPARE(rig.http.requests.size(), 5);
        QTRY_COMPARE(rig.notifier->pendingCount(), 0);
        QCOMPARE(rig.http.to(WebhookSecretPath).size(), 1); // Alertmanager's format has no ack
        QCOMPARE(rig.http.to("/v2/enqueue").last().json()[u"event_action"].toString(),
                 QStringLiteral("acknowledge"));
        const QJsonObject slack = rig.http.to(SlackSecretPath).last().json();
        QCOMPARE(
            slack[u"text"].toString(),
            QStringLiteral("[ACKNOWLEDGED by alice] CRITICAL SystemDown: SystemDown on db:5432"));
        QCOMPARE(rig.notifier->tray()->unacknowledgedCount(), 0);
        QCOMPARE(rig.http.to(SmsSecretPath).size(), 0);
    }

    void escalationGoesToTheStepsChannels()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        const Alert a = makeAlert(QStringLiteral("DatabaseUnavailable"), QStringLiteral("critical"),
                                  QStringLiteral("slack"));
        rig.notifier->notifyFiring(a);
        QTRY_COMPARE(rig.http.requests.size(), 1);
        rig.clock.advance(5 * Minute);
        rig.notifier->notifyEscalation(
            a, 1,
            {QStringLiteral("sms-oncall"), QStringLiteral("pagerduty"), QStringLiteral("teams")},
            QStringLiteral("on-call engineer"));
        QTRY_COMPARE(rig.http.requests.size(), 3);
        const QJsonObject page = rig.http.to("/v2/enqueue").first().json();
        QCOMPARE(page[u"event_action"].toString(), QStringLiteral("trigger"));
        QCOMPARE(page[u"payload"][u"summary"].toString(),
                 QStringLiteral(
                     "[ESCALATION step 1 (on-call engineer)] DatabaseUnavailable on db:5432"));
        QCOMPARE(page[u"payload"][u"custom_details"][u"escalation_step"].toInt(), 1);
        QCOMPARE(page[u"payload"][u"custom_details"][u"escalation_target"].toString(),
                 QStringLiteral("on-call engineer"));
        QCOMPARE(
            rig.http.to(SmsSecretPath).first().json()[u"message"].toString(),
            QStringLiteral("[ESCALATION step 1 (on-call engineer)] CRITICAL DatabaseUnavailable: "
                           "DatabaseUnavailable on db:5432"));
        QCOMPARE(rig.outcomes(QStringLiteral("teams")), QStringList{"not configured"});

        // The resolve reaches the escalation's channels as well (SMS sends no resolves).
        rig.notifier->notifyResolved(resolvedCopy(a, rig.clock.nowMs()));
        QTRY_COMPARE(rig.http.requests.size(), 5);
        QCOMPARE(rig.http.to("/v2/enqueue").last().json()[u"event_action"].toString(),
                 QStringLiteral("resolve"));
        QCOMPARE(rig.http.to(SmsSecretPath).size(), 1);
    }

    void emailThroughSmtp()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        Alert a = makeAlert(QStringLiteral("HighMemoryUsage"), QStringLiteral("high"),
                            QStringLiteral("email"));
        a.annotations.insert(QStringLiteral("description"),
                             QStringLiteral("line one\n.dotted line"));
        rig.notifier->notifyFiring(a);
        QTRY_COMPARE(rig.outcomes(QStringLiteral("mail")), QStringList{"sent"});
        QCOMPARE(rig.smtp.messages.size(), 1);
        QCOMPARE(rig.smtp.commands.value(0).left(5), QStringLiteral("EHLO "));
        QCOMPARE(rig.smtp.commands.value(1), QStringLiteral("MAIL FROM:<watchkeeper@example.com>"));
        QCOMPARE(rig.smtp.commands.value(2), QStringLiteral("RCPT TO:<ops@example.com>"));
        QCOMPARE(rig.smtp.commands.value(3), QStringLiteral("DATA"));
        const QByteArray m = rig.smtp.messages.first();
        QVERIFY(
            m.contains("Subject: [FIRING] HIGH HighMemoryUsage: HighMemoryUsage on db:5432\r\n"));
        QVERIFY(m.contains("To: <ops@example.com>\r\n"));
        QVERIFY2(m.contains("\r\n..dotted line\r\n"), m.constData()); // dot-stuffed
        QCOMPARE(rig.last(QStringLiteral("mail"))->code, 250);
        QCOMPARE(rig.last(QStringLiteral("mail"))->recipient, QStringLiteral("ops@example.com"));
    }

    void smtpReplies_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("reason");
        QTest::newRow("4xx at RCPT is retried")
            << QByteArray("RCPT") << QByteArray("451 4.3.0 try later") << "retrying"
            << "SMTP 451 at RCPT TO: 4.3.0 try later";
        QTest::newRow("5xx at RCPT fails")
            << QByteArray("RCPT") << QByteArray("550 5.1.1 no such user") << "failed"
            << "SMTP 550 at RCPT TO: 5.1.1 no such user";
        QTest::newRow("5xx after the message fails")
            << QByteArray("BODY") << QByteArray("554 5.7.1 rejected") << "failed"
            << "SMTP 554 at the message: 5.7.1 rejected";
    }
    void smtpReplies()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QByteArray, reply);
        QFETCH(QString, outcome);
        QFETCH(QString, reason);
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        rig.smtp.replies.insert(verb, reply);
        rig.notifier->notifyFiring(makeAlert(QStringLiteral("DeprecatedAPIUsage"),
                                             QStringLiteral("low"), QStringLiteral("email")));
        QTRY_COMPARE(rig.outcomes(QStringLiteral("mail")), QStringList{outcome});
        QCOMPARE(rig.last(QStringLiteral("mail"))->reason, reason);
    }

    void testNotificationPerChannel()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        QCOMPARE(rig.notifier->sendTestNotification(QStringLiteral("slack-critical")).value(), 1);
        QTRY_COMPARE(rig.outcomes(QStringLiteral("slack-critical")), QStringList{"sent"});
        QVERIFY(rig.http.to(SlackSecretPath)
                    .first()
                    .json()[u"text"]
                    .toString()
                    .startsWith(u"[TEST] CRITICAL WatchkeeperTest: Test notification from "
                                u"Watchkeeper to channel "
                                u"slack-critical"));
        QCOMPARE(rig.log()->deliveries().last().kind, Notification::Kind::Test);

        // Tests pass the SMS limit: checking a channel must not wait five minutes.
        QCOMPARE(rig.notifier->sendTestNotification(QStringLiteral("sms-oncall")).value(), 1);
        QCOMPARE(rig.notifier->sendTestNotification(QStringLiteral("sms-oncall")).value(), 1);
        QTRY_COMPARE(rig.http.to(SmsSecretPath).size(), 2);

        QCOMPARE(rig.notifier->sendTestNotification(QStringLiteral("desktop")).value(), 1);
        QCOMPARE(rig.outcomes(QStringLiteral("desktop")), QStringList{"sent"});

        auto missing = rig.notifier->sendTestNotification(QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().message,
                 QStringLiteral("there is no notification channel named \"nope\""));
    }

    void guideRouting_data()
    {
        QTest::addColumn<QString>("alertname");
        QTest::addColumn<QStringList>("channels");
        const QStringList critical{"pagerduty",        "slack-critical", "email-engineering",
                                   "email-management", "sms-oncall",     "desktop"};
        const QStringList criticalNoSms{"pagerduty", "slack-critical", "email-engineering",
                                        "email-management", "desktop"};
        const QStringList high{"slack-high", "email-engineering", "email-management", "desktop"};
        QTest::newRow("SystemDown") << "SystemDown" << critical;
        QTest::newRow("DatabaseUnavailable") << "DatabaseUnavailable" << criticalNoSms;
        QTest::newRow("HighErrorRate")
            << "HighErrorRate" << QStringList{"pagerduty", "slack-critical", "desktop"};
        QTest::newRow("PerformanceDegradation") << "PerformanceDegradation" << high;
        QTest::newRow("HighMemoryUsage") << "HighMemoryUsage" << high;
        QTest::newRow("ExternalAPIFailures") << "ExternalAPIFailures" << high;
        QTest::newRow("DiskSpaceWarning")
            << "DiskSpaceWarning" << QStringList{"slack-medium", "email-engineering", "desktop"};
        QTest::newRow("UnusualTrafficPattern")
            << "UnusualTrafficPattern" << QStringList{"slack-medium", "desktop"};
        QTest::newRow("CacheMissRateHigh")
            << "CacheMissRateHigh" << QStringList{"slack-medium", "desktop"};
        QTest::newRow("DeprecatedAPIUsage")
            << "DeprecatedAPIUsage" << QStringList{"email-engineering", "desktop"};
        QTest::newRow("LogVolumeAnomaly")
            << "LogVolumeAnomaly" << QStringList{"email-engineering", "desktop"};
    }
    void guideRouting()
    {
        // The shipped rules' labels through the guide's channel table.
        QFETCH(QString, alertname);
        QFETCH(QStringList, channels);
        const auto rules = RuleLoader::loadFile(
            QStringLiteral(WK_SOURCE_DIR "/resources/rules/service.rules.yml"));
        QVERIFY(rules.ok());
        const Rule *rule = nullptr;
        for (const RuleGroup &g : rules.file.groups) {
            for (const Rule &r : g.rules) {
                if (r.name == alertname)
                    rule = &r;
            }
        }
        QVERIFY2(rule, qPrintable(alertname));
        Alert a;
        QList<Label> labels{{QStringLiteral("alertname"), alertname}};
        for (auto it = rule->labels.cbegin(); it != rule->labels.cend(); ++it)
            labels << Label{it.key(), it.value()};
        a.labels = Labels::fromList(labels);
        a.id = Alert::fingerprint(a.labels);

        auto config = NotificationConfigLoader::loadFile(
            QStringLiteral(WK_TEST_DATA_DIR "/alerts/notifications/guide.workspace.yml"));
        QVERIFY2(config.ok(), qPrintable(config.error().toString()));
        ManualClock clock(Start);
        Notifier notifier(&clock);
        notifier.setConfig(config.value());
        QCOMPARE(notifier.channelsFor(a), channels);
        QCOMPARE(notifier.missingChannelTypes(a), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
