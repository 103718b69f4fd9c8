#include "notificationsmtpclient.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Wk {

namespace {

// One conversation with the relay; deletes itself when done.
class SmtpSession final : public QObject
{
public:
    enum class Step { Greeting, Ehlo, Helo, MailFrom, RcptTo, Data, Body };

    SmtpSession(const NotificationSmtpClient::Message &message,
                NotificationSmtpClient::Callback done, QObject *parent)
        : QObject(parent)
        , m_message(message)
        , m_done(std::move(done))
        , m_socket(new QTcpSocket(this))
        , m_timer(new QTimer(this))
    {
        m_timer->setSingleShot(true);
        m_timer->setInterval(int(std::clamp<qint64>(message.timeoutMs, 1, 3'600'000)));
        connect(m_timer, &QTimer::timeout, this, [this] {
            finish(NotificationAttempt::Status::Transient, 0,
                   QCoreApplication::translate("Wk::NotificationSmtpClient", "timeout after %1 s")
                       .arg(double(m_message.timeoutMs) / 1000.0));
        });
        connect(m_socket, &QTcpSocket::readyRead, this, &SmtpSession::read);
        connect(m_socket, &QTcpSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError e) { socketError(e); });
    }

    void start()
    {
        m_timer->start();
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
            if (line.size() > 3 && line[3] == '-')
                continue; // a continuation line
            bool ok = false;
            const int code = line.left(3).toInt(&ok);
            const QString text = m_reply.trimmed();
            m_reply.clear();
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
                return command("MAIL FROM:<" + m_message.from.toUtf8() + ">", Step::MailFrom);
            if (code >= 500)
                return command("HELO " + helloName(), Step::Helo);
            return refuse(code, text, QStringLiteral("EHLO"));
        case Step::Helo:
            if (code != 250)
                return refuse(code, text, QStringLiteral("HELO"));
            return command("MAIL FROM:<" + m_message.from.toUtf8() + ">", Step::MailFrom);
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
    QTcpSocket *m_socket; // owned (child)
    QTimer *m_timer;      // owned (child)
    QByteArray m_buffer;
    QString m_reply;
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
