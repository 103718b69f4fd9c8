#include "models/alerts/notificationconfigloader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

namespace {
const QString Fixture =
    QStringLiteral(WK_TEST_DATA_DIR "/alerts/notifications/guide.workspace.yml");
const char SecretValue[] = "https://hooks.slack.com/services/T1/B2/SuperSecretToken42";
} // namespace

class TestNotificationConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("WK_TEST_SLACK_URL", SecretValue);
        qputenv("WK_TEST_EMPTY", "");
        qunsetenv("WK_TEST_UNSET");
    }

    void guideFixture()
    {
        auto loaded = NotificationConfigLoader::loadFile(Fixture);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        const NotificationConfig &c = loaded.value();
        QCOMPARE(c.externalUrl, QUrl(QStringLiteral("https://watchkeeper.example.com")));
        QCOMPARE(c.channels.size(), 8);

        const ChannelConfig *pd = c.channel(QStringLiteral("pagerduty"));
        QVERIFY(pd);
        QCOMPARE(pd->type, ChannelType::PagerDuty);
        QCOMPARE(pd->severities, QStringList{QStringLiteral("critical")});
        QCOMPARE(pd->endpoint, ChannelConfig::pagerDutyEventsUrl());
        QVERIFY(pd->routingKey.filePath().endsWith(u"/secrets/pagerduty-routing-key"));
        QCOMPARE(pd->routingKey.read().value(), QStringLiteral("0123456789abcdef0123456789abcdef"));

        const ChannelConfig *slack = c.channel(QStringLiteral("slack-critical"));
        QVERIFY(slack);
        QCOMPARE(slack->slackChannel, QStringLiteral("#alerts-critical"));
        QVERIFY(slack->url.filePath().startsWith(
            QFileInfo(Fixture).absoluteDir().absolutePath())); // relative to the workspace

        const ChannelConfig *mail = c.channel(QStringLiteral("email-management"));
        QVERIFY(mail);
        QCOMPARE(mail->smtp.host, QStringLiteral("localhost"));
        QCOMPARE(mail->smtp.port, quint16(25));
        QCOMPARE(mail->recipients, QStringList{QStringLiteral("management@cloudgreet.example")});
        QCOMPARE(mail->severities,
                 (QStringList{QStringLiteral("critical"), QStringLiteral("high")}));
        QVERIFY(c.channel(QStringLiteral("email-engineering"))->severities.isEmpty());

        const ChannelConfig *sms = c.channel(QStringLiteral("sms-oncall"));
        QVERIFY(sms);
        QCOMPARE(sms->recipients.size(), 2);
        QCOMPARE(sms->rateLimit.count, 1); // the guide's SMS rule is the default
        QCOMPARE(sms->rateLimit.perMs, 5 * 60'000);
        QVERIFY(!sms->sendResolved);

        const ChannelConfig &desktop = c.desktop();
        QCOMPARE(desktop.name, QStringLiteral("desktop"));
        QCOMPARE(desktop.reminderIntervalMs, 2 * 60'000);
        QVERIFY(desktop.quietHours.isSet());
        QCOMPARE(desktop.quietHours.start, QTime(22, 0));
        // 23:30 UTC is quiet, 12:00 UTC is not; the span crosses midnight.
        const qint64 day = QDateTime(QDate(2024, 1, 15), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QVERIFY(desktop.quietHours.contains(day + (23 * 60 + 30) * 60'000));
        QVERIFY(desktop.quietHours.contains(day + 6 * 3600'000));
        QVERIFY(!desktop.quietHours.contains(day + 12 * 3600'000));
        QVERIFY(!desktop.quietHours.contains(day + 7 * 3600'000));
    }

    void noSection()
    {
        auto loaded = NotificationConfigLoader::loadText("title: x\ntargets: []\n", "w.yml");
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().channels.size(), 1);
        QCOMPARE(loaded.value().channels.first().type, ChannelType::Desktop);
    }

    void environmentSecret()
    {
        auto loaded = NotificationConfigLoader::loadText("notifications:\n"
                                                         "  channels:\n"
                                                         "    - name: s\n"
                                                         "      type: slack\n"
                                                         "      url: ${WK_TEST_SLACK_URL}\n");
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        const ChannelConfig *s = loaded.value().channel(QStringLiteral("s"));
        QCOMPARE(s->url.variable(), QStringLiteral("WK_TEST_SLACK_URL"));
        QCOMPARE(s->url.read().value(), QString::fromLatin1(SecretValue));
        QVERIFY(!s->url.origin().contains(QLatin1String("SuperSecret")));
    }

    void settings()
    {
        auto loaded = NotificationConfigLoader::loadText(
            "notifications:\n"
            "  channels:\n"
            "    - name: hook\n"
            "      type: webhook\n"
            "      url: ${WK_TEST_SLACK_URL}\n"
            "      severities: [Critical, high]\n"
            "      rate_limit: {count: 3, per: 1m}\n"
            "      retry: {backoff: [1s, 10s], max_retry_after: 5m}\n"
            "      timeout: 3s\n"
            "      send_resolved: false\n"
            "    - name: pd\n"
            "      type: pagerduty\n"
            "      url: http://127.0.0.1:9/v2/enqueue\n"
            "      routing_key: ${WK_TEST_SLACK_URL}\n"
            "      source: checkout\n"
            "    - name: text\n"
            "      type: sms\n"
            "      url: ${WK_TEST_SLACK_URL}\n"
            "      to: \"+15550100\"\n"
            "      rate_limit: {count: 0}\n"
            "      max_length: 70\n"
            "    - name: mail\n"
            "      type: email\n"
            "      smarthost: \"[::1]:2525\"\n"
            "      from: wk@example.com\n"
            "      to: ops@example.com\n");
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
        const NotificationConfig &c = loaded.value();
        const ChannelConfig *hook = c.channel(QStringLiteral("hook"));
        QCOMPARE(hook->severities,
                 (QStringList{QStringLiteral("critical"), QStringLiteral("high")}));
        QVERIFY(hook->servesSeverity(QStringLiteral("critical")));
        QVERIFY(!hook->servesSeverity(QStringLiteral("low")));
        QCOMPARE(hook->rateLimit.count, 3);
        QCOMPARE(hook->rateLimit.perMs, 60'000);
        QCOMPARE(hook->retry.backoffMs, (QList<qint64>{1'000, 10'000}));
        QCOMPARE(hook->retry.maxRetryAfterMs, 300'000);
        QCOMPARE(hook->timeoutMs, 3'000);
        QVERIFY(!hook->sendResolved);
        const ChannelConfig *pd = c.channel(QStringLiteral("pd"));
        QCOMPARE(pd->endpoint, QUrl(QStringLiteral("http://127.0.0.1:9/v2/enqueue")));
        QCOMPARE(pd->source, QStringLiteral("checkout"));
        const ChannelConfig *sms = c.channel(QStringLiteral("text"));
        QVERIFY(!sms->rateLimit.isSet()); // count 0 turns the default limit off
        QCOMPARE(sms->recipients, QStringList{QStringLiteral("+15550100")});
        QCOMPARE(sms->maxLength, 70);
        const ChannelConfig *mail = c.channel(QStringLiteral("mail"));
        QCOMPARE(mail->smtp.host, QStringLiteral("::1"));
        QCOMPARE(mail->smtp.port, quint16(2525));
        QCOMPARE(c.desktop().name, QStringLiteral("desktop")); // added by default
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("where");   // "LINE:COLUMN"
        QTest::addColumn<QString>("message"); // a part of the message

        const QByteArray head = "notifications:\n  channels:\n";
        QTest::newRow("inline slack url refused")
            << head + "    - name: s\n      type: slack\n      url: " + SecretValue + "\n"
            << "5:12"
            << "url is a secret and is not accepted written in the workspace";
        QTest::newRow("inline routing key refused")
            << head + "    - name: p\n      type: pagerduty\n      routing_key: abcdef0123\n"
            << "5:20"
            << "routing_key is a secret";
        QTest::newRow("env reference with default refused")
            << head + "    - name: s\n      type: slack\n      url: ${WK_TEST_UNSET:-http://x/y}\n"
            << "5:12"
            << "url is a secret";
        QTest::newRow("env reference inside text refused")
            << head + "    - name: s\n      type: slack\n      url: "
                      "https://hooks/${WK_TEST_SLACK_URL}\n"
            << "5:12"
            << "url is a secret";
        QTest::newRow("unset variable")
            << head + "    - name: s\n      type: slack\n      url: ${WK_TEST_UNSET}\n"
            << "5:12"
            << "environment variable WK_TEST_UNSET is not set";
        QTest::newRow("empty variable")
            << head + "    - name: s\n      type: slack\n      url: ${WK_TEST_EMPTY}\n"
            << "5:12"
            << "environment variable WK_TEST_EMPTY is empty";
        QTest::newRow("missing secret")
            << head + "    - name: s\n      type: slack\n      channel: '#x'\n"
            << "3:7"
            << "needs url_file: PATH or url: ${ENVIRONMENT_VARIABLE}";
        QTest::newRow("both url and url_file")
            << head + "    - name: s\n      type: webhook\n      url: ${WK_TEST_SLACK_URL}\n"
                      "      url_file: /etc/hostname\n"
            << "6:17"
            << "use either url or url_file, not both";
        QTest::newRow("unreadable secret file")
            << head + "    - name: s\n      type: webhook\n      url_file: /nonexistent/wk-url\n"
            << "5:17"
            << "cannot read url_file /nonexistent/wk-url";
        QTest::newRow("unknown key")
            << head + "    - name: s\n      type: slack\n      url: ${WK_TEST_SLACK_URL}\n"
                      "      colour: red\n"
            << "6:7"
            << "unknown key \"colour\" in channel \"s\" (slack)";
        QTest::newRow("unknown type") << head + "    - name: t\n      type: teams\n"
                                      << "4:13"
                                      << "unknown type \"teams\"";
        QTest::newRow("missing name") << head + "    - type: slack\n"
                                      << "3:7"
                                      << "a channel's name is required";
        QTest::newRow("bad name") << head + "    - name: 'a b'\n      type: slack\n"
                                  << "3:13"
                                  << "may hold only letters";
        QTest::newRow("duplicate name")
            << head + "    - {name: d, type: desktop}\n    - {name: d, type: desktop}\n"
            << "4:14"
            << "defined twice";
        QTest::newRow("two desktops")
            << head + "    - {name: d1, type: desktop}\n    - {name: d2, type: desktop}\n"
            << "4:7"
            << "only one desktop channel";
        QTest::newRow("email without relay")
            << head + "    - name: m\n      type: email\n      from: a@b.c\n      to: [x@y.z]\n"
            << "3:7"
            << "email needs an SMTP relay as smarthost";
        QTest::newRow("smarthost without port")
            << head + "    - name: m\n      type: email\n      smarthost: localhost\n"
            << "5:18"
            << "smarthost must be HOST:PORT";
        QTest::newRow("bad recipient")
            << head + "    - name: m\n      type: email\n      smarthost: h:25\n"
                      "      from: a@b.c\n      to: [not-an-address]\n"
            << "7:11"
            << "\"not-an-address\" is not a mail address";
        QTest::newRow("smtp user without password")
            << head + "    - name: m\n      type: email\n      smarthost: h:587\n"
                      "      from: a@b.c\n      to: [x@y.z]\n      auth_username: me\n"
            << "8:22"
            << "auth_username and auth_password (or auth_password_file) go together";
        QTest::newRow("smtp password inline")
            << head + "    - name: m\n      type: email\n      smarthost: h:587\n"
                      "      from: a@b.c\n      to: [x@y.z]\n      auth_username: me\n"
                      "      auth_password: SuperSecretToken42\n"
            << "9:22"
            << "auth_password is a secret";
        QTest::newRow("smtp password without tls")
            << head + "    - name: m\n      type: email\n      smarthost: h:587\n"
                      "      from: a@b.c\n      to: [x@y.z]\n      auth_username: me\n"
                      "      auth_password: ${WK_TEST_SLACK_URL}\n      require_tls: false\n"
            << "10:20"
            << "a password is never sent unencrypted";
        QTest::newRow("sms without recipients")
            << head + "    - name: t\n      type: sms\n      url: ${WK_TEST_SLACK_URL}\n"
            << "3:7"
            << "needs to: a list of phone numbers";
        QTest::newRow("bad duration")
            << head + "    - name: h\n      type: webhook\n      url: ${WK_TEST_SLACK_URL}\n"
                      "      timeout: soon\n"
            << "6:16"
            << "timeout";
        QTest::newRow("rate limit without window")
            << head + "    - name: h\n      type: webhook\n      url: ${WK_TEST_SLACK_URL}\n"
                      "      rate_limit: {count: 2}\n"
            << "6:19"
            << "rate_limit needs per";
        QTest::newRow("bad quiet hours")
            << head + "    - name: d\n      type: desktop\n"
                      "      quiet_hours: {start: '25:00', end: '07:00'}\n"
            << "5:28"
            << "start must be a time of day";
        QTest::newRow("unknown time zone")
            << head + "    - name: d\n      type: desktop\n"
                      "      quiet_hours: {start: '22:00', end: '07:00', time_zone: Mars/Base}\n"
            << "5:62"
            << "unknown time zone \"Mars/Base\"";
        QTest::newRow("pagerduty url not http")
            << head +
                   "    - name: p\n      type: pagerduty\n      routing_key: ${WK_TEST_SLACK_URL}\n"
                   "      url: ftp://example.com/x\n"
            << "6:12"
            << "url must be an http or https URL";
        QTest::newRow("channels not a list")
            << QByteArray("notifications:\n  channels: 3\n") << "2:13"
            << "channels must be a list";
        QTest::newRow("unknown section key")
            << QByteArray("notifications:\n  routes: []\n") << "2:3"
            << "unknown key \"routes\" in notifications";
        QTest::newRow("yaml syntax") << QByteArray("notifications:\n  channels: [\n") << "3:1"
                                     << "";
    }
    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, where);
        QFETCH(QString, message);
        auto loaded = NotificationConfigLoader::loadText(yaml, QStringLiteral("/ws/w.yml"));
        QVERIFY(!loaded.ok());
        const QString text = loaded.error().toString();
        QVERIFY2(text.startsWith(QStringLiteral("/ws/w.yml:") + where + u':'), qPrintable(text));
        QVERIFY2(text.contains(message), qPrintable(text));
        // A refused or broken secret is never repeated back.
        QVERIFY2(!text.contains(QLatin1String("SuperSecretToken42")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("abcdef0123")), qPrintable(text));
    }

    // A provider's submission port: STARTTLS and AUTH by default when a user is given; port 465
    // speaks TLS from the start; a relay without a user stays plain unless asked.
    void smtpSecurity()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("smtp-password")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("pa55word\n");
        f.close();
        const QByteArray yaml =
            "notifications:\n  channels:\n"
            "    - {name: submission, type: email, smarthost: 'smtp.example.com:587', from: "
            "a@b.c, to: [x@y.z], auth_username: alerts@b.c, auth_password_file: smtp-password, "
            "tls: {ca_file: ca.pem}}\n"
            "    - {name: smtps, type: email, smarthost: 'smtp.example.com:465', from: a@b.c, "
            "to: [x@y.z], auth_username: alerts@b.c, auth_password_file: smtp-password}\n"
            "    - {name: relay, type: email, smarthost: 'localhost:25', from: a@b.c, to: "
            "[x@y.z]}\n"
            "    - {name: relay-tls, type: email, smarthost: 'relay:25', from: a@b.c, to: "
            "[x@y.z], require_tls: true}\n";
        auto loaded =
            NotificationConfigLoader::loadText(yaml, dir.filePath(QStringLiteral("w.yml")));
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        const ChannelConfig *submission = loaded.value().channel(QStringLiteral("submission"));
        QVERIFY(submission);
        QVERIFY(submission->smtp.requireTls);
        QVERIFY(!submission->smtp.implicitTls);
        QCOMPARE(submission->smtp.username, QStringLiteral("alerts@b.c"));
        QCOMPARE(submission->smtp.password.read().value(), QStringLiteral("pa55word"));
        QCOMPARE(submission->tls.caFile, dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(submission->secretValues().contains(QStringLiteral("pa55word"))); // redacted
        QVERIFY(loaded.value().channel(QStringLiteral("smtps"))->smtp.implicitTls);
        QVERIFY(!loaded.value().channel(QStringLiteral("relay"))->smtp.requireTls);
        QVERIFY(loaded.value().channel(QStringLiteral("relay-tls"))->smtp.requireTls);
    }

    void secretFileContentNotEchoed()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("url")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a url but SuperSecretToken42\n");
        f.close();
        auto loaded = NotificationConfigLoader::loadText(
            "notifications:\n  channels:\n    - {name: s, type: slack, url_file: url}\n",
            dir.filePath(QStringLiteral("w.yml")).toUtf8());
        QVERIFY(!loaded.ok());
        const QString text = loaded.error().toString();
        QVERIFY2(text.contains(QLatin1String("is not an http or https URL")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("SuperSecretToken42")), qPrintable(text));
    }

    void secretRedaction_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("text");
        QTest::newRow("as written")
            << QString::fromLatin1(SecretValue)
            << QStringLiteral("POST %1 failed").arg(QLatin1String(SecretValue));
        QTest::newRow("path alone")
            << QString::fromLatin1(SecretValue)
            << QStringLiteral("404 for /services/T1/B2/SuperSecretToken42 here");
        QTest::newRow("percent encoded") << QStringLiteral("key with/slash&amp")
                                         << QStringLiteral("body=key%20with%2Fslash%26amp");
        QTest::newRow("routing key") << QStringLiteral("0123456789abcdef")
                                     << QStringLiteral("invalid routing key 0123456789abcdef");
    }
    void secretRedaction()
    {
        QFETCH(QString, secret);
        QFETCH(QString, text);
        const QString out = NotificationSecret::redact(text, {secret});
        QVERIFY2(out.contains(NotificationSecret::placeholder()), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("SuperSecret")), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("0123456789abcdef")), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("slash")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestNotificationConfig)
#include "tst_notificationconfig.moc"
