#include "notificationsmtpclient.h"

#include "models/config/tls.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace Wk {

namespace {

// Tr::tr() for the session's messages, in a form lupdate reads with the program's context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wk::NotificationSmtpClient)
};

// One conversation with the relay; deletes itself when done.
class SmtpSession final : public QObject
{
public:
    enum class Step {
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        AuthLogin,
        AuthUser,
        Auth,
        MailFrom,
        RcptTo,
        Data,
        Body
    };
    using Security = NotificationSmtpClient::Message::Security;

    SmtpSession(const NotificationSmtpClient::Message &message,
                NotificationSmtpClient::Callback done, QObject *parent)
        : QObject(parent)
        , m_message(message)
        , m_done(std::move(done))
        , m_socket(new QSslSocket(this))
        , m_timer(new QTimer(this))
    {
        m_timer->setSingleShot(true);
        m_timer->setInterval(int(std::clamp<qint64>(message.timeoutMs, 1, 3'600'000)));
        connect(m_timer, &QTimer::timeout, this, [this] {
            finish(NotificationAttempt::Status::Transient, 0,
                   QCoreApplication::translate("Wk::NotificationSmtpClient", "timeout after %1 s")
                       .arg(double(m_message.timeoutMs) / 1000.0));
        });
        connect(m_socket, &QSslSocket::readyRead, this, &SmtpSession::read);
        connect(m_socket, &QSslSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError e) { socketError(e); });
        connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList texts;
            for (const QSslError &e : errors)
                texts << e.errorString();
            // The handshake is aborted by the socket; say why, as a permanent failure.
            finish(NotificationAttempt::Status::Permanent, 0,
                   Tr::tr("TLS with %1 failed: %2")
                       .arg(m_message.host, texts.join(QStringLiteral("; "))));
        });
        connect(m_socket, &QSslSocket::encrypted, this, [this] {
            if (m_step == Step::StartTls) // RFC 3207: start over with EHLO
                command("EHLO " + helloName(), Step::Ehlo);
        });
        m_socket->setSslConfiguration(sslConfigurationFor(message.tls));
    }

    void start()
    {
        m_timer->start();
        if (m_message.security == Security::Tls)
            m_socket->connectToHostEncrypted(m_message.host, m_message.port);
        else
            m_socket->connectToHost(m_message.host, m_message.port);
    }

