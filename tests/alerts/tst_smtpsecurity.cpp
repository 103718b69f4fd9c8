// Email through a relay that wants TLS and a password: STARTTLS (and TLS from the start),
// AUTH PLAIN and LOGIN, and the refusals: no STARTTLS where it is required, a certificate that
// does not verify, wrong credentials, a password that would go unencrypted. The relay here is a
// small SMTP server with a certificate made by openssl for this run.

#include "models/alerts/notificationsmtpclient.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Wk;

namespace {

const QString User = QStringLiteral("alerts@example.com");
const QString Password = QStringLiteral("s3cret pass");

class SecureRelay : public QTcpServer
{
public:
    struct Command
    {
        QString line;
        bool encrypted = false;
    };
    QList<Command> commands;
    QList<QByteArray> messages;
    QSslConfiguration tls;
    bool offerStartTls = true;
    bool implicitTls = false;
    QByteArray authMechanisms = "PLAIN LOGIN";

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *s = new QSslSocket(this);
        s->setSocketDescriptor(descriptor);
        s->setSslConfiguration(tls);
        auto buffer = std::make_shared<QByteArray>();
        auto state = std::make_shared<QByteArray>(); // "", "data", "login-user", "login-pass"
        auto user = std::make_shared<QByteArray>();
        connect(s, &QSslSocket::readyRead, s, [this, s, buffer, state, user] {
            *buffer += s->readAll();
            converse(s, *buffer, *state, *user);
        });
        connect(s, &QSslSocket::sslErrors, s, [s](const QList<QSslError> &) {});
        if (implicitTls) {
            connect(s, &QSslSocket::encrypted, s,
                    [s] { s->write("220 relay.example ESMTP ready\r\n"); });
            s->startServerEncryption();
        } else {
            s->write("220 relay.example ESMTP ready\r\n");
        }
    }

private:
    void converse(QSslSocket *s, QByteArray &buffer, QByteArray &state, QByteArray &user)
    {
        while (true) {
            if (state == "data") {
                const qsizetype end = buffer.indexOf("\r\n.\r\n");
                if (end < 0)
                    return;
                messages << buffer.left(end + 2);
                buffer.remove(0, end + 5);
                state.clear();
                s->write("250 2.0.0 queued\r\n");
                continue;
            }
            const qsizetype end = buffer.indexOf("\r\n");
            if (end < 0)
                return;
            const QByteArray line = buffer.left(end);
            buffer.remove(0, end + 2);
            commands << Command{QString::fromUtf8(line), s->isEncrypted()};
            if (state == "login-user") {
                user = QByteArray::fromBase64(line);
                state = "login-pass";
                s->write("334 UGFzc3dvcmQ6\r\n");
                continue;
            }
            if (state == "login-pass") {
                state.clear();
                const bool ok =
                    user == User.toUtf8() && QByteArray::fromBase64(line) == Password.toUtf8();
                s->write(ok ? "235 2.7.0 accepted\r\n" : "535 5.7.8 bad credentials\r\n");
                continue;
            }
            const QByteArray verb = line.split(' ').value(0).split(':').value(0).toUpper();
            if (verb == "EHLO") {
                QByteArray reply = "250-relay.example\r\n";
                if (offerStartTls && !s->isEncrypted())
                    reply += "250-STARTTLS\r\n";
                if (!authMechanisms.isEmpty())
                    reply += "250-AUTH " + authMechanisms + "\r\n";
                s->write(reply + "250 8BITMIME\r\n");
            } else if (verb == "STARTTLS") {
                s->write("220 2.0.0 ready for TLS\r\n");
                buffer.clear();
                s->startServerEncryption();
            } else if (verb == "AUTH") {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.value(1).toUpper() == "LOGIN") {
                    state = "login-user";
                    s->write("334 VXNlcm5hbWU6\r\n");
                } else {
                    const QByteArray expected = QByteArray(1, '\0') + User.toUtf8() +
                                                QByteArray(1, '\0') + Password.toUtf8();
                    s->write(QByteArray::fromBase64(parts.value(2)) == expected
                                 ? "235 2.7.0 accepted\r\n"
                                 : "535 5.7.8 bad credentials\r\n");
                }
            } else if (verb == "DATA") {
                state = "data";
                s->write("354 go ahead\r\n");
            } else if (verb == "QUIT") {
                s->write("221 bye\r\n");
                s->disconnectFromHost();
            } else {
                s->write("250 ok\r\n");
            }
        }
    }
};

} // namespace