private:
    void socketError(QAbstractSocket::SocketError e)
    {
        QString what;
        switch (e) {
        case QAbstractSocket::ConnectionRefusedError:
            what = QCoreApplication::translate("Wk::NotificationSmtpClient",
                                               "unreachable: connection refused");
            break;
        case QAbstractSocket::HostNotFoundError:
            what = QCoreApplication::translate("Wk::NotificationSmtpClient",
                                               "unreachable: host not found");
            break;
        case QAbstractSocket::RemoteHostClosedError:
            what = QCoreApplication::translate("Wk::NotificationSmtpClient",
                                               "unreachable: the relay closed the connection");
            break;
        default:
            what = QCoreApplication::translate("Wk::NotificationSmtpClient", "unreachable: %1")
                       .arg(m_socket->errorString());
            break;
        }
        finish(NotificationAttempt::Status::Transient, 0, what);
    }

    void read()
    {
        m_timer->start();
        m_buffer += m_socket->readAll();
        qsizetype end;
        while (!m_finished && (end = m_buffer.indexOf('\n')) >= 0) {
            QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.size() < 3) {
                finish(NotificationAttempt::Status::Transient, 0,
                       QCoreApplication::translate("Wk::NotificationSmtpClient",
                                                   "the relay sent an unreadable reply"));
                return;
            }
            m_reply += QString::fromUtf8(line.mid(4)).trimmed() + u' ';
            m_lines << QString::fromUtf8(line.mid(4)).trimmed();
            if (line.size() > 3 && line[3] == '-')
                continue; // a continuation line
            bool ok = false;
            const int code = line.left(3).toInt(&ok);
            const QString text = m_reply.trimmed();
            m_reply.clear();
            m_capabilities = m_lines;
            m_lines.clear();
            if (!ok) {
                finish(NotificationAttempt::Status::Transient, 0,
                       QCoreApplication::translate("Wk::NotificationSmtpClient",
                                                   "the relay sent an unreadable reply"));
                return;
            }
            reply(code, text);
        }
    }

    void command(const QByteArray &line, Step next)
    {
        m_step = next;
        m_socket->write(line + "\r\n");
    }

    void reply(int code, const QString &text)
    {
        const bool positive = code >= 200 && code < 400;
        switch (m_step) {
        case Step::Greeting:
            if (code != 220)
                return refuse(code, text, QStringLiteral("greeting"));
            return command("EHLO " + helloName(), Step::Ehlo);
        case Step::Ehlo:
            if (code == 250)
                return afterHello(true);
            if (code >= 500 && m_message.security == Security::Plain &&
                m_message.username.isEmpty())
                return command("HELO " + helloName(), Step::Helo);
            return refuse(code, text, QStringLiteral("EHLO"));
        case Step::Helo:
            if (code != 250)
                return refuse(code, text, QStringLiteral("HELO"));
            return afterHello(false);
        case Step::StartTls:
            if (code != 220)
                return refuse(code, text, QStringLiteral("STARTTLS"));
            m_buffer.clear(); // nothing said before the handshake counts after it
            m_socket->startClientEncryption();
            return;
        case Step::AuthLogin:
            if (code != 334)
                return refuse(code, text, QStringLiteral("AUTH LOGIN"));
            m_step = Step::AuthUser;
            m_socket->write(m_message.username.toUtf8().toBase64() + "\r\n");
            return;
        case Step::AuthUser:
            if (code != 334)
                return refuse(code, text, QStringLiteral("AUTH LOGIN"));
            m_step = Step::Auth;
            m_socket->write(m_message.password.toUtf8().toBase64() + "\r\n");
            return;
        case Step::Auth:
            if (code == 535 || code == 534 || code == 530) {
                return finish(NotificationAttempt::Status::Permanent, code,
                              Tr::tr("SMTP %1: the relay refused the user name or password for %2: "
                                     "%3")
                                  .arg(code)
                                  .arg(m_message.username, text));
            }
            if (code != 235)
                return refuse(code, text, QStringLiteral("AUTH"));
            return mailFrom();
        case Step::MailFrom:
            if (!positive)
                return refuse(code, text, QStringLiteral("MAIL FROM"));
            return command("RCPT TO:<" + m_message.to.toUtf8() + ">", Step::RcptTo);
        case Step::RcptTo:
            if (!positive)
                return refuse(code, text, QStringLiteral("RCPT TO"));
            return command("DATA", Step::Data);
        case Step::Data:
            if (code != 354)
                return refuse(code, text, QStringLiteral("DATA"));
            m_step = Step::Body;
            m_socket->write(NotificationSmtpClient::dataSection(m_message.data));
            return;
        case Step::Body:
            if (!positive)
                return refuse(code, text, QStringLiteral("the message"));
            m_socket->write("QUIT\r\n");
            m_socket->flush();
            finish(NotificationAttempt::Status::Ok, code, {});
            return;
        }
    }

    bool offers(const QString &capability) const
    {
        for (const QString &line : m_capabilities) {
            if (line.section(u' ', 0, 0).compare(capability, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    // The mechanisms after "AUTH" (or the old "AUTH=") in the EHLO answer.
    QStringList authMechanisms() const
    {
        for (const QString &line : m_capabilities) {
            const QString upper = line.toUpper();
            if (upper.startsWith(u"AUTH ") || upper.startsWith(u"AUTH="))
                return upper.mid(5).split(u' ', Qt::SkipEmptyParts);
        }
        return {};
    }

    // After EHLO (or HELO): STARTTLS if asked for and not yet done, AUTH when a user is given,
    // then the mail.
    void afterHello(bool extended)
    {
        const bool encrypted = m_socket->isEncrypted();
        if (m_message.security == Security::StartTls && !encrypted) {
            if (!extended || !offers(QStringLiteral("STARTTLS"))) {
                return finish(NotificationAttempt::Status::Permanent, 0,
                              Tr::tr("%1 does not offer STARTTLS, which this channel requires")
                                  .arg(m_message.host));
            }
            return command("STARTTLS", Step::StartTls);
        }
        if (m_message.username.isEmpty())
            return mailFrom();
        if (!encrypted) {
            return finish(NotificationAttempt::Status::Permanent, 0,
                          Tr::tr("the password for %1 is not sent over an unencrypted connection")
                              .arg(m_message.host));
        }
        const QStringList mechanisms = authMechanisms();
        if (mechanisms.contains(u"PLAIN")) {
            const QByteArray credentials = QByteArray(1, '\0') + m_message.username.toUtf8() +
                                           QByteArray(1, '\0') + m_message.password.toUtf8();
            return command("AUTH PLAIN " + credentials.toBase64(), Step::Auth);
        }
        if (mechanisms.contains(u"LOGIN"))
            return command("AUTH LOGIN", Step::AuthLogin);
        finish(NotificationAttempt::Status::Permanent, 0,
               Tr::tr("%1 offers no sign-in Watchkeeper speaks (PLAIN or LOGIN); it offers: %2")
                   .arg(m_message.host, mechanisms.isEmpty()
                                            ? Tr::tr("none")
                                            : mechanisms.join(QStringLiteral(", "))));
    }

    void mailFrom() { command("MAIL FROM:<" + m_message.from.toUtf8() + ">", Step::MailFrom); }

    void refuse(int code, const QString &text, const QString &at)
    {
        finish(code >= 400 && code < 500 ? NotificationAttempt::Status::Transient
                                         : NotificationAttempt::Status::Permanent,
               code,
               QCoreApplication::translate("Wk::NotificationSmtpClient", "SMTP %1 at %2: %3")
                   .arg(code)
                   .arg(at, text));
    }

    QByteArray helloName() const
    {
        QString name = m_message.hello;
        if (name.isEmpty())
            name = QHostInfo::localHostName();
        if (name.isEmpty())
            name = QStringLiteral("localhost");
        return name.toUtf8();
    }

    void finish(NotificationAttempt::Status status, int code, const QString &error)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer->stop();
        NotificationAttempt a;
        a.status = status;
        a.code = code;
        a.error = error;
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->disconnectFromHost();
        deleteLater();
        m_done(a);
    }

    NotificationSmtpClient::Message m_message;
    NotificationSmtpClient::Callback m_done;
    QSslSocket *m_socket; // owned (child)
    QTimer *m_timer;      // owned (child)
    QByteArray m_buffer;
    QString m_reply;
    QStringList m_lines;        // of the reply being read
    QStringList m_capabilities; // the lines of the last complete reply (EHLO's: extensions)
    Step m_step = Step::Greeting;
    bool m_finished = false;
};

} // namespace

NotificationSmtpClient::NotificationSmtpClient(QObject *parent)
    : QObject(parent)
{}

NotificationSmtpClient::~NotificationSmtpClient() = default;

void NotificationSmtpClient::send(const Message &message, Callback done)
{
    auto *session = new SmtpSession(message, std::move(done), this); // owned (child)
    session->start();
}

QByteArray NotificationSmtpClient::dataSection(const QByteArray &message)
{
    QByteArrayList lines = message.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QByteArray out;
    out.reserve(message.size() + message.size() / 40 + 8);
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith('.'))
            out += '.';
        out += line;
        out += "\r\n";
    }
    out += ".\r\n";
    return out;
}

} // namespace Wk