class TestSmtpSecurity : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_cert;
    QSslConfiguration m_serverTls;

    NotificationSmtpClient::Message message(const SecureRelay &relay) const
    {
        NotificationSmtpClient::Message m;
        m.host = QStringLiteral("127.0.0.1");
        m.port = relay.serverPort();
        m.hello = QStringLiteral("watchkeeper.test");
        m.from = QStringLiteral("watchkeeper@example.com");
        m.to = QStringLiteral("ops@example.com");
        m.data = "Subject: test\n\nhello\n";
        m.timeoutMs = 10'000;
        m.tls.caFile = m_cert;
        return m;
    }

    NotificationAttempt send(const NotificationSmtpClient::Message &m)
    {
        NotificationSmtpClient client;
        std::optional<NotificationAttempt> result;
        client.send(m, [&result](const NotificationAttempt &a) { result = a; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15'000)) {
            NotificationAttempt none;
            none.status = NotificationAttempt::Status::Transient;
            none.error = QStringLiteral("no answer");
            return none;
        }
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here");
        // A certificate for 127.0.0.1, made for this run.
        m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), m_cert,
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(60'000) && openssl.exitCode() == 0,
                 qPrintable(QStringLiteral("openssl (packaging/apt-packages.txt) failed: ") +
                            QString::fromLocal8Bit(openssl.readAllStandardError())));
        QFile certFile(m_cert);
        QFile keyFile(key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        m_serverTls = QSslConfiguration::defaultConfiguration();
        m_serverTls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        m_serverTls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        m_serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }

    void startTlsThenAuth_data()
    {
        QTest::addColumn<QByteArray>("mechanisms");
        QTest::addColumn<QString>("authLine");
        QTest::newRow("PLAIN") << QByteArray("PLAIN LOGIN") << "AUTH PLAIN ";
        QTest::newRow("LOGIN") << QByteArray("LOGIN") << "AUTH LOGIN";
    }
    void startTlsThenAuth()
    {
        QFETCH(QByteArray, mechanisms);
        QFETCH(QString, authLine);
        SecureRelay relay;
        relay.tls = m_serverTls;
        relay.authMechanisms = mechanisms;
        QVERIFY(relay.listen(QHostAddress::LocalHost));
        auto m = message(relay);
        m.security = NotificationSmtpClient::Message::Security::StartTls;
        m.username = User;
        m.password = Password;
        const NotificationAttempt a = send(m);
        QVERIFY2(a.status == NotificationAttempt::Status::Ok, qPrintable(a.error));
        QCOMPARE(relay.messages.size(), 1);
        QStringList verbs;
        for (const auto &c : relay.commands)
            verbs << c.line.section(u' ', 0, 0).section(u':', 0, 0);
        QCOMPARE(verbs.mid(0, 4), (QStringList{"EHLO", "STARTTLS", "EHLO", "AUTH"}));
        // Everything from the second EHLO on went encrypted, the password included.
        for (qsizetype i = 2; i < relay.commands.size(); ++i)
            QVERIFY2(relay.commands.at(i).encrypted, qPrintable(relay.commands.at(i).line));
        QVERIFY(!relay.commands.at(0).encrypted);
        QVERIFY(relay.commands.at(3).line.startsWith(authLine));
    }

    void tlsFromTheStart()
    {
        SecureRelay relay;
        relay.tls = m_serverTls;
        relay.implicitTls = true;
        relay.offerStartTls = false;
        QVERIFY(relay.listen(QHostAddress::LocalHost));
        auto m = message(relay);
        m.security = NotificationSmtpClient::Message::Security::Tls;
        m.username = User;
        m.password = Password;
        const NotificationAttempt a = send(m);
        QVERIFY2(a.status == NotificationAttempt::Status::Ok, qPrintable(a.error));
        QCOMPARE(relay.messages.size(), 1);
        QVERIFY(relay.commands.first().encrypted);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("security"); // 0 plain, 1 STARTTLS
        QTest::addColumn<bool>("offerStartTls");
        QTest::addColumn<bool>("trustCertificate");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no STARTTLS offered")
            << 1 << false << true << Password << "does not offer STARTTLS";
        QTest::newRow("certificate not trusted")
            << 1 << true << false << Password << "TLS with 127.0.0.1 failed";
        QTest::newRow("wrong password") << 1 << true << true << QStringLiteral("wrong")
                                        << "refused the user name or password for " + User;
        QTest::newRow("password in the clear")
            << 0 << true << true << Password << "is not sent over an unencrypted connection";
    }
    void refusals()
    {
        QFETCH(int, security);
        QFETCH(bool, offerStartTls);
        QFETCH(bool, trustCertificate);
        QFETCH(QString, password);
        QFETCH(QString, reason);
        SecureRelay relay;
        relay.tls = m_serverTls;
        relay.offerStartTls = offerStartTls;
        QVERIFY(relay.listen(QHostAddress::LocalHost));
        auto m = message(relay);
        m.security = security ? NotificationSmtpClient::Message::Security::StartTls
                              : NotificationSmtpClient::Message::Security::Plain;
        m.username = User;
        m.password = password;
        if (!trustCertificate)
            m.tls.caFile.clear(); // the system's CAs do not know this certificate
        const NotificationAttempt a = send(m);
        QCOMPARE(a.status, NotificationAttempt::Status::Permanent);
        QVERIFY2(a.error.contains(reason), qPrintable(a.error));
        QVERIFY2(!a.error.contains(password), qPrintable(a.error));
        QVERIFY(relay.messages.isEmpty());
        for (const auto &c : relay.commands)
            QVERIFY2(!c.line.startsWith(u"AUTH") || c.encrypted, qPrintable(c.line));
    }
};

QTEST_GUILESS_MAIN(TestSmtpSecurity)
#include "tst_smtpsecurity.moc"
